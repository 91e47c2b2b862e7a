// How long `signet-cli crl` takes for a CA with N revoked certificates, next to `openssl ca -gencrl`
// listing the same revocations with the same CA certificate and key, in the same run.
//
//   bench_crl --cli PATH/signet-cli [--count N] [--runs R] [--dir DIR]
//
// Builds a workspace of N revoked leaves under one intermediate (the real key derivation, as
// signet-cli demands), writes an `openssl ca` directory with the same revocations, then runs the
// two commands alternately R times each and prints the medians, the ratio and the peak resident
// memory of each process. `signet-cli show` of the CA is timed too: opening and unlocking the
// workspace is the fixed part of every command. Both CRLs are checked to list N entries and to
// verify under the CA. No wall-clock threshold is asserted: the figures are for reading.

#include "../support/BulkFixture.h"
#include "BenchProcess.h"
#include "crypto/Crl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

extern char** environ;

namespace {

using signet::bench::median;
using signet::bench::monotonicSeconds;
using signet::bench::Run;
using signet::bench::runTimed;

// openssl ca's index.txt: status, expiry, revocation date and reason, serial, file, subject.
QByteArray indexLine(const signet::CertificateRecord& leaf)
{
    const auto asn1 = [](const QDateTime& at) {
        return at.toUTC().toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + 'Z';
    };
    QByteArray revoked = asn1(leaf.revokedAt);
    if (leaf.revocationReason != signet::RevocationReason::Unspecified) {
        revoked += ',' + signet::revocationReasonName(leaf.revocationReason).toLatin1();
    }
    return "R\t" + asn1(leaf.notAfter) + '\t' + revoked + '\t' + leaf.serial.toLatin1() + "\tunknown\t/CN="
           + leaf.commonName.toUtf8() + '\n';
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

signet::Status writeOpensslCa(const QString& path, const QByteArray& password, const QDir& dir)
{
    auto ws = signet::Workspace::open(path, password);
    if (!ws) {
        return ws.error();
    }
    auto ca = (*ws)->find(signet::CertificateRef::typed(QStringLiteral("Bulk Issuing")));
    if (!ca) {
        return ca.error();
    }
    auto cert = signet::Certificate::fromDer(ca->der);
    if (!cert) {
        return cert.error();
    }
    auto db = signet::Database::open(path, false);
    if (!db) {
        return db.error();
    }
    auto vault = signet::KeyVault::unlock(**db, password);
    if (!vault) {
        return vault.error();
    }
    auto rows = signet::RowAuthenticator::derive(*vault, signet::RowAuthenticator::Purpose::Rows);
    if (!rows) {
        return rows.error();
    }
    signet::KeyStore keys(**db, *vault, *rows);
    auto key = keys.load(*ca->keyId);
    if (!key) {
        return key.error();
    }
    auto keyPem = key->toPkcs8Pem();
    if (!keyPem) {
        return keyPem.error();
    }
    const QByteArray config = "[ ca ]\ndefault_ca = bench\n[ bench ]\ndir = " + dir.absolutePath().toUtf8()
                              + "\ndatabase = $dir/index.txt\ncertificate = $dir/ca.pem\nprivate_key = $dir/ca.key\n"
                                "crlnumber = $dir/crlnumber\ndefault_md = sha256\ndefault_crl_days = 30\n"
                                "crl_extensions = crl_ext\n[ crl_ext ]\nauthorityKeyIdentifier = keyid:always\n";
    if (!writeFile(dir.filePath(QStringLiteral("ca.pem")), cert->toPem())
        || !writeFile(dir.filePath(QStringLiteral("ca.key")), *keyPem)
        || !writeFile(dir.filePath(QStringLiteral("crlnumber")), "01\n")
        || !writeFile(dir.filePath(QStringLiteral("index.txt.attr")), "unique_subject = no\n")
        || !writeFile(dir.filePath(QStringLiteral("openssl.cnf")), config)) {
        return signet::makeError(QStringLiteral("cannot write the openssl ca directory %1").arg(dir.path()));
    }
    return {};
}

// The CRL lists exactly `count` entries and verifies under the CA certificate.
bool checkCrl(const QString& crlPath, const QString& caPath, int count)
{
    QFile crlFile(crlPath);
    QFile caFile(caPath);
    if (!crlFile.open(QIODevice::ReadOnly) || !caFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    auto crl = signet::Crl::fromData(crlFile.readAll());
    auto ca = signet::Certificate::fromData(caFile.readAll());
    return crl && ca && crl->isSignedBy(*ca)
           && sk_X509_REVOKED_num(X509_CRL_get_REVOKED(crl->get())) == count;
}

struct Figures {
    double signetSeconds = 0;
    double opensslSeconds = 0;
    double showSeconds = 0;
    double signetCpu = 0;
    double opensslCpu = 0;
    long signetPeakKiB = 0;
    long opensslPeakKiB = 0;
};

// Runs signet-cli crl, openssl ca -gencrl and signet-cli show in turn, `runs` times: the medians
// and the peaks. Each run writes its CRL anew into `dir`.
std::optional<Figures> measure(const QString& cli, const QDir& dir, const QString& workspace, int runs)
{
    const QString signetCrl = dir.filePath(QStringLiteral("signet-crl.pem"));
    const QString opensslCrl = dir.filePath(QStringLiteral("openssl-crl.pem"));
    const QStringList signetCommand{cli, QStringLiteral("--workspace"), workspace, QStringLiteral("crl"),
                                    QStringLiteral("Bulk Issuing"), QStringLiteral("--out"), signetCrl};
    const QStringList showCommand{cli, QStringLiteral("--workspace"), workspace, QStringLiteral("show"),
                                  QStringLiteral("Bulk Issuing")};
    const QStringList opensslCommand{QStringLiteral("openssl"), QStringLiteral("ca"), QStringLiteral("-config"),
                                     dir.filePath(QStringLiteral("openssl.cnf")), QStringLiteral("-gencrl"),
                                     QStringLiteral("-out"), opensslCrl};
    const QString opensslLog = dir.filePath(QStringLiteral("openssl-ca.log"));
    std::vector<double> signetTimes, opensslTimes, showTimes, signetCpu, opensslCpu;
    Figures figures;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(signetCrl);
        QFile::remove(opensslCrl);
        const Run signet = runTimed(signetCommand);
        const Run openssl = runTimed(opensslCommand, signet::bench::Streams::errorsTo(opensslLog));
        const Run show = runTimed(showCommand);
        if (signet.exitCode != 0 || openssl.exitCode != 0 || show.exitCode != 0) {
            std::fprintf(stderr, "a command failed: signet-cli crl %d, openssl ca %d (log: %s), signet-cli show %d\n",
                         signet.exitCode, openssl.exitCode, qPrintable(opensslLog), show.exitCode);
            return std::nullopt;
        }
        signetTimes.push_back(signet.seconds);
        opensslTimes.push_back(openssl.seconds);
        showTimes.push_back(show.seconds);
        signetCpu.push_back(signet.cpuSeconds);
        opensslCpu.push_back(openssl.cpuSeconds);
        figures.signetPeakKiB = std::max(figures.signetPeakKiB, signet.peakKiB);
        figures.opensslPeakKiB = std::max(figures.opensslPeakKiB, openssl.peakKiB);
    }
    figures.signetSeconds = median(signetTimes);
    figures.opensslSeconds = median(opensslTimes);
    figures.showSeconds = median(showTimes);
    figures.signetCpu = median(signetCpu);
    figures.opensslCpu = median(opensslCpu);
    return figures;
}

const QByteArray kPassword = "bench";

int build(const QString& workspace, int count)
{
    const QDir dir = QFileInfo(workspace).dir();
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(index.fileName()));
        return 1;
    }
    signet::test::BulkOptions options;
    options.count = count;
    options.revokeAll = true;
    options.kdf = signet::KeyVault::KdfParams();
    options.onLeaf = [&index](const signet::CertificateRecord& leaf) { index.write(indexLine(leaf)); };
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-120);
    if (signet::Status st = signet::test::buildBulkWorkspace(workspace, kPassword, options, now); !st) {
        std::fprintf(stderr, "cannot build the workspace: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    index.close();
    if (signet::Status st = writeOpensslCa(workspace, kPassword, dir); !st) {
        std::fprintf(stderr, "cannot export the CA: %s\n", qPrintable(st.error().toString()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The signet-cli to time."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Revoked certificates."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each command."), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work in DIR and keep it (reused when it holds a "
                                                            "workspace of N)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("build"), QStringLiteral("Only build the workspace FILE and the openssl ca "
                                                              "directory beside it."),
                      QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("build"))) {
        return build(parser.value(QStringLiteral("build")), parser.value(QStringLiteral("count")).toInt());
    }
    const QString cli = parser.value(QStringLiteral("cli"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (cli.isEmpty() || count < 1) {
        std::fprintf(stderr, "usage: bench_crl --cli PATH/signet-cli [--count N] [--runs R] [--dir DIR]\n");
        return 2;
    }
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path());
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot make %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString workspace = dir.filePath(QStringLiteral("bench-%1.signet").arg(count));

    // Built by a child process: a child's peak RSS counts the memory of the process it was spawned
    // from, so this one stays small until the timed commands have run.
    if (!QFile::exists(workspace)) {
        const double start = monotonicSeconds();
        const Run build = runTimed({QCoreApplication::applicationFilePath(), QStringLiteral("--build"), workspace,
                                    QStringLiteral("--count"), QString::number(count)});
        if (build.exitCode != 0) {
            return 1;
        }
        std::printf("built a workspace of %d revoked certificates in %.1f s\n", count, monotonicSeconds() - start);
    }

    qputenv("SIGNET_PASSWORD", kPassword);
    const std::optional<Figures> figures = measure(cli, dir, workspace, runs);
    if (!figures) {
        return 1;
    }
    const QString caPem = dir.filePath(QStringLiteral("ca.pem"));
    if (!checkCrl(dir.filePath(QStringLiteral("signet-crl.pem")), caPem, count)
        || !checkCrl(dir.filePath(QStringLiteral("openssl-crl.pem")), caPem, count)) {
        std::fprintf(stderr, "a CRL does not list %d entries or does not verify under the CA\n", count);
        return 1;
    }
    std::printf("CRL of N revocations, median of %d alternating runs (signet-cli crl / openssl ca -gencrl, PEM;\n"
                "open+unlock: signet-cli show, the part of every command that is not the CRL):\n",
                runs);
    std::printf("%9s %9s %10s %15s %11s %12s %14s %13s %14s\n", "N", "Signet s", "openssl s", "openssl/Signet",
                "Signet MiB", "openssl MiB", "open+unlock s", "Signet CPU s", "openssl CPU s");
    std::printf("%9d %9.3f %10.3f %14.2fx %11ld %12ld %14.3f %13.3f %14.3f\n", count, figures->signetSeconds,
                figures->opensslSeconds, figures->opensslSeconds / figures->signetSeconds, figures->signetPeakKiB / 1024,
                figures->opensslPeakKiB / 1024, figures->showSeconds, figures->signetCpu, figures->opensslCpu);
    // The goal of a CRL: 0.3 s for 100,000 revocations, 3 s for a million, beyond the unlock that
    // every command pays; scaled linearly for other sizes.
    const double goal = 0.3 * std::max(1.0, count / 100000.0);
    const double beyond = std::max(0.0, figures->signetSeconds - figures->showSeconds);
    std::printf("goal: CRL of %d beyond open+unlock < %.1f s: %.3f s (%s); openssl ca -gencrl / Signet %.2fx\n", count,
                goal, beyond, beyond < goal ? "met" : "missed", figures->opensslSeconds / figures->signetSeconds);
    return 0;
}
