// Signing a certificate signing request: the CSR's own names and key are what gets certified, and a
// request altered after it was signed is refused. `openssl req` makes the requests, `openssl verify`
// and `openssl x509 -text` judge the result.

#include "TestSupport.h"

#include "crypto/CertificateRequest.h"
#include "pki/CertificateIssuer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

class TestCsrSigning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signsCsrKeepingItsNames();
    void tamperedCsrIsRejected_data();
    void tamperedCsrIsRejected();

private:
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
};

void TestCsrSigning::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
}

QString TestCsrSigning::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

void TestCsrSigning::signsCsrKeepingItsNames()
{
    const QString keyPath = m_dir.filePath(QStringLiteral("csr-key.pem"));
    const QString csrPath = m_dir.filePath(QStringLiteral("request.csr"));
    const auto made = runOpenssl(QStringList(
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), csrPath, QStringLiteral("-subj"),
         QStringLiteral("/CN=csr.example"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=DNS:csr.example,DNS:alt.example,IP:10.1.2.3")}));
    QVERIFY2(made.ok(), made.describe().constData());

    const auto request = CertificateRequest::fromData(readFile(csrPath));
    SIGNET_VERIFY_OK(request);
    SIGNET_VERIFY_OK(request->verifySignature());
    QCOMPARE(request->subject(), QStringLiteral("CN=csr.example"));
    QCOMPARE(request->publicKeyDescription(), QStringLiteral("ECDSA P-256"));
    const QStringList names{QStringLiteral("DNS:csr.example"), QStringLiteral("DNS:alt.example"),
                            QStringLiteral("IP:10.1.2.3")};
    QCOMPARE(request->subjectAltNames(), names);

    const auto chain = makeChain(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(chain);
    QVERIFY(!write(QStringLiteral("root.pem"), chain->root.cert.toPem()).isEmpty());
    QVERIFY(!write(QStringLiteral("inter.pem"), chain->intermediate.cert.toPem()).isEmpty());

    // The administrator's form holds one name; the CSR's own SAN extension must win unchanged.
    IssuanceRequest issuance = serverRequest(QString(), {QStringLiteral("csr.example")});
    issuance.subject = request->subjectName();
    const X509ExtensionPtr san = request->subjectAltNameExtension();
    QVERIFY(san);
    const auto serial = randomSerial();
    SIGNET_VERIFY_OK(serial);
    const auto cert = CertificateIssuer::issue(issuance, request->publicKey(),
                                               {&chain->intermediate.cert, chain->intermediate.key.get()}, *serial,
                                               fixedNow(), san.get());
    SIGNET_VERIFY_OK(cert);
    QCOMPARE(cert->subjectAltNames(), names);
    QCOMPARE(cert->subject(), QStringLiteral("CN=csr.example"));
    QCOMPARE(cert->extendedKeyUsage(), QStringList{QStringLiteral("serverAuth")});
    QVERIFY(cert->isSignedBy(chain->intermediate.cert));

    const auto csrKey = PrivateKey::fromData(readFile(keyPath));
    SIGNET_VERIFY_OK(csrKey);
    QVERIFY(cert->matchesKey(csrKey->get()));
    QVERIFY(!cert->matchesKey(chain->leaf.key.get()));

    const QString certPath = write(QStringLiteral("from-csr.pem"), cert->toPem());
    const auto verified = runOpenssl(QStringList(
        {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-attime"),
         epochArgument(fixedNow().addSecs(3600)), QStringLiteral("-purpose"), QStringLiteral("sslserver"),
         QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("root.pem")), QStringLiteral("-untrusted"),
         m_dir.filePath(QStringLiteral("inter.pem")), certPath}));
    QVERIFY2(verified.ok(), verified.describe().constData());
    QVERIFY2(verified.out.contains(": OK"), verified.out.constData());
    const auto printed = runOpenssl(QStringList({QStringLiteral("x509"), QStringLiteral("-in"), certPath,
                                                 QStringLiteral("-noout"), QStringLiteral("-text")}));
    const QByteArray text = printed.ok() ? printed.out : QByteArray();
    QVERIFY2(text.contains("DNS:csr.example, DNS:alt.example, IP Address:10.1.2.3"), text.constData());
}

void TestCsrSigning::tamperedCsrIsRejected_data()
{
    QTest::addColumn<bool>("inSignature"); // flip a byte of the signature, else of the signed subject
    QTest::newRow("signature") << true;
    QTest::newRow("subject") << false;
}

void TestCsrSigning::tamperedCsrIsRejected()
{
    QFETCH(bool, inSignature);
    const auto made = runOpenssl(QStringList(
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("tamper-key.pem")), QStringLiteral("-outform"),
         QStringLiteral("DER"), QStringLiteral("-subj"), QStringLiteral("/CN=tamper.example")}));
    QVERIFY2(made.ok(), made.describe().constData());
    const QByteArray der = made.out;
    const auto pristine = CertificateRequest::fromData(der);
    SIGNET_VERIFY_OK(pristine);
    SIGNET_VERIFY_OK(pristine->verifySignature());

    QByteArray altered = der;
    qsizetype at = -1;
    if (inSignature) {
        at = altered.size() - 2; // the ECDSA signature's 's' is the last thing in the DER
    } else {
        at = altered.indexOf("tamper.example"); // inside the certificationRequestInfo that was signed
    }
    QVERIFY(at > 0);
    altered[at] = static_cast<char>(altered.at(at) ^ 0x01);
    QVERIFY(altered != der);

    const auto request = CertificateRequest::fromData(altered);
    if (!request.ok()) {
        QVERIFY(!request.error().message.isEmpty());
        return;
    }
    const Status status = request->verifySignature();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QLatin1String("signature")), qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(TestCsrSigning)
#include "tst_CsrSigning.moc"
