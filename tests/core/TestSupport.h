#pragma once

// Helpers shared by the core unit tests: fixed clocks, keys and small PKIs made at test time, and a
// runner for the real `openssl` command that the tests use as an independent judge.

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "crypto/Serial.h"
#include "pki/CertificateIssuer.h"
#include "pki/IssuanceRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <utility>

// QVERIFY for a signet::Result, printing the error when it failed; evaluates `result` once.
#define SIGNET_VERIFY_OK(result)                                                                                    \
    do {                                                                                                            \
        const auto& signetResult_ = (result);                                                                       \
        QVERIFY2(signetResult_.ok(), ::signet::test::errorText(signetResult_).constData());                        \
    } while (false)

namespace signet::test {

template <typename R>
QByteArray errorText(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// A moment well in the past, so that expiry can be checked in both directions; tests that ask the
// openssl command about validity pass it with -attime.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

// The key types every table runs over; rsa:3072 and rsa:4096 are left to the tests that need them.
inline QStringList commonKeySpecs()
{
    return {QStringLiteral("rsa:2048"), QStringLiteral("ec:p256"), QStringLiteral("ec:p384"),
            QStringLiteral("ec:p521"), QStringLiteral("ed25519")};
}

inline Result<PrivateKey> generateKey(const QString& specName)
{
    auto spec = KeySpec::parse(specName);
    if (!spec) {
        return spec.error();
    }
    return PrivateKey::generate(*spec);
}

struct Issued {
    PrivateKey key;
    Certificate cert;
};

inline IssuanceRequest caRequest(Profile profile, const QString& cn, int days)
{
    IssuanceRequest request;
    request.profile = profile;
    request.subject = DistinguishedName::fromCommonName(cn);
    request.validityDays = days;
    return request;
}

inline IssuanceRequest serverRequest(const QString& cn, const QStringList& dns, const QStringList& ips = {},
                                     int days = 397)
{
    IssuanceRequest request;
    request.profile = Profile::Server;
    request.subject = DistinguishedName::fromCommonName(cn);
    request.dnsNames = dns;
    request.ipAddresses = ips;
    request.validityDays = days;
    return request;
}

inline IssuanceRequest clientRequest(const QString& cn, const QStringList& emails, int days = 397)
{
    IssuanceRequest request;
    request.profile = Profile::Client;
    request.subject = DistinguishedName::fromCommonName(cn);
    request.emails = emails;
    request.validityDays = days;
    return request;
}

// Makes a fresh key of `keySpec` and a certificate for it, signed by `issuer` (self-signed when null).
inline Result<Issued> issueWithNewKey(const QString& keySpec, const IssuanceRequest& request, const Issued* issuer,
                                      const QDateTime& now = fixedNow())
{
    auto key = generateKey(keySpec);
    if (!key) {
        return key.error();
    }
    auto serial = randomSerial();
    if (!serial) {
        return serial.error();
    }
    const CertificateIssuer::Signer signer{issuer != nullptr ? &issuer->cert : nullptr,
                                           issuer != nullptr ? issuer->key.get() : key->get()};
    auto cert = CertificateIssuer::issue(request, key->get(), signer, *serial, now);
    if (!cert) {
        return cert.error();
    }
    return Issued{std::move(*key), std::move(*cert)};
}

// Root CA -> intermediate CA (pathlen 0) -> server leaf, all with keys of one type.
struct TestChain {
    Issued root;
    Issued intermediate;
    Issued leaf;
};

inline Result<TestChain> makeChain(const QString& keySpec, const QDateTime& now = fixedNow())
{
    auto root = issueWithNewKey(keySpec, caRequest(Profile::RootCa, QStringLiteral("Test Root CA"), 3650), nullptr, now);
    if (!root) {
        return root.error();
    }
    IssuanceRequest interRequest = caRequest(Profile::IntermediateCa, QStringLiteral("Test Intermediate CA"), 1825);
    interRequest.pathLength = 0;
    auto inter = issueWithNewKey(keySpec, interRequest, &*root, now);
    if (!inter) {
        return inter.error();
    }
    auto leaf = issueWithNewKey(keySpec, serverRequest(QStringLiteral("www.example.test"),
                                                       {QStringLiteral("www.example.test")}),
                                &*inter, now);
    if (!leaf) {
        return leaf.error();
    }
    return TestChain{std::move(*root), std::move(*inter), std::move(*leaf)};
}

struct ProcessResult {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool ok() const { return started && exitCode == 0; }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

inline QString opensslProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

inline ProcessResult runOpenssl(const QStringList& arguments, const QString& workingDirectory = {})
{
    ProcessResult result;
    QProcess process;
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(opensslProgram(), arguments);
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// For `openssl verify -attime`.
inline QString epochArgument(const QDateTime& at)
{
    return QString::number(at.toSecsSinceEpoch());
}

} // namespace signet::test
