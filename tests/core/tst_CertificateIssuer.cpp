#include "TestSupport.h"

#include "pki/CertificateIssuer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

namespace {
const QString kInterCrl = QStringLiteral("http://pki.example.test/root.crl");
const QString kLeafCrl = QStringLiteral("http://pki.example.test/intermediate.crl");
const QString kInterAia = QStringLiteral("http://pki.example.test/root.crt");
const QString kLeafAia = QStringLiteral("https://pki.example.test/intermediate.crt");

bool hasCriticalExtension(const Certificate& cert, const QString& name)
{
    for (const ExtensionInfo& ext : cert.extensions()) {
        if (ext.name == name) {
            return ext.critical;
        }
    }
    return false;
}
} // namespace

class TestCertificateIssuer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hierarchy_data();
    void hierarchy();
    void validationErrors_data();
    void validationErrors();
    void validityBoundaries();
    void leafCannotOutliveCa();
    void urlsWithCommasStayWhole();
    void needsKeys();
    void randomSerials();

private:
    // Checks what every certificate the issuer makes has in common.
    void checkCommon(const Certificate& cert, const PrivateKey& key, const Certificate& issuer, int days,
                     const QString& signatureAlgorithm);
    QString write(const QString& name, const QByteArray& bytes);
    QByteArray opensslText(const QString& path);
    ProcessResult opensslVerify(const QString& purpose, const QString& leafPath);

    QTemporaryDir m_dir;
};

void TestCertificateIssuer::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
}

QString TestCertificateIssuer::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

QByteArray TestCertificateIssuer::opensslText(const QString& path)
{
    const auto result = runOpenssl(QStringList({QStringLiteral("x509"), QStringLiteral("-in"), path,
                                            QStringLiteral("-noout"), QStringLiteral("-text")}));
    return result.ok() ? result.out : QByteArray();
}

ProcessResult TestCertificateIssuer::opensslVerify(const QString& purpose, const QString& leafPath)
{
    // -x509_strict adds OpenSSL's RFC 5280 profile checks (AKI/SKI presence, critical basicConstraints, ...).
    return runOpenssl(QStringList({QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-attime"),
                               epochArgument(fixedNow().addSecs(3600)), QStringLiteral("-purpose"), purpose,
                               QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("root.pem")),
                               QStringLiteral("-untrusted"), m_dir.filePath(QStringLiteral("inter.pem")), leafPath}));
}

void TestCertificateIssuer::checkCommon(const Certificate& cert, const PrivateKey& key, const Certificate& issuer,
                                        int days, const QString& signatureAlgorithm)
{
    QCOMPARE(cert.version(), 3);
    const QString serial = cert.serialHex();
    QCOMPARE(serial.size(), 32); // 16 bytes, none of them a leading zero
    QVERIFY2(QStringLiteral("4567").contains(serial.at(0)), qPrintable(serial)); // positive, top bit used
    QCOMPARE(cert.notBefore(), fixedNow().addSecs(-300));
    QCOMPARE(cert.notAfter(), fixedNow().addDays(days));
    QCOMPARE(cert.issuer(), issuer.subject());
    QVERIFY(cert.isSignedBy(issuer));
    QVERIFY(cert.matchesKey(key.get()));
    QCOMPARE(cert.publicKeyDescription(), key.description());
    QCOMPARE(cert.publicKeyDer(), key.publicKeyDer());
    QCOMPARE(cert.signatureAlgorithm(), signatureAlgorithm);
    QCOMPARE(cert.subjectKeyId().size(), 20); // SHA-1 of the public key (RFC 5280 4.2.1.2 method 1)
    QCOMPARE(cert.authorityKeyId(), issuer.subjectKeyId());
    QVERIFY(hasCriticalExtension(cert, QStringLiteral("X509v3 Basic Constraints")));
    QVERIFY(hasCriticalExtension(cert, QStringLiteral("X509v3 Key Usage")));
}

void TestCertificateIssuer::hierarchy_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::newRow("rsa:2048") << QStringLiteral("rsa:2048") << QStringLiteral("sha256WithRSAEncryption");
    QTest::newRow("ec:p256") << QStringLiteral("ec:p256") << QStringLiteral("ecdsa-with-SHA256");
    QTest::newRow("ec:p384") << QStringLiteral("ec:p384") << QStringLiteral("ecdsa-with-SHA384");
    QTest::newRow("ec:p521") << QStringLiteral("ec:p521") << QStringLiteral("ecdsa-with-SHA512");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << QStringLiteral("ED25519");
}

void TestCertificateIssuer::hierarchy()
{
    QFETCH(QString, spec);
    QFETCH(QString, signatureAlgorithm);
    const QDateTime now = fixedNow();

    IssuanceRequest rootReq = caRequest(Profile::RootCa, QString(), 3650);
    const auto rootSubject = DistinguishedName::parse(QStringLiteral("CN=Signet Test Root,O=Signet Tests,C=ES"));
    SIGNET_VERIFY_OK(rootSubject);
    rootReq.subject = *rootSubject;
    const auto root = issueWithNewKey(spec, rootReq, nullptr, now);
    SIGNET_VERIFY_OK(root);

    IssuanceRequest interReq = caRequest(Profile::IntermediateCa, QStringLiteral("Signet Test Intermediate"), 1825);
    interReq.pathLength = 0;
    // A constrained CA refuses every IP and e-mail address it does not permit (NameConstraints).
    interReq.permittedDns = {QStringLiteral("example.test")};
    interReq.permittedIps = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
    interReq.permittedEmails = {QStringLiteral("example.test")};
    interReq.crlDistributionPoint = kInterCrl;
    interReq.caIssuersUrl = kInterAia;
    const auto inter = issueWithNewKey(spec, interReq, &*root, now);
    SIGNET_VERIFY_OK(inter);

    IssuanceRequest serverReq = serverRequest(QStringLiteral("www.example.test"),
                                              {QStringLiteral("www.example.test"), QStringLiteral("example.test")},
                                              {QStringLiteral("10.0.0.1"), QStringLiteral("2001:db8::1")});
    serverReq.crlDistributionPoint = kLeafCrl;
    serverReq.caIssuersUrl = kLeafAia;
    const auto server = issueWithNewKey(spec, serverReq, &*inter, now);
    SIGNET_VERIFY_OK(server);

    IssuanceRequest clientReq = clientRequest(QStringLiteral("Alice Example"), {QStringLiteral("alice@example.test")}, 365);
    clientReq.crlDistributionPoint = kLeafCrl;
    const auto client = issueWithNewKey(spec, clientReq, &*inter, now);
    SIGNET_VERIFY_OK(client);

    // Root: self-signed CA, no limits, identifies its own key.
    const Certificate& rootCert = root->cert;
    checkCommon(rootCert, root->key, rootCert, 3650, signatureAlgorithm);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(rootCert.subject(), QStringLiteral("CN=Signet Test Root,O=Signet Tests,C=ES"));
    QVERIFY(rootCert.isSelfIssued());
    QVERIFY(rootCert.isCa());
    QCOMPARE(rootCert.pathLength(), -1);
    QCOMPARE(rootCert.keyUsage(), (QStringList{QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
    QVERIFY(rootCert.extendedKeyUsage().isEmpty());
    QVERIFY(rootCert.subjectAltNames().isEmpty());
    QVERIFY(rootCert.crlDistributionPoints().isEmpty());
    QVERIFY(rootCert.caIssuersUrls().isEmpty());
    QVERIFY(rootCert.permittedDnsDomains().isEmpty());

    // Intermediate: CA limited to issuing leaves under example.test.
    const Certificate& interCert = inter->cert;
    checkCommon(interCert, inter->key, rootCert, 1825, signatureAlgorithm);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!interCert.isSelfIssued());
    QVERIFY(!interCert.isSignedBy(interCert));
    QVERIFY(interCert.isCa());
    QCOMPARE(interCert.pathLength(), 0);
    QVERIFY(interCert.subjectKeyId() != rootCert.subjectKeyId());
    QCOMPARE(interCert.keyUsage(), (QStringList{QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
    QCOMPARE(interCert.permittedDnsDomains(), QStringList{QStringLiteral("example.test")});
    QVERIFY(hasCriticalExtension(interCert, QStringLiteral("X509v3 Name Constraints")));
    QCOMPARE(interCert.crlDistributionPoints(), QStringList{kInterCrl});
    QCOMPARE(interCert.caIssuersUrls(), QStringList{kInterAia});

    // Server leaf.
    const Certificate& serverCert = server->cert;
    checkCommon(serverCert, server->key, interCert, 397, signatureAlgorithm);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!serverCert.isCa());
    QCOMPARE(serverCert.pathLength(), -1);
    QVERIFY(!serverCert.isSignedBy(rootCert));
    const bool rsa = spec.startsWith(QLatin1String("rsa"));
    const QStringList serverUsage = rsa ? QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}
                                        : QStringList{QStringLiteral("digitalSignature")};
    QCOMPARE(serverCert.keyUsage(), serverUsage);
    QCOMPARE(serverCert.extendedKeyUsage(), QStringList{QStringLiteral("serverAuth")});
    QCOMPARE(serverCert.subjectAltNames(),
             (QStringList{QStringLiteral("DNS:www.example.test"), QStringLiteral("DNS:example.test"),
                          QStringLiteral("IP:10.0.0.1"), QStringLiteral("IP:2001:db8::1")}));
    QCOMPARE(serverCert.dnsNames(), (QStringList{QStringLiteral("www.example.test"), QStringLiteral("example.test")}));
    QCOMPARE(serverCert.crlDistributionPoints(), QStringList{kLeafCrl});
    QCOMPARE(serverCert.caIssuersUrls(), QStringList{kLeafAia});
    QVERIFY(serverCert.permittedDnsDomains().isEmpty());

    // Client leaf.
    const Certificate& clientCert = client->cert;
    checkCommon(clientCert, client->key, interCert, 365, signatureAlgorithm);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!clientCert.isCa());
    QCOMPARE(clientCert.keyUsage(), QStringList{QStringLiteral("digitalSignature")});
    QCOMPARE(clientCert.extendedKeyUsage(), QStringList{QStringLiteral("clientAuth")});
    QCOMPARE(clientCert.subjectAltNames(), QStringList{QStringLiteral("email:alice@example.test")});
    QCOMPARE(clientCert.emailAddresses(), QStringList{QStringLiteral("alice@example.test")});
    QVERIFY(clientCert.dnsNames().isEmpty());

    const QSet<QString> serials{rootCert.serialHex(), interCert.serialHex(), serverCert.serialHex(),
                                clientCert.serialHex()};
    QCOMPARE(serials.size(), 4);

    // An independent verifier accepts the chain for the purpose each leaf was made for, and only that.
    QVERIFY(!write(QStringLiteral("root.pem"), rootCert.toPem()).isEmpty());
    QVERIFY(!write(QStringLiteral("inter.pem"), interCert.toPem()).isEmpty());
    const QString serverPath = write(QStringLiteral("server.pem"), serverCert.toPem());
    const QString clientPath = write(QStringLiteral("client.pem"), clientCert.toPem());
    QVERIFY(!serverPath.isEmpty() && !clientPath.isEmpty());

    const auto serverOk = opensslVerify(QStringLiteral("sslserver"), serverPath);
    QVERIFY2(serverOk.ok(), serverOk.describe().constData());
    QVERIFY2(serverOk.out.contains("server.pem: OK"), serverOk.out.constData());
    const auto clientOk = opensslVerify(QStringLiteral("sslclient"), clientPath);
    QVERIFY2(clientOk.ok(), clientOk.describe().constData());
    QVERIFY2(clientOk.out.contains("client.pem: OK"), clientOk.out.constData());
    const auto serverAsClient = opensslVerify(QStringLiteral("sslclient"), serverPath);
    QVERIFY2(serverAsClient.started && serverAsClient.exitCode != 0, serverAsClient.describe().constData());
    const auto clientAsServer = opensslVerify(QStringLiteral("sslserver"), clientPath);
    QVERIFY2(clientAsServer.started && clientAsServer.exitCode != 0, clientAsServer.describe().constData());

    // What openssl shows matches what the profiles promise.
    const QByteArray rootText = opensslText(m_dir.filePath(QStringLiteral("root.pem")));
    for (const char* expected : {"Version: 3 (0x2)", "X509v3 Basic Constraints: critical", "CA:TRUE",
                                 "X509v3 Key Usage: critical", "Certificate Sign, CRL Sign",
                                 "X509v3 Subject Key Identifier", "X509v3 Authority Key Identifier"}) {
        QVERIFY2(rootText.contains(expected), expected);
    }
    const QByteArray interText = opensslText(m_dir.filePath(QStringLiteral("inter.pem")));
    for (const char* expected : {"CA:TRUE, pathlen:0", "X509v3 Name Constraints: critical", "Permitted:",
                                 "DNS:example.test", "IP:10.0.0.0/255.0.0.0", "email:example.test",
                                 "X509v3 CRL Distribution Points", "URI:http://pki.example.test/root.crl",
                                 "X509v3 Subject Key Identifier", "Authority Information Access",
                                 "CA Issuers - URI:http://pki.example.test/root.crt"}) {
        QVERIFY2(interText.contains(expected), expected);
    }
    // Both families permitted, e-mail permitted: nothing left to exclude as a whole.
    QVERIFY2(!interText.contains("Excluded:"), interText.constData());
    const QByteArray serverText = opensslText(serverPath);
    for (const char* expected : {"CA:FALSE", "TLS Web Server Authentication", "DNS:www.example.test",
                                 "DNS:example.test", "IP Address:10.0.0.1", "IP Address:2001:DB8:0:0:0:0:0:1",
                                 "Digital Signature", "X509v3 Subject Key Identifier",
                                 "X509v3 Authority Key Identifier", "URI:http://pki.example.test/intermediate.crl",
                                 "CA Issuers - URI:https://pki.example.test/intermediate.crt"}) {
        QVERIFY2(serverText.contains(expected), expected);
    }
    QCOMPARE(serverText.contains("Key Encipherment"), rsa);
    QVERIFY(!serverText.contains("TLS Web Client Authentication"));
    const QByteArray clientText = opensslText(clientPath);
    for (const char* expected : {"CA:FALSE", "TLS Web Client Authentication", "email:alice@example.test"}) {
        QVERIFY2(clientText.contains(expected), expected);
    }
    QVERIFY(!clientText.contains("Authority Information Access")); // no caIssuersUrl in its request
    QVERIFY(!clientText.contains("TLS Web Server Authentication"));
    QVERIFY(!clientText.contains("Key Encipherment"));

    const auto serialOut = runOpenssl(QStringList({QStringLiteral("x509"), QStringLiteral("-in"), serverPath,
                                               QStringLiteral("-noout"), QStringLiteral("-serial")}));
    QVERIFY2(serialOut.ok(), serialOut.describe().constData());
    QCOMPARE(QString::fromLatin1(serialOut.out).trimmed(), QStringLiteral("serial=") + serverCert.serialHex());
}

void TestCertificateIssuer::validationErrors_data()
{
    QTest::addColumn<IssuanceRequest>("request");
    QTest::addColumn<QString>("mentions");
    const auto server = [](const QStringList& dns, const QStringList& ips = {}, int days = 397) {
        return serverRequest(QStringLiteral("host.example"), dns, ips, days);
    };
    const QStringList ok{QStringLiteral("host.example")};
    QTest::newRow("zero days") << server(ok, {}, 0) << QStringLiteral("36500");
    QTest::newRow("root 100 years") << caRequest(Profile::RootCa, QStringLiteral("Root"), 36501)
                                    << QStringLiteral("36500");
    QTest::newRow("DNS with space") << server({QStringLiteral("bad host.example")}) << QStringLiteral("bad host.example");
    QTest::newRow("DNS empty label") << server({QStringLiteral("a..example")}) << QStringLiteral("a..example");
    QTest::newRow("DNS leading hyphen") << server({QStringLiteral("-a.example")}) << QStringLiteral("-a.example");
    QTest::newRow("DNS double wildcard") << server({QStringLiteral("*.*.example")}) << QStringLiteral("*.*.example");
    QTest::newRow("DNS label of 64") << server({QString(64, QLatin1Char('a')) + QStringLiteral(".example")})
                                     << QStringLiteral("aaaa");
    QTest::newRow("DNS comma injection") << server({QStringLiteral("a.example,IP:1.2.3.4")})
                                         << QStringLiteral("a.example,IP:1.2.3.4");
    QTest::newRow("IP out of range") << server(ok, {QStringLiteral("10.0.0.256")}) << QStringLiteral("10.0.0.256");
    QTest::newRow("IP short") << server(ok, {QStringLiteral("10.0.0")}) << QStringLiteral("10.0.0");
    QTest::newRow("IP text") << server(ok, {QStringLiteral("localhost")}) << QStringLiteral("localhost");
    QTest::newRow("email with NUL") << clientRequest(QStringLiteral("Bob"), {QStringLiteral("bob@ex\0ample.test")})
                                    << QStringLiteral("bob@ex");
    QTest::newRow("email with tab") << clientRequest(QStringLiteral("Bob"), {QStringLiteral("bob@example.test\t")})
                                    << QStringLiteral("bob@example.test");
    QTest::newRow("IP with NUL") << server(ok, {QStringLiteral("10.0.0.1\0.example")}) << QStringLiteral("10.0.0.1");
    QTest::newRow("email without @") << clientRequest(QStringLiteral("Bob"), {QStringLiteral("bob.example")})
                                     << QStringLiteral("bob.example");
    QTest::newRow("no subject") << [] {
        IssuanceRequest r = serverRequest(QString(), {QStringLiteral("a.example")});
        r.subject = DistinguishedName();
        return r;
    }() << QStringLiteral("subject");
    QTest::newRow("wildcard constraint") << [] {
        IssuanceRequest r = caRequest(Profile::IntermediateCa, QStringLiteral("Inter"), 100);
        r.permittedDns = {QStringLiteral("*.example")};
        return r;
    }() << QStringLiteral("*.example");
    QTest::newRow("IP constraint with host bits") << [] {
        IssuanceRequest r = caRequest(Profile::IntermediateCa, QStringLiteral("Inter"), 100);
        r.permittedIps = {QStringLiteral("192.168.1.7/24")};
        return r;
    }() << QStringLiteral("192.168.1.0/24");
    QTest::newRow("IP constraint not a range") << [] {
        IssuanceRequest r = caRequest(Profile::IntermediateCa, QStringLiteral("Inter"), 100);
        r.permittedIps = {QStringLiteral("lan")};
        return r;
    }() << QStringLiteral("'lan' is not an IP range");
    QTest::newRow("e-mail constraint as mailbox") << [] {
        IssuanceRequest r = caRequest(Profile::IntermediateCa, QStringLiteral("Inter"), 100);
        r.permittedEmails = {QStringLiteral("alice@example.test")};
        return r;
    }() << QStringLiteral("'alice@example.test' is not an e-mail domain");
    QTest::newRow("AIA over ldap") << [] {
        IssuanceRequest r = serverRequest(QStringLiteral("a.example"), {QStringLiteral("a.example")});
        r.caIssuersUrl = QStringLiteral("ldap://ldap.example/cn=CA");
        return r;
    }() << QStringLiteral("ldap://ldap.example/cn=CA");
    QTest::newRow("negative path length") << [] {
        IssuanceRequest r = caRequest(Profile::IntermediateCa, QStringLiteral("Inter"), 100);
        r.pathLength = -2;
        return r;
    }() << QStringLiteral("path length");
}

void TestCertificateIssuer::validationErrors()
{
    QFETCH(IssuanceRequest, request);
    QFETCH(QString, mentions);
    const Status valid = CertificateIssuer::validate(request);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().message.contains(mentions), qPrintable(valid.error().message));

    // issue() refuses the same request before signing anything.
    const auto key = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(key);
    const auto serial = randomSerial();
    SIGNET_VERIFY_OK(serial);
    const auto cert = CertificateIssuer::issue(request, key->get(), {nullptr, key->get()}, *serial, fixedNow());
    QVERIFY(!cert.ok());
    QCOMPARE(cert.error().message, valid.error().message);
}

void TestCertificateIssuer::validityBoundaries()
{
    const QStringList dns{QStringLiteral("host.example")};
    QVERIFY(CertificateIssuer::validate(serverRequest(QStringLiteral("h"), dns, {}, 825)).ok());
    QVERIFY(CertificateIssuer::validate(serverRequest(QStringLiteral("h"), dns, {}, 1)).ok());
    // Apple's 825 days is the Linter's rule (apple.validity.825), judged on the built certificate.
    QVERIFY(CertificateIssuer::validate(serverRequest(QStringLiteral("h"), dns, {}, 826)).ok());
    QVERIFY(CertificateIssuer::validate(clientRequest(QStringLiteral("c"), {}, 3650)).ok());
    QVERIFY(CertificateIssuer::validate(caRequest(Profile::RootCa, QStringLiteral("r"), 36500)).ok());
    QVERIFY(CertificateIssuer::validate(serverRequest(QStringLiteral("h"), {QStringLiteral("*.example.test")})).ok());
    QVERIFY(CertificateIssuer::validate(serverRequest(QStringLiteral("h"), dns, {QStringLiteral("::1")})).ok());
}

// A comma is part of a URL (an LDAP DN always has some), not the start of a second address.
void TestCertificateIssuer::urlsWithCommasStayWhole()
{
    const QString crl = QStringLiteral("ldap://ldap.example.test/cn=Root,o=Example?certificateRevocationList");
    const QString aia = QStringLiteral("http://pki.example.test/root,URI:http://evil.example.test/x.crt");
    IssuanceRequest request = caRequest(Profile::RootCa, QStringLiteral("Root"), 100);
    request.crlDistributionPoint = crl;
    request.caIssuersUrl = aia;
    const auto key = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(key);
    const auto serial = randomSerial();
    SIGNET_VERIFY_OK(serial);
    const auto cert = CertificateIssuer::issue(request, key->get(), {nullptr, key->get()}, *serial, fixedNow());
    SIGNET_VERIFY_OK(cert);
    QCOMPARE(cert->crlDistributionPoints(), QStringList{crl});
    QCOMPARE(cert->caIssuersUrls(), QStringList{aia});
}

void TestCertificateIssuer::leafCannotOutliveCa()
{
    const auto root = issueWithNewKey(QStringLiteral("ec:p256"), caRequest(Profile::RootCa, QStringLiteral("Short Root"), 30),
                                      nullptr);
    SIGNET_VERIFY_OK(root);

    const auto tooLong = issueWithNewKey(QStringLiteral("ec:p256"),
                                         serverRequest(QStringLiteral("a.example"), {QStringLiteral("a.example")}),
                                         &*root);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().message.contains(QLatin1String("outlive")), qPrintable(tooLong.error().message));
    QVERIFY2(tooLong.error().message.contains(QLatin1String("at most 30 days")), qPrintable(tooLong.error().message));

    const auto inter = issueWithNewKey(QStringLiteral("ec:p256"),
                                       caRequest(Profile::IntermediateCa, QStringLiteral("Long Inter"), 31), &*root);
    QVERIFY(!inter.ok());

    // Ending on the very day the CA ends is fine.
    const auto exact = issueWithNewKey(QStringLiteral("ec:p256"),
                                       serverRequest(QStringLiteral("a.example"), {QStringLiteral("a.example")}, {}, 30),
                                       &*root);
    SIGNET_VERIFY_OK(exact);
    QCOMPARE(exact->cert.notAfter(), root->cert.notAfter());
}

void TestCertificateIssuer::needsKeys()
{
    const auto key = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(key);
    const auto serial = randomSerial();
    SIGNET_VERIFY_OK(serial);
    const IssuanceRequest request = caRequest(Profile::RootCa, QStringLiteral("Root"), 10);
    const auto noSubjectKey = CertificateIssuer::issue(request, nullptr, {nullptr, key->get()}, *serial, fixedNow());
    QVERIFY(!noSubjectKey.ok());
    QVERIFY(!noSubjectKey.error().message.isEmpty());
    const auto noSignerKey = CertificateIssuer::issue(request, key->get(), {nullptr, nullptr}, *serial, fixedNow());
    QVERIFY(!noSignerKey.ok());

    // A CA certificate with somebody else's key would sign certificates that nothing can verify.
    const auto root = issueWithNewKey(QStringLiteral("ec:p256"), request, nullptr);
    SIGNET_VERIFY_OK(root);
    const IssuanceRequest leaf = serverRequest(QStringLiteral("a.example"), {QStringLiteral("a.example")}, {}, 5);
    const auto wrongKey = CertificateIssuer::issue(leaf, key->get(), {&root->cert, key->get()}, *serial, fixedNow());
    QVERIFY(!wrongKey.ok());
    QVERIFY2(wrongKey.error().message.contains(QLatin1String("key")), qPrintable(wrongKey.error().message));
    const auto other = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(other);
    const auto selfWrong = CertificateIssuer::issue(request, key->get(), {nullptr, other->get()}, *serial, fixedNow());
    QVERIFY(!selfWrong.ok());
}

void TestCertificateIssuer::randomSerials()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const auto serial = randomSerial();
        SIGNET_VERIFY_OK(serial);
        QCOMPARE(serial->size(), 16);
        const auto first = static_cast<unsigned char>(serial->at(0));
        QVERIFY2(first >= 0x40 && first <= 0x7F, serial->toHex().constData());
        QCOMPARE(serialToHex(*serial).size(), 32);
        seen.insert(*serial);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(serialToHex(QByteArray("\x00\x00\x01\xAB", 4)), QStringLiteral("01AB"));
}

QTEST_GUILESS_MAIN(TestCertificateIssuer)
#include "tst_CertificateIssuer.moc"
