#include "TestSupport.h"

#include "crypto/KeySpec.h"

#include <QTest>

using namespace signet;

class TestKeySpec : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void supportedNamesRoundTrip();
    void shortForms_data();
    void shortForms();
    void rejects_data();
    void rejects();
};

void TestKeySpec::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("rsaBits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");

    const auto rsa = static_cast<int>(KeySpec::Algorithm::Rsa);
    const auto ec = static_cast<int>(KeySpec::Algorithm::Ec);
    const auto ed = static_cast<int>(KeySpec::Algorithm::Ed25519);
    QTest::newRow("rsa:2048") << QStringLiteral("rsa:2048") << rsa << 2048 << QString() << QStringLiteral("rsa:2048")
                              << QStringLiteral("RSA 2048");
    QTest::newRow("rsa:3072") << QStringLiteral("rsa:3072") << rsa << 3072 << QString() << QStringLiteral("rsa:3072")
                              << QStringLiteral("RSA 3072");
    QTest::newRow("rsa:4096") << QStringLiteral("rsa:4096") << rsa << 4096 << QString() << QStringLiteral("rsa:4096")
                              << QStringLiteral("RSA 4096");
    QTest::newRow("ec:p256") << QStringLiteral("ec:p256") << ec << 0 << QStringLiteral("P-256")
                             << QStringLiteral("ec:p256") << QStringLiteral("ECDSA P-256");
    QTest::newRow("ec:p384") << QStringLiteral("ec:p384") << ec << 0 << QStringLiteral("P-384")
                             << QStringLiteral("ec:p384") << QStringLiteral("ECDSA P-384");
    QTest::newRow("ec:p521") << QStringLiteral("ec:p521") << ec << 0 << QStringLiteral("P-521")
                             << QStringLiteral("ec:p521") << QStringLiteral("ECDSA P-521");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << ed << 0 << QString() << QStringLiteral("ed25519")
                             << QStringLiteral("Ed25519");
    // Administrators type names in any case and with stray blanks.
    QTest::newRow("upper-case") << QStringLiteral("EC:P384") << ec << 0 << QStringLiteral("P-384")
                                << QStringLiteral("ec:p384") << QStringLiteral("ECDSA P-384");
    QTest::newRow("blanks") << QStringLiteral("  RSA:4096 ") << rsa << 4096 << QString() << QStringLiteral("rsa:4096")
                            << QStringLiteral("RSA 4096");
    QTest::newRow("Ed25519") << QStringLiteral("Ed25519") << ed << 0 << QString() << QStringLiteral("ed25519")
                             << QStringLiteral("Ed25519");
}

void TestKeySpec::parse()
{
    QFETCH(QString, text);
    QFETCH(int, algorithm);
    QFETCH(int, rsaBits);
    QFETCH(QString, curve);
    QFETCH(QString, name);
    QFETCH(QString, description);

    const auto spec = KeySpec::parse(text);
    SIGNET_VERIFY_OK(spec);
    QCOMPARE(static_cast<int>(spec->algorithm), algorithm);
    QCOMPARE(spec->rsaBits, rsaBits);
    QCOMPARE(spec->curve, curve);
    QCOMPARE(spec->name(), name);
    QCOMPARE(spec->description(), description);
}

void TestKeySpec::supportedNamesRoundTrip()
{
    const QStringList names = KeySpec::supportedNames();
    QCOMPARE(names.size(), 7);
    for (const QString& n : names) {
        const auto spec = KeySpec::parse(n);
        QVERIFY2(spec.ok(), qPrintable(n));
        // The canonical name must parse back to itself, or stored key types would drift.
        QCOMPARE(spec->name(), n);
        QVERIFY(!spec->description().isEmpty());
    }
    QStringList unique = names;
    QCOMPARE(unique.removeDuplicates(), 0);
}

void TestKeySpec::shortForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("rsa") << QStringLiteral("rsa") << QStringLiteral("rsa:3072");
    QTest::newRow("ec") << QStringLiteral("ec") << QStringLiteral("ec:p256");
}

void TestKeySpec::shortForms()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    const auto spec = KeySpec::parse(text);
    SIGNET_VERIFY_OK(spec);
    QCOMPARE(spec->name(), name);
}

void TestKeySpec::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("rsa:1024") << QStringLiteral("rsa:1024");
    QTest::newRow("rsa:2047") << QStringLiteral("rsa:2047");
    QTest::newRow("rsa:") << QStringLiteral("rsa:");
    QTest::newRow("ec:p999") << QStringLiteral("ec:p999");
    QTest::newRow("ec:secp256k1") << QStringLiteral("ec:secp256k1");
    QTest::newRow("ed448") << QStringLiteral("ed448");
    QTest::newRow("dsa") << QStringLiteral("dsa:2048");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("suffix") << QStringLiteral("ec:p256x");
}

void TestKeySpec::rejects()
{
    QFETCH(QString, text);
    const auto spec = KeySpec::parse(text);
    QVERIFY(!spec.ok());
    const QString message = spec.error().message;
    QVERIFY(!message.isEmpty());
    // The message names the offending input and lists what would have worked.
    QVERIFY2(message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("ec:p256")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("rsa:4096")), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestKeySpec)
#include "tst_KeySpec.moc"
