#include "TestSupport.h"

#include "crypto/DistinguishedName.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>

using namespace signet;
using namespace signet::test;

using Entries = QList<QPair<QString, QString>>;

namespace {
QPair<QString, QString> entry(const char* key, const QString& value)
{
    return {QString::fromLatin1(key), value};
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

class TestDistinguishedName : public QObject {
    Q_OBJECT

private slots:
    void bothSyntaxesAgree_data();
    void bothSyntaxesAgree();
    void x509RoundTrip();
    void escapedSeparators_data();
    void escapedSeparators();
    void specialCharactersRoundTrip_data();
    void specialCharactersRoundTrip();
    void utf8Values();
    void utf8InCertificate();
    void rejects_data();
    void rejects();
    void commonName_data();
    void commonName();
    void setCommonName();
};

void TestDistinguishedName::bothSyntaxesAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("openssl slashes") << QStringLiteral("/C=ES/O=Jano/CN=jano.com.es");
    QTest::newRow("RFC 4514") << QStringLiteral("CN=jano.com.es,O=Jano,C=ES");
    QTest::newRow("RFC 4514 with blanks") << QStringLiteral("  CN = jano.com.es , O=Jano,  C=ES ");
    QTest::newRow("slashes with blanks") << QStringLiteral("/C=ES/ O = Jano /CN=jano.com.es");
}

void TestDistinguishedName::bothSyntaxesAgree()
{
    QFETCH(QString, text);
    const auto dn = DistinguishedName::parse(text);
    SIGNET_VERIFY_OK(dn);
    const Entries expected{entry("C", QStringLiteral("ES")), entry("O", QStringLiteral("Jano")),
                           entry("CN", QStringLiteral("jano.com.es"))};
    QCOMPARE(dn->entries(), expected);
    QCOMPARE(dn->toString(), QStringLiteral("CN=jano.com.es,O=Jano,C=ES"));
    QCOMPARE(dn->commonName(), QStringLiteral("jano.com.es"));
    QVERIFY(!dn->isEmpty());
}

void TestDistinguishedName::x509RoundTrip()
{
    const auto dn = DistinguishedName::parse(QStringLiteral("CN=jano.com.es,OU=Ops,O=Jano,L=Madrid,C=ES"));
    SIGNET_VERIFY_OK(dn);
    const auto name = dn->toX509Name();
    SIGNET_VERIFY_OK(name);
    // DER order is most general first, which is what OpenSSL's one-line form shows.
    char line[256] = {};
    X509_NAME_oneline(name->get(), line, sizeof line);
    QCOMPARE(QString::fromLatin1(line), QStringLiteral("/C=ES/L=Madrid/O=Jano/OU=Ops/CN=jano.com.es"));

    const DistinguishedName back = DistinguishedName::fromX509Name(name->get());
    QCOMPARE(back.entries(), dn->entries());
    QCOMPARE(DistinguishedName::format(name->get()), dn->toString());

    // Country is a PrintableString of two letters; the rest are UTF8String (RFC 5280 4.1.2.4).
    QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name->get(), 0))), V_ASN1_PRINTABLESTRING);
    QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name->get(), 4))), V_ASN1_UTF8STRING);
}

void TestDistinguishedName::escapedSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("escaped commas") << QStringLiteral("CN=Doe\\, John,O=Acme\\, Inc.,C=US")
                                    << Entries{entry("C", QStringLiteral("US")), entry("O", QStringLiteral("Acme, Inc.")),
                                               entry("CN", QStringLiteral("Doe, John"))}
                                    << QStringLiteral("CN=Doe\\, John,O=Acme\\, Inc.,C=US");
    QTest::newRow("comma inside slash form") << QStringLiteral("/C=US/O=Acme, Inc./CN=Doe")
                                             << Entries{entry("C", QStringLiteral("US")),
                                                        entry("O", QStringLiteral("Acme, Inc.")),
                                                        entry("CN", QStringLiteral("Doe"))}
                                             << QStringLiteral("CN=Doe,O=Acme\\, Inc.,C=US");
    QTest::newRow("escaped slash") << QStringLiteral("/O=R\\/D/CN=x")
                                   << Entries{entry("O", QStringLiteral("R/D")), entry("CN", QStringLiteral("x"))}
                                   << QStringLiteral("CN=x,O=R/D");
    QTest::newRow("equals in value") << QStringLiteral("CN=a\\=b,O=Acme")
                                     << Entries{entry("O", QStringLiteral("Acme")), entry("CN", QStringLiteral("a=b"))}
                                     << QStringLiteral("CN=a\\=b,O=Acme");
}

void TestDistinguishedName::escapedSeparators()
{
    QFETCH(QString, text);
    QFETCH(Entries, entries);
    QFETCH(QString, canonical);
    const auto dn = DistinguishedName::parse(text);
    SIGNET_VERIFY_OK(dn);
    QCOMPARE(dn->entries(), entries);
    QCOMPARE(dn->toString(), canonical);
    // The canonical text is itself valid input and means the same name.
    const auto again = DistinguishedName::parse(canonical);
    SIGNET_VERIFY_OK(again);
    QCOMPARE(again->entries(), entries);
}

void TestDistinguishedName::specialCharactersRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("escaped"); // RFC 4514 needs a backslash somewhere
    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << true;
    QTest::newRow("plus") << QStringLiteral("a+b") << true;
    QTest::newRow("equals") << QStringLiteral("x=y") << true;
    QTest::newRow("backslash") << QStringLiteral("back\\slash") << true;
    QTest::newRow("quotes") << QStringLiteral("\"quoted\"") << true;
    QTest::newRow("angle and semicolon") << QStringLiteral("<tag>;") << true;
    QTest::newRow("leading hash") << QStringLiteral("#1") << true;
    QTest::newRow("inner hash") << QStringLiteral("a#1") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
}

void TestDistinguishedName::specialCharactersRoundTrip()
{
    QFETCH(QString, value);
    QFETCH(bool, escaped);
    const DistinguishedName dn = DistinguishedName::fromCommonName(value);
    const QString text = dn.toString();
    QCOMPARE(text != QStringLiteral("CN=") + value, escaped);
    const auto back = DistinguishedName::parse(text);
    SIGNET_VERIFY_OK(back);
    QCOMPARE(back->entries().size(), 1);
    QCOMPARE(back->commonName(), value);
}

void TestDistinguishedName::utf8Values()
{
    const QString text = u("CN=José Müller,O=Señal Ñandú,L=東京,C=ES");
    const auto dn = DistinguishedName::parse(text);
    SIGNET_VERIFY_OK(dn);
    const Entries expected{entry("C", QStringLiteral("ES")), entry("L", u("東京")), entry("O", u("Señal Ñandú")),
                           entry("CN", u("José Müller"))};
    QCOMPARE(dn->entries(), expected);
    QCOMPARE(dn->toString(), text);
    QCOMPARE(dn->commonName(), u("José Müller"));

    const auto name = dn->toX509Name();
    SIGNET_VERIFY_OK(name);
    const X509_NAME_ENTRY* cn = X509_NAME_get_entry(name->get(), 3);
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(cn);
    QCOMPARE(ASN1_STRING_type(data), V_ASN1_UTF8STRING);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data)),
             QByteArray("Jos\xc3\xa9 M\xc3\xbcller"));
    // format() keeps UTF-8 as is instead of escaping it into \C3\A9.
    QCOMPARE(DistinguishedName::format(name->get()), text);
}

void TestDistinguishedName::utf8InCertificate()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed");
    IssuanceRequest request = caRequest(Profile::RootCa, QString(), 30);
    const auto subject = DistinguishedName::parse(u("CN=Raíz Ñandú,O=Señal,C=ES"));
    SIGNET_VERIFY_OK(subject);
    request.subject = *subject;
    const auto root = issueWithNewKey(QStringLiteral("ec:p256"), request, nullptr);
    SIGNET_VERIFY_OK(root);
    QCOMPARE(root->cert.subject(), u("CN=Raíz Ñandú,O=Señal,C=ES"));
    QCOMPARE(root->cert.issuer(), root->cert.subject());
    QCOMPARE(root->cert.commonName(), u("Raíz Ñandú"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("root.pem"));
    QVERIFY(writeFile(path, root->cert.toPem()));
    const auto shown = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                                   QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                                   QStringLiteral("RFC2253,-esc_msb")});
    QVERIFY2(shown.ok(), shown.describe().constData());
    QCOMPARE(QString::fromUtf8(shown.out).trimmed(), u("subject=CN=Raíz Ñandú,O=Señal,C=ES"));
}

void TestDistinguishedName::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // part of the input the message must point at
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("garbage");
    QTest::newRow("unknown attribute") << QStringLiteral("XX=1") << QStringLiteral("XX");
    QTest::newRow("unknown in slash form") << QStringLiteral("/C=ES/FOO=bar") << QStringLiteral("FOO");
    QTest::newRow("empty value") << QStringLiteral("CN=") << QStringLiteral("CN");
    QTest::newRow("empty value among others") << QStringLiteral("CN=x,O=,C=ES") << QStringLiteral("O");
    QTest::newRow("no key") << QStringLiteral("=value") << QStringLiteral("=value");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("only separators") << QStringLiteral(",,,") << QString();
    QTest::newRow("only a slash") << QStringLiteral("/") << QString();
    QTest::newRow("country too long") << QStringLiteral("C=ESP,CN=x") << QStringLiteral("ESP");
    // OpenSSL would read the attribute up to the NUL, as "O".
    QTest::newRow("NUL in attribute") << QStringLiteral("/O\0x=Acme") << QStringLiteral("unknown attribute");
}

void TestDistinguishedName::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto dn = DistinguishedName::parse(text);
    QVERIFY(!dn.ok());
    QVERIFY(!dn.error().message.isEmpty());
    if (!mentions.isEmpty()) {
        QVERIFY2(dn.error().message.contains(mentions), qPrintable(dn.error().message));
    }
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestDistinguishedName::commonName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cn");
    QTest::newRow("last of RFC 4514") << QStringLiteral("CN=host,O=Org") << QStringLiteral("host");
    QTest::newRow("no CN") << QStringLiteral("O=Org,C=ES") << QString();
    QTest::newRow("most specific of two") << QStringLiteral("/CN=outer/CN=inner") << QStringLiteral("inner");
    QTest::newRow("long attribute name") << QStringLiteral("commonName=long.example,O=Org")
                                         << QStringLiteral("long.example");
}

void TestDistinguishedName::commonName()
{
    QFETCH(QString, text);
    QFETCH(QString, cn);
    const auto dn = DistinguishedName::parse(text);
    SIGNET_VERIFY_OK(dn);
    QCOMPARE(dn->commonName(), cn);
}

void TestDistinguishedName::setCommonName()
{
    QVERIFY(DistinguishedName().isEmpty());
    QCOMPARE(DistinguishedName().toString(), QString());

    auto dn = DistinguishedName::parse(QStringLiteral("CN=old,O=Org"));
    SIGNET_VERIFY_OK(dn);
    dn->setCommonName(QStringLiteral("new"));
    QCOMPARE(dn->toString(), QStringLiteral("CN=new,O=Org"));
    QCOMPARE(dn->entries().size(), 2);

    auto noCn = DistinguishedName::parse(QStringLiteral("O=Org"));
    SIGNET_VERIFY_OK(noCn);
    noCn->setCommonName(QStringLiteral("added"));
    QCOMPARE(noCn->toString(), QStringLiteral("CN=added,O=Org"));

    const DistinguishedName simple = DistinguishedName::fromCommonName(QStringLiteral("only"));
    QCOMPARE(simple.entries(), (Entries{entry("CN", QStringLiteral("only"))}));
}

QTEST_GUILESS_MAIN(TestDistinguishedName)
#include "tst_DistinguishedName.moc"
