// Batch issuance and revocation next to OpenSSL doing the same job, in the same run:
//
//   bench_batch --cli PATH/signet-cli [--count N] [--single M] [--runs R] [--dir DIR]
//
// With the real key derivation (signet-cli refuses the test programs' fast one), on a P-256 root:
//  1. `signet-cli issue --batch` of N P-256 client certificates (one process, one unlock), next to
//     the raw OpenSSL rate of the same work in this process: P-256 key generation plus building and
//     signing a client certificate with the same extensions, on one core and on all cores;
//  2. M `signet-cli issue client` commands one process each, the same M commands through one
//     `signet-cli batch`, and a loop of M `openssl req -x509 -CA` commands;
//  3. `signet-cli revoke --batch` of the N certificates, next to a loop of M `openssl ca -revoke`.
// It prints the figures and the ratios; no wall-clock threshold is asserted.

#include "BenchProcess.h"
#include "crypto/OsslPtr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

extern char** environ;

namespace {

using signet::EvpPkeyPtr;
using X509Ptr = signet::OsslPtr<X509, X509_free>;

double now()
{
    return signet::bench::monotonicSeconds();
}

// Runs a command with its output dropped (or standard input from `input`); its exit code.
int run(const QStringList& command, const QString& input = {})
{
    return signet::bench::runTimed(command, signet::bench::Streams::quiet(input)).exitCode;
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    signet::OsslPtr<X509_EXTENSION, X509_EXTENSION_free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A certificate as a CA makes one: random serial, subject, validity, extensions, SHA-256 signature.
X509Ptr makeCertificate(EVP_PKEY* key, X509* issuer, EVP_PKEY* issuerKey, const QByteArray& cn, bool ca)
{
    X509Ptr cert(X509_new());
    unsigned char serial[16];
    if (!cert || X509_set_version(cert.get(), 2) != 1 || RAND_bytes(serial, sizeof serial) != 1) {
        return {};
    }
    serial[0] &= 0x7f;
    signet::BignumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_NAME* subject = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                               -1, -1, 0);
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 86400);
    X509_set_pubkey(cert.get(), key);
    X509* signer = issuer ? issuer : cert.get();
    const QByteArray email = "email:" + cn + "@example.com";
    const bool ok = ca ? addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE")
                             && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
                             && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
                       : addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
                             && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature")
                             && addExtension(cert.get(), signer, NID_ext_key_usage, "clientAuth")
                             && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
                             && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid")
                             && addExtension(cert.get(), signer, NID_subject_alt_name, email.constData());
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0) {
        return {};
    }
    return cert;
}

// Key generation plus a signed client certificate, `count` times on `threads` threads: per second.
double rawOpenSsl(X509* ca, EVP_PKEY* caKey, int count, int threads)
{
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    const double start = now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
                X509Ptr cert = key ? makeCertificate(key.get(), ca, caKey, "user" + QByteArray::number(i), false)
                                   : X509Ptr();
                unsigned char* der = nullptr;
                const int length = cert ? i2d_X509(cert.get(), &der) : -1;
                OPENSSL_free(der);
                if (length <= 0) {
                    failed = true;
                }
            }
        });
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    return failed ? 0 : count / (now() - start);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Options {
    QString cli;
    int count = 2000;
    int single = 200;
    int runs = 3;
    QDir dir;
};

int fail(const char* what)
{
    std::fprintf(stderr, "bench_batch: %s\n", what);
    return 1;
}

// An openssl ca directory with a P-256 root made here, for the command-line anchors.
bool writeOpensslCa(const QDir& dir)
{
    EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert = key ? makeCertificate(key.get(), nullptr, nullptr, "OpenSSL Bench Root", true) : X509Ptr();
    if (!cert) {
        return false;
    }
    signet::BioPtr certBio(BIO_new_file(qPrintable(dir.filePath(QStringLiteral("ca.pem"))), "w"));
    signet::BioPtr keyBio(BIO_new_file(qPrintable(dir.filePath(QStringLiteral("ca.key"))), "w"));
    const QByteArray config = "[ ca ]\ndefault_ca = bench\n[ bench ]\ndir = " + dir.absolutePath().toUtf8()
                              + "\ndatabase = $dir/index.txt\ncertificate = $dir/ca.pem\nprivate_key = $dir/ca.key\n"
                                "default_md = sha256\n[ req ]\ndistinguished_name = dn\n[ dn ]\n"
                                "[ client ]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical,digitalSignature\n"
                                "extendedKeyUsage = clientAuth\nsubjectKeyIdentifier = hash\n"
                                "authorityKeyIdentifier = keyid\n";
    return certBio && keyBio && PEM_write_bio_X509(certBio.get(), cert.get()) == 1
           && PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1
           && writeFile(dir.filePath(QStringLiteral("openssl.cnf")), config)
           && writeFile(dir.filePath(QStringLiteral("index.txt")), {})
           && writeFile(dir.filePath(QStringLiteral("index.txt.attr")), "unique_subject = no\n");
}

int bench(const Options& o)
{
    const QDir& dir = o.dir;
    const QString ws = dir.filePath(QStringLiteral("bench.signet"));
    qputenv("SIGNET_PASSWORD", "bench batch password");
    const QStringList cli{o.cli, QStringLiteral("--workspace"), ws};
    if (run(cli + QStringList{QStringLiteral("init")}) != 0
        || run(cli + QStringList{QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("Bench"),
                                 QStringLiteral("--subject"), QStringLiteral("CN=Bench Root"), QStringLiteral("--key"),
                                 QStringLiteral("ec:p256")})
               != 0) {
        return fail("cannot make the workspace");
    }
    QByteArray csv("cn,email\n");
    for (int i = 0; i < o.count; ++i) {
        csv += "user" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com\n";
    }
    const QString list = dir.filePath(QStringLiteral("clients.csv"));
    writeFile(list, csv);

    // 1. The batch (into a fresh copy of the workspace each time), the raw rate in this process
    //    and the unlock, alternately `runs` times; the medians are printed. The last batch's
    //    workspace stays for what follows.
    const QString fresh = dir.filePath(QStringLiteral("fresh.signet"));
    QFile::remove(fresh);
    if (!QFile::copy(ws, fresh)) {
        return fail("cannot copy the workspace");
    }
    EvpPkeyPtr caKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr ca = makeCertificate(caKey.get(), nullptr, nullptr, "Raw Root", true);
    const int cores = std::max(1, QThread::idealThreadCount());
    std::vector<double> batchTimes, rawOnes, rawAlls, unlocks;
    for (int r = 0; r < o.runs; ++r) {
        QFile::remove(ws);
        if (!QFile::copy(fresh, ws)) {
            return fail("cannot copy the workspace");
        }
        const double at = now();
        if (run(cli + QStringList{QStringLiteral("issue"), QStringLiteral("--batch"), list, QStringLiteral("--ca"),
                                  QStringLiteral("Bench")})
            != 0) {
            return fail("issue --batch failed");
        }
        batchTimes.push_back(now() - at);
        rawOnes.push_back(rawOpenSsl(ca.get(), caKey.get(), o.count, 1));
        rawAlls.push_back(rawOpenSsl(ca.get(), caKey.get(), o.count, cores));
        // The unlock is the fixed part of every command: `status` opens and unlocks the workspace.
        const double statusAt = now();
        if (run(cli + QStringList{QStringLiteral("status")}) != 0) {
            return fail("status failed");
        }
        unlocks.push_back(now() - statusAt);
    }
    const double batchSeconds = signet::bench::median(batchTimes);
    const double batchRate = o.count / batchSeconds;
    const double rawOne = signet::bench::median(rawOnes);
    const double rawAll = signet::bench::median(rawAlls);
    const double unlock = signet::bench::median(unlocks);
    std::printf("medians of %d alternating runs\n", o.runs);
    std::printf("issue --batch, %d P-256 clients: %.2f s, %.0f/s (the unlock included)\n", o.count, batchSeconds, batchRate);
    std::printf("raw OpenSSL keygen+sign, same certificates, this process: %.0f/s on 1 core, %.0f/s on %d cores\n",
                rawOne, rawAll, cores);
    std::printf("ratio: batch = %.0f %% of the 1-core raw rate, %.0f %% of the %d-core raw rate\n",
                100 * batchRate / rawOne, 100 * batchRate / rawAll, cores);
    const double beyondRate = batchSeconds > unlock ? o.count / (batchSeconds - unlock) : 0;
    std::printf("open + unlock (signet-cli status): %.2f s; beyond it, %.0f/s = %.0f %% of the %d-core raw rate\n",
                unlock, beyondRate, 100 * beyondRate / rawAll, cores);

    // 2. One command per certificate, the same commands in one batch, and openssl's own loop.
    QByteArray commands;
    double start = now();
    for (int i = 0; i < o.single; ++i) {
        const QString cn = QStringLiteral("single%1").arg(i);
        commands += "issue client Bench --cn batch" + QByteArray::number(i) + '\n';
        if (run(cli + QStringList{QStringLiteral("issue"), QStringLiteral("client"), QStringLiteral("Bench"),
                                  QStringLiteral("--cn"), cn})
            != 0) {
            return fail("issue client failed");
        }
    }
    const double singleSeconds = now() - start;
    const QString commandFile = dir.filePath(QStringLiteral("commands.txt"));
    writeFile(commandFile, commands);
    start = now();
    if (run(cli + QStringList{QStringLiteral("batch"), commandFile}) != 0) {
        return fail("batch failed");
    }
    const double commandsSeconds = now() - start;
    const QDir ossl(dir.filePath(QStringLiteral("openssl")));
    if (!dir.mkpath(QStringLiteral("openssl")) || !writeOpensslCa(ossl)) {
        return fail("cannot write the openssl ca directory");
    }
    const QString cnf = ossl.filePath(QStringLiteral("openssl.cnf"));
    start = now();
    for (int i = 0; i < o.single; ++i) {
        const QString out = ossl.filePath(QStringLiteral("c%1.pem").arg(i));
        if (run({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf,
                 QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 ossl.filePath(QStringLiteral("c%1.key").arg(i)), QStringLiteral("-subj"),
                 QStringLiteral("/CN=user%1").arg(i), QStringLiteral("-CA"), ossl.filePath(QStringLiteral("ca.pem")),
                 QStringLiteral("-CAkey"), ossl.filePath(QStringLiteral("ca.key")), QStringLiteral("-days"),
                 QStringLiteral("365"), QStringLiteral("-extensions"), QStringLiteral("client"), QStringLiteral("-out"), out})
            != 0) {
            return fail("openssl req -x509 -CA failed");
        }
    }
    const double opensslSeconds = now() - start;
    std::printf("%d x 'issue client', one process each: %.2f s (%.1f/s)\n", o.single, singleSeconds,
                o.single / singleSeconds);
    std::printf("the same %d commands in one 'signet-cli batch': %.2f s (%.1f/s)\n", o.single, commandsSeconds,
                o.single / commandsSeconds);
    std::printf("%d x 'openssl req -x509 -CA' (key + certificate): %.2f s (%.1f/s)\n", o.single, opensslSeconds,
                o.single / opensslSeconds);
    std::printf("ratio: one process each = %.1fx the openssl loop's time; batch of commands = %.2fx; "
                "issue --batch per certificate = %.3fx\n",
                singleSeconds / opensslSeconds, commandsSeconds / opensslSeconds,
                (batchSeconds / o.count) / (opensslSeconds / o.single));

    // 3. Revocation: the N batch-issued certificates in one list, openssl ca -revoke one by one.
    QByteArray refs;
    for (int i = 0; i < o.count; ++i) {
        refs += "user" + QByteArray::number(i) + '\n';
    }
    const QString refFile = dir.filePath(QStringLiteral("revoke.txt"));
    writeFile(refFile, refs);
    start = now();
    if (run(cli + QStringList{QStringLiteral("revoke"), QStringLiteral("--batch"), refFile, QStringLiteral("--reason"),
                              QStringLiteral("superseded")})
        != 0) {
        return fail("revoke --batch failed");
    }
    const double revokeSeconds = now() - start;
    start = now();
    for (int i = 0; i < o.single; ++i) {
        if (run({QStringLiteral("openssl"), QStringLiteral("ca"), QStringLiteral("-config"), cnf, QStringLiteral("-revoke"),
                 ossl.filePath(QStringLiteral("c%1.pem").arg(i)), QStringLiteral("-crl_reason"),
                 QStringLiteral("superseded")})
            != 0) {
            return fail("openssl ca -revoke failed");
        }
    }
    const double opensslRevokeSeconds = now() - start;
    std::printf("revoke --batch, %d certificates: %.2f s (%.0f/s)\n", o.count, revokeSeconds, o.count / revokeSeconds);
    std::printf("%d x 'openssl ca -revoke': %.2f s (%.1f/s)\n", o.single, opensslRevokeSeconds,
                o.single / opensslRevokeSeconds);
    std::printf("ratio: revoke --batch per certificate = %.3fx the openssl loop's\n",
                (revokeSeconds / o.count) / (opensslRevokeSeconds / o.single));
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The signet-cli to measure."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Certificates in the batch (default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("single"), QStringLiteral("Commands in the one-per-certificate loops (default 200)."),
                      QStringLiteral("M"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Alternating runs of the batch and the raw rate (default 3)."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work here instead of a temporary folder."),
                      QStringLiteral("DIR")});
    parser.process(app);
    Options o;
    o.cli = parser.value(QStringLiteral("cli"));
    o.count = parser.value(QStringLiteral("count")).toInt();
    o.single = parser.value(QStringLiteral("single")).toInt();
    o.runs = parser.value(QStringLiteral("runs")).toInt();
    if (o.cli.isEmpty() || o.count < 1 || o.single < 1 || o.single > o.count || o.runs < 1) {
        return fail("usage: bench_batch --cli PATH [--count N] [--single M <= N] [--runs R] [--dir DIR]");
    }
    QTemporaryDir temporary;
    o.dir = QDir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path());
    if (!o.dir.exists() && !QDir().mkpath(o.dir.path())) {
        return fail("cannot make the work folder");
    }
    return bench(o);
}
