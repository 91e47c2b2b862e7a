// How fast `signet-cli import` takes in a PEM bundle of N leaf certificates and their CAs, next to
// `openssl storeutl -certs` reading every certificate of the same bundle, in the same run.
//
//   bench_import --cli PATH/signet-cli [--count N] [--runs R] [--dir DIR]
//
// Writes a bundle of a root, an intermediate and N leaves it signed (real, distinct certificates),
// and an empty workspace with Signet's own scrypt parameters; then imports the bundle into a fresh
// copy of that workspace and has openssl read it, alternately R times, at N and at N/10 (to show
// that the cost per certificate stays the same). It prints certificates per second, the peak
// resident memory of each process (wait4's ru_maxrss, what /usr/bin/time -f %M reports) and the
// ratio. It checks that every certificate landed and that openssl found them all; no wall-clock
// threshold is asserted: the figures are for reading.

#include "../support/BulkFixture.h"
#include "BenchProcess.h"

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

const QByteArray kPassword = "bench";

using signet::bench::median;
using signet::bench::monotonicSeconds;
using signet::bench::Run;
using signet::bench::runTimed;

// The bundle: root and intermediate first, then `count` leaves of the intermediate, as PEM.
signet::Status writeBundle(const QString& sourceWorkspace, const QString& bundlePath, int count)
{
    using namespace signet;
    test::BulkOptions options;
    options.kdf = KeyVault::KdfParams();
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-120);
    if (Status st = test::detail::createCas(sourceWorkspace, kPassword, options, now); !st) {
        return st;
    }
    auto opened = test::detail::openBulk(sourceWorkspace, kPassword, now);
    if (!opened) {
        return opened.error();
    }
    QFile bundle(bundlePath);
    if (!bundle.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return makeError(QStringLiteral("cannot write %1").arg(bundlePath));
    }
    for (const CertificateRecord* ca : {&opened->root, &opened->inter}) {
        bundle.write(Certificate::fromDer(ca->der)->toPem());
    }
    for (int from = 0; from < count; from += 2000) {
        auto batch = opened->maker.make(from, std::min(from + 2000, count));
        if (!batch) {
            return batch.error();
        }
        for (const CertificateRecord& leaf : *batch) {
            bundle.write(Certificate::fromDer(leaf.der)->toPem());
        }
    }
    return bundle.flush() ? Status() : makeError(QStringLiteral("cannot write %1").arg(bundlePath));
}

struct Figures {
    int count = 0;
    double signetSeconds = 0;
    double opensslSeconds = 0;
    long signetPeakKiB = 0;
    long opensslPeakKiB = 0;
};

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// Imports `bundle` into a fresh copy of `emptyWorkspace` and has openssl read it, `runs` times.
std::optional<Figures> measure(const QString& cli, const QDir& dir, const QString& emptyWorkspace, const QString& bundle,
                               int count, int runs)
{
    const QString target = dir.filePath(QStringLiteral("target.signet"));
    const QString signetOut = dir.filePath(QStringLiteral("import.out"));
    const QString opensslOut = dir.filePath(QStringLiteral("storeutl.out"));
    std::vector<double> signetTimes, opensslTimes;
    Figures figures;
    figures.count = count;
    for (int i = 0; i < runs; ++i) {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(target + suffix);
        }
        if (!copyFile(emptyWorkspace, target)) {
            std::fprintf(stderr, "cannot copy the empty workspace\n");
            return std::nullopt;
        }
        const Run signet = runTimed({cli, QStringLiteral("--workspace"), target, QStringLiteral("import"), bundle}, signet::bench::Streams::toFile(signetOut));
        const Run openssl = runTimed({QStringLiteral("openssl"), QStringLiteral("storeutl"), QStringLiteral("-noout"),
                                      QStringLiteral("-certs"), bundle},
                                     signet::bench::Streams::toFile(opensslOut));
        if (signet.exitCode != 0 || openssl.exitCode != 0) {
            std::fprintf(stderr, "a command failed: signet-cli import %d, openssl storeutl %d\n", signet.exitCode,
                         openssl.exitCode);
            return std::nullopt;
        }
        QFile imported(signetOut);
        QFile found(opensslOut);
        if (!imported.open(QIODevice::ReadOnly) || !found.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        const QByteArray lines = imported.readAll();
        const qsizetype landed = lines.count("imported certificate '");
        const bool opensslFoundAll = found.readAll().contains("Total found: " + QByteArray::number(count + 2));
        if (landed != count + 2 || !opensslFoundAll) {
            std::fprintf(stderr, "signet-cli imported %lld of %d certificates; openssl found them all: %s\n",
                         static_cast<long long>(landed), count + 2, opensslFoundAll ? "yes" : "no");
            return std::nullopt;
        }
        signetTimes.push_back(signet.seconds);
        opensslTimes.push_back(openssl.seconds);
        figures.signetPeakKiB = std::max(figures.signetPeakKiB, signet.peakKiB);
        figures.opensslPeakKiB = std::max(figures.opensslPeakKiB, openssl.peakKiB);
    }
    figures.signetSeconds = median(signetTimes);
    figures.opensslSeconds = median(opensslTimes);
    return figures;
}

// The first `count` leaves of `bundle` (with the two CAs) into `smaller`.
bool writeHead(const QString& bundle, const QString& smaller, int count)
{
    QFile in(bundle);
    QFile out(smaller);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    int blocks = 0;
    while (!in.atEnd() && blocks < count + 2) {
        const QByteArray line = in.readLine();
        out.write(line);
        blocks += line.startsWith("-----END ") ? 1 : 0;
    }
    return blocks == count + 2;
}

void print(const Figures& f)
{
    const double certs = f.count + 2;
    std::printf("%9d %9.2f %10.0f %11ld %10.2f %11.0f %12ld %14.2fx\n", f.count, f.signetSeconds,
                certs / f.signetSeconds, f.signetPeakKiB / 1024, f.opensslSeconds, certs / f.opensslSeconds,
                f.opensslPeakKiB / 1024, f.signetSeconds / f.opensslSeconds);
}

int build(const QDir& dir, int count)
{
    if (signet::Status st = writeBundle(dir.filePath(QStringLiteral("source.signet")),
                                        dir.filePath(QStringLiteral("bundle-%1.pem").arg(count)), count);
        !st) {
        std::fprintf(stderr, "cannot write the bundle: %s\n", qPrintable(st.error().toString()));
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
    parser.addOption({QStringLiteral("count"), QStringLiteral("Leaf certificates."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each command."), QStringLiteral("R"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work in DIR and keep it (its bundle is reused)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("build"), QStringLiteral("Only write the bundle into DIR."), QStringLiteral("DIR")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    if (parser.isSet(QStringLiteral("build"))) {
        return build(QDir(parser.value(QStringLiteral("build"))), count);
    }
    const QString cli = parser.value(QStringLiteral("cli"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (cli.isEmpty() || count < 10) {
        std::fprintf(stderr, "usage: bench_import --cli PATH/signet-cli [--count N>=10] [--runs R] [--dir DIR]\n");
        return 2;
    }
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path());
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot make %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString bundle = dir.filePath(QStringLiteral("bundle-%1.pem").arg(count));
    const QString tenth = dir.filePath(QStringLiteral("bundle-%1.pem").arg(count / 10));
    const QString empty = dir.filePath(QStringLiteral("empty.signet"));
    qputenv("SIGNET_PASSWORD", kPassword);
    // Written by a child process, so that this one stays small: a child's peak RSS counts the
    // memory of the process it was spawned from.
    if (!QFile::exists(bundle)) {
        QFile::remove(dir.filePath(QStringLiteral("source.signet")));
        const double start = monotonicSeconds();
        const Run made = runTimed({QCoreApplication::applicationFilePath(), QStringLiteral("--build"), dir.path(),
                                   QStringLiteral("--count"), QString::number(count)});
        if (made.exitCode != 0) {
            return 1;
        }
        std::printf("wrote a bundle of %d leaves and 2 CAs (%.0f MiB) in %.1f s\n", count,
                    double(QFileInfo(bundle).size()) / (1024 * 1024), monotonicSeconds() - start);
    }
    if (!writeHead(bundle, tenth, count / 10)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(tenth));
        return 1;
    }
    if (!QFile::exists(empty) && runTimed({cli, QStringLiteral("--workspace"), empty, QStringLiteral("init")}).exitCode != 0) {
        std::fprintf(stderr, "signet-cli init failed\n");
        return 1;
    }
    std::vector<Figures> rows;
    for (const auto& [n, file] : {std::pair{count / 10, tenth}, std::pair{count, bundle}}) {
        const std::optional<Figures> figures = measure(cli, dir, empty, file, n, runs);
        if (!figures) {
            return 1;
        }
        rows.push_back(*figures);
    }
    std::printf("PEM bundle of N leaves + 2 CAs, median of %d alternating runs (signet-cli import into an empty\n"
                "workspace, the scrypt unlock included / openssl storeutl -noout -certs):\n",
                runs);
    std::printf("%9s %9s %10s %11s %10s %11s %12s %15s\n", "N", "Signet s", "Signet c/s", "Signet MiB", "openssl s",
                "openssl c/s", "openssl MiB", "Signet/openssl");
    for (const Figures& f : rows) {
        print(f);
    }
    // Opening and unlocking is the fixed part of every command: timed alone, it is left out of
    // the comparison of the cost per certificate.
    const Run open = runTimed({cli, QStringLiteral("--workspace"), empty, QStringLiteral("list")});
    const double fixed = open.exitCode == 0 ? open.seconds : 0;
    const double perCertSmall = (rows[0].signetSeconds - fixed) / (rows[0].count + 2);
    const double perCertLarge = (rows[1].signetSeconds - fixed) / (rows[1].count + 2);
    std::printf("open + unlock %.2f s; without it, %.0f certificates/s at N/10 and %.0f at N: time per certificate "
                "at N is %.2fx that at N/10 (1.00x is linear)\n",
                fixed, 1 / perCertSmall, 1 / perCertLarge, perCertLarge / perCertSmall);
    return 0;
}
