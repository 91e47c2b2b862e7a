#include "TestSupport.h"

#include "crypto/Certificate.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>

#include <optional>

using namespace signet;
using namespace signet::test;

namespace {
std::optional<ExtensionInfo> findExtension(const Certificate& cert, const QString& name)
{
    for (const ExtensionInfo& ext : cert.extensions()) {
        if (ext.name == name) {
            return ext;
        }
    }
    return std::nullopt;
}

QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':')).toUpper();
}
} // namespace

class TestCertificate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fromData_data();
    void fromData();
    void pemWithSurroundingText();
    void listFromPem();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void fingerprints_data();
    void fingerprints();
    void toText();
    void extensions();
    void unknownExtensionShowsHex();
    void isSignedBy();
    void matchesKey();
    void cloneShares();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::optional<TestChain> m_chain;
};

void TestCertificate::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
    auto chain = makeChain(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(chain);
    m_chain.emplace(std::move(*chain));
}

void TestCertificate::fromData_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("pem");
    for (const QString& spec : commonKeySpecs()) {
        QTest::newRow(qPrintable(spec + QStringLiteral("/PEM"))) << spec << true;
        QTest::newRow(qPrintable(spec + QStringLiteral("/DER"))) << spec << false;
    }
}

void TestCertificate::fromData()
{
    QFETCH(QString, spec);
    QFETCH(bool, pem);
    const auto made = issueWithNewKey(spec, caRequest(Profile::RootCa, QStringLiteral("Format Root"), 100), nullptr);
    SIGNET_VERIFY_OK(made);
    const Certificate& original = made->cert;
    const QByteArray der = original.toDer();
    const QByteArray pemText = original.toPem();
    QCOMPARE(int(static_cast<unsigned char>(der.at(0))), 0x30);
    QVERIFY(pemText.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(pemText.trimmed().endsWith("-----END CERTIFICATE-----"));

    const QByteArray input = pem ? pemText : der;
    const auto parsed = Certificate::fromData(input);
    SIGNET_VERIFY_OK(parsed);
    QCOMPARE(parsed->toDer(), der);
    QCOMPARE(parsed->toPem(), pemText);
    QCOMPARE(parsed->subject(), QStringLiteral("CN=Format Root"));
    QCOMPARE(parsed->serialHex(), original.serialHex());
    QCOMPARE(parsed->notAfter(), original.notAfter());
    QCOMPARE(parsed->publicKeyDescription(), made->key.description());

    // The format-specific readers accept only their own format.
    QVERIFY(pem ? Certificate::fromPem(input).ok() : Certificate::fromDer(input).ok());
    QVERIFY(!(pem ? Certificate::fromDer(input).ok() : Certificate::fromPem(input).ok()));
    QCOMPARE(ERR_peek_error(), 0UL);

    // The DER is what openssl writes for the same certificate.
    QVERIFY(writeFile(path(QStringLiteral("format.pem")), pemText));
    const auto converted = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("format.pem")),
                                       QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY2(converted.ok(), converted.describe().constData());
    QCOMPARE(converted.out, der);
}

void TestCertificate::pemWithSurroundingText()
{
    // openssl pkcs12 and many web pages put text around the PEM block.
    const QByteArray text = "Bag Attributes\n    friendlyName: leaf\nsubject=CN=www.example.test\n"
                            + m_chain->leaf.cert.toPem() + "trailing words\n";
    const auto parsed = Certificate::fromData(text);
    SIGNET_VERIFY_OK(parsed);
    QCOMPARE(parsed->toDer(), m_chain->leaf.cert.toDer());
}

void TestCertificate::listFromPem()
{
    const QByteArray bundle = m_chain->leaf.cert.toPem() + "\n# intermediate\n" + m_chain->intermediate.cert.toPem()
                              + m_chain->root.cert.toPem();
    const auto list = Certificate::listFromPem(bundle);
    SIGNET_VERIFY_OK(list);
    QCOMPARE(list->size(), size_t(3));
    QCOMPARE(list->at(0).toDer(), m_chain->leaf.cert.toDer());
    QCOMPARE(list->at(1).toDer(), m_chain->intermediate.cert.toDer());
    QCOMPARE(list->at(2).toDer(), m_chain->root.cert.toDer());
    QCOMPARE(ERR_peek_error(), 0UL);

    const auto two = Certificate::listFromPem(m_chain->intermediate.cert.toPem() + m_chain->root.cert.toPem());
    SIGNET_VERIFY_OK(two);
    QCOMPARE(two->size(), size_t(2));
    QCOMPARE(two->at(0).commonName(), QStringLiteral("Test Intermediate CA"));
    QCOMPARE(two->at(1).commonName(), QStringLiteral("Test Root CA"));

    // fromPem takes the first block of a bundle.
    const auto first = Certificate::fromPem(bundle);
    SIGNET_VERIFY_OK(first);
    QCOMPARE(first->commonName(), QStringLiteral("www.example.test"));

    const auto none = Certificate::listFromPem("no certificates here\n");
    QVERIFY(!none.ok());
    QVERIFY(!none.error().message.isEmpty());
    QVERIFY(!Certificate::listFromPem(m_chain->root.cert.toDer()).ok());
}

void TestCertificate::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("garbage");
    QTest::newRow("binary") << QByteArray("\x30\x82\x05\x00\x01\x02\x03", 7);
    QTest::newRow("bad base64")
        << QByteArray("-----BEGIN CERTIFICATE-----\n@@@@not base64@@@@\n-----END CERTIFICATE-----\n");
    const QByteArray der = m_chain ? m_chain->leaf.cert.toDer() : QByteArray();
    QTest::newRow("truncated DER") << der.left(der.size() - 10);
    QByteArray pem = m_chain ? m_chain->leaf.cert.toPem() : QByteArray();
    pem.replace("CERTIFICATE", "X509 CRL");
    QTest::newRow("wrong PEM label") << pem;
}

void TestCertificate::rejectsGarbage()
{
    QFETCH(QByteArray, data);
    const auto cert = Certificate::fromData(data);
    QVERIFY(!cert.ok());
    QVERIFY(!cert.error().message.isEmpty());
    QVERIFY(!cert.error().toString().isEmpty());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificate::fingerprints_data()
{
    QTest::addColumn<QString>("digest");
    QTest::newRow("sha256") << QStringLiteral("-sha256");
    QTest::newRow("sha1") << QStringLiteral("-sha1");
}

void TestCertificate::fingerprints()
{
    QFETCH(QString, digest);
    const Certificate& cert = m_chain->leaf.cert;
    const bool sha256 = digest == QLatin1String("-sha256");
    const QString ours = sha256 ? cert.sha256Fingerprint() : cert.sha1Fingerprint();
    QCOMPARE(ours.size(), sha256 ? 32 * 3 - 1 : 20 * 3 - 1);
    QCOMPARE(ours, colonHex(QCryptographicHash::hash(cert.toDer(), sha256 ? QCryptographicHash::Sha256
                                                                          : QCryptographicHash::Sha1)));

    QVERIFY(writeFile(path(QStringLiteral("leaf.pem")), cert.toPem()));
    const auto out = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("leaf.pem")),
                                 QStringLiteral("-noout"), QStringLiteral("-fingerprint"), digest});
    QVERIFY2(out.ok(), out.describe().constData());
    const QString line = QString::fromLatin1(out.out).trimmed(); // "sha256 Fingerprint=AB:CD:..."
    QVERIFY2(line.contains(QLatin1Char('=')), qPrintable(line));
    QCOMPARE(line.section(QLatin1Char('='), 1), ours);
    QVERIFY(cert.sha256Fingerprint() != m_chain->root.cert.sha256Fingerprint());
}

void TestCertificate::toText()
{
    const Certificate& cert = m_chain->leaf.cert;
    const QString text = cert.toText();
    QVERIFY(!text.isEmpty());
    for (const char* expected : {"Certificate:", "Version: 3 (0x2)", "Signature Algorithm: ecdsa-with-SHA256",
                                 "CN=Test Intermediate CA", "CN=www.example.test", "X509v3 Subject Alternative Name",
                                 "DNS:www.example.test", "TLS Web Server Authentication"}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
}

void TestCertificate::extensions()
{
    const auto basic = findExtension(m_chain->root.cert, QStringLiteral("X509v3 Basic Constraints"));
    QVERIFY(basic.has_value());
    QCOMPARE(basic->oid, QStringLiteral("2.5.29.19"));
    QVERIFY(basic->critical);
    QCOMPARE(basic->value, QStringLiteral("CA:TRUE"));

    const auto usage = findExtension(m_chain->root.cert, QStringLiteral("X509v3 Key Usage"));
    QVERIFY(usage.has_value());
    QVERIFY(usage->critical);
    QCOMPARE(usage->value, QStringLiteral("Certificate Sign, CRL Sign"));

    const auto ski = findExtension(m_chain->root.cert, QStringLiteral("X509v3 Subject Key Identifier"));
    QVERIFY(ski.has_value());
    QVERIFY(!ski->critical);
    QCOMPARE(ski->value, colonHex(m_chain->root.cert.subjectKeyId()));

    const auto interBasic = findExtension(m_chain->intermediate.cert, QStringLiteral("X509v3 Basic Constraints"));
    QVERIFY(interBasic.has_value());
    QCOMPARE(interBasic->value, QStringLiteral("CA:TRUE, pathlen:0"));

    const Certificate& leaf = m_chain->leaf.cert;
    const auto san = findExtension(leaf, QStringLiteral("X509v3 Subject Alternative Name"));
    QVERIFY(san.has_value());
    QVERIFY(!san->critical);
    QCOMPARE(san->value, QStringLiteral("DNS:www.example.test"));
    const auto eku = findExtension(leaf, QStringLiteral("X509v3 Extended Key Usage"));
    QVERIFY(eku.has_value());
    QCOMPARE(eku->value, QStringLiteral("TLS Web Server Authentication"));
    const auto leafBasic = findExtension(leaf, QStringLiteral("X509v3 Basic Constraints"));
    QVERIFY(leafBasic.has_value());
    QVERIFY(leafBasic->critical);
    QCOMPARE(leafBasic->value, QStringLiteral("CA:FALSE"));
    QVERIFY(!findExtension(leaf, QStringLiteral("X509v3 Name Constraints")).has_value());
}

void TestCertificate::unknownExtensionShowsHex()
{
    const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                  QStringLiteral("-keyout"), path(QStringLiteral("ext-key.pem")),
                                  QStringLiteral("-subj"), QStringLiteral("/O=Org/CN=ext"), QStringLiteral("-days"),
                                  QStringLiteral("10"), QStringLiteral("-addext"),
                                  QStringLiteral("1.2.3.4=ASN1:UTF8String:hello")});
    QVERIFY2(made.ok(), made.describe().constData());
    const auto cert = Certificate::fromData(made.out);
    SIGNET_VERIFY_OK(cert);
    QCOMPARE(cert->subject(), QStringLiteral("CN=ext,O=Org"));
    QVERIFY(cert->isSelfIssued());
    const auto custom = findExtension(*cert, QStringLiteral("1.2.3.4"));
    QVERIFY(custom.has_value());
    QCOMPARE(custom->oid, QStringLiteral("1.2.3.4"));
    QVERIFY(!custom->critical);
    QCOMPARE(custom->value, QStringLiteral("0C:05:68:65:6C:6C:6F")); // UTF8String "hello"
    QCOMPARE(ERR_peek_error(), 0UL);

    const auto key = PrivateKey::fromData(readFile(path(QStringLiteral("ext-key.pem"))));
    SIGNET_VERIFY_OK(key);
    QVERIFY(cert->matchesKey(key->get()));
    QVERIFY(cert->isSignedBy(*cert));
}

void TestCertificate::isSignedBy()
{
    const TestChain& c = *m_chain;
    QVERIFY(c.leaf.cert.isSignedBy(c.intermediate.cert));
    QVERIFY(c.intermediate.cert.isSignedBy(c.root.cert));
    QVERIFY(c.root.cert.isSignedBy(c.root.cert));
    QVERIFY(!c.leaf.cert.isSignedBy(c.root.cert));
    QVERIFY(!c.leaf.cert.isSignedBy(c.leaf.cert));
    QVERIFY(!c.root.cert.isSignedBy(c.intermediate.cert));
    QVERIFY(!c.leaf.cert.isSignedBy(Certificate()));

    // Same name, different key: the name matches, the signature does not.
    const auto impostor = makeChain(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(impostor);
    QCOMPARE(impostor->intermediate.cert.subject(), c.intermediate.cert.subject());
    QVERIFY(!c.leaf.cert.isSignedBy(impostor->intermediate.cert));
    QVERIFY(!c.intermediate.cert.isSignedBy(impostor->root.cert));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestCertificate::matchesKey()
{
    const TestChain& c = *m_chain;
    QVERIFY(c.leaf.cert.matchesKey(c.leaf.key.get()));
    QVERIFY(c.root.cert.matchesKey(c.root.key.get()));
    QVERIFY(!c.leaf.cert.matchesKey(c.intermediate.key.get()));
    QVERIFY(!c.leaf.cert.matchesKey(nullptr));
    const auto rsa = generateKey(QStringLiteral("rsa:2048"));
    SIGNET_VERIFY_OK(rsa);
    QVERIFY(!c.leaf.cert.matchesKey(rsa->get()));
    QCOMPARE(ERR_peek_error(), 0UL);

    // A key read back from its PEM still matches.
    const auto pem = c.leaf.key.toPkcs8Pem();
    SIGNET_VERIFY_OK(pem);
    const auto reread = PrivateKey::fromData(*pem);
    SIGNET_VERIFY_OK(reread);
    QVERIFY(c.leaf.cert.matchesKey(reread->get()));
}

void TestCertificate::cloneShares()
{
    QVERIFY(Certificate().isNull());
    const Certificate copy = m_chain->root.cert.clone();
    QVERIFY(!copy.isNull());
    QCOMPARE(copy.get(), m_chain->root.cert.get());
    QCOMPARE(copy.toDer(), m_chain->root.cert.toDer());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_Certificate.moc"
