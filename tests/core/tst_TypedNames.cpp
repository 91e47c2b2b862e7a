// Names as people type them into a wizard or give them on the command line, read by the one set of
// rules in core: subject alternative names told apart and normalized (SubjectAltNames, NameRules),
// name-constraint domains, entry lists, and DN text built from attribute values (DistinguishedName).

#include "TestSupport.h"

#include "crypto/DistinguishedName.h"
#include "pki/NameRules.h"
#include "pki/SubjectAltNames.h"

#include <QTest>

using namespace signet;

Q_DECLARE_METATYPE(SanEntry::Kind)

namespace {
using Pairs = QList<QPair<QString, QString>>;
}

class tst_TypedNames : public QObject {
    Q_OBJECT

private slots:
    void sanEntries_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<SanEntry::Kind>("kind");
        QTest::addColumn<QString>("value"); // the normalized value, or a part of the error when refused
        QTest::addColumn<bool>("accepted");
        using K = SanEntry::Kind;
        QTest::newRow("host") << QStringLiteral("www.example.com") << K::Dns << QStringLiteral("www.example.com")
                              << true;
        QTest::newRow("upper case") << QStringLiteral("WWW.Example.COM") << K::Dns << QStringLiteral("www.example.com")
                                    << true;
        QTest::newRow("blanks around") << QStringLiteral("  web.example \n") << K::Dns << QStringLiteral("web.example")
                                       << true;
        QTest::newRow("IDN") << QStringLiteral("bücher.example") << K::Dns << QStringLiteral("xn--bcher-kva.example")
                             << true;
        QTest::newRow("IDN upper case") << QStringLiteral("BÜCHER.Example") << K::Dns
                                        << QStringLiteral("xn--bcher-kva.example") << true;
        QTest::newRow("IDN already ASCII") << QStringLiteral("xn--bcher-kva.example") << K::Dns
                                           << QStringLiteral("xn--bcher-kva.example") << true;
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << K::Dns << QStringLiteral("example.com")
                                      << true;
        QTest::newRow("underscore") << QStringLiteral("_acme.example") << K::Dns << QStringLiteral("_acme.example")
                                    << true;
        QTest::newRow("intranet host") << QStringLiteral("nas") << K::Dns << QStringLiteral("nas") << true;
        QTest::newRow("wildcard") << QStringLiteral("*.example.com") << K::Dns << QStringLiteral("*.example.com")
                                  << true;
        QTest::newRow("IDN wildcard") << QStringLiteral("*.bücher.example") << K::Dns
                                      << QStringLiteral("*.xn--bcher-kva.example") << true;
        QTest::newRow("wildcard inside") << QStringLiteral("a.*.example") << K::Dns
                                         << QStringLiteral("is not a valid DNS name") << false;
        QTest::newRow("two wildcards") << QStringLiteral("*.*.example") << K::Dns
                                       << QStringLiteral("is not a valid DNS name") << false;
        QTest::newRow("partial wildcard") << QStringLiteral("w*.example.com") << K::Dns
                                          << QStringLiteral("is not a valid DNS name") << false;
        QTest::newRow("bare wildcard") << QStringLiteral("*") << K::Dns << QStringLiteral("is not a valid DNS name")
                                       << false;
        QTest::newRow("dollar") << QStringLiteral("exa$mple.com") << K::Dns
                                << QStringLiteral("'exa$mple.com' is not a valid DNS name") << false;
        QTest::newRow("empty label") << QStringLiteral("a..example") << K::Dns
                                     << QStringLiteral("is not a valid DNS name") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-a.example") << K::Dns
                                        << QStringLiteral("is not a valid DNS name") << false;
        QTest::newRow("control character") << QStringLiteral("a\x1b.example") << K::Dns
                                           << QStringLiteral("'a\uFFFD.example' is not a valid DNS name") << false;

        QTest::newRow("IPv4") << QStringLiteral("192.168.1.10") << K::Ip << QStringLiteral("192.168.1.10") << true;
        QTest::newRow("IPv4 out of range") << QStringLiteral("999.1.1.1") << K::Ip
                                           << QStringLiteral("'999.1.1.1' is not a valid IP address") << false;
        QTest::newRow("IPv4 three parts") << QStringLiteral("10.1.2") << K::Ip
                                          << QStringLiteral("'10.1.2' is not a valid IP address") << false;
        QTest::newRow("IPv4 leading zero") << QStringLiteral("10.01.2.3") << K::Ip
                                           << QStringLiteral("is not a valid IP address") << false;
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << K::Ip << QStringLiteral("::1") << true;
        QTest::newRow("IPv6 shortened") << QStringLiteral("FD00:0:0::1") << K::Ip << QStringLiteral("fd00::1") << true;
        QTest::newRow("IPv6 bad") << QStringLiteral("fd00::1::2") << K::Ip
                                  << QStringLiteral("'fd00::1::2' is not a valid IP address") << false;
        QTest::newRow("host and port") << QStringLiteral("host:8443") << K::Ip
                                       << QStringLiteral("is not a valid IP address") << false;

        QTest::newRow("e-mail") << QStringLiteral("anna@example.com") << K::Email << QStringLiteral("anna@example.com")
                                << true;
        QTest::newRow("e-mail upper-case domain") << QStringLiteral("Anna@EXAMPLE.com") << K::Email
                                                  << QStringLiteral("Anna@example.com") << true;
        QTest::newRow("e-mail IDN domain") << QStringLiteral("info@bücher.example") << K::Email
                                           << QStringLiteral("info@xn--bcher-kva.example") << true;
        QTest::newRow("e-mail intranet") << QStringLiteral("admin@nas") << K::Email << QStringLiteral("admin@nas")
                                         << true;
        QTest::newRow("e-mail without domain") << QStringLiteral("anna@") << K::Email
                                               << QStringLiteral("'anna@' is not a valid e-mail address") << false;
        QTest::newRow("e-mail without local part") << QStringLiteral("@example.com") << K::Email
                                                   << QStringLiteral("is not a valid e-mail address") << false;
        QTest::newRow("e-mail non-ASCII local part") << QStringLiteral("jürgen@example.com") << K::Email
                                                     << QStringLiteral("is not a valid e-mail address") << false;

        QTest::newRow("URI") << QStringLiteral("https://id.example.com/device/7") << K::Uri
                             << QStringLiteral("https://id.example.com/device/7") << true;
        QTest::newRow("SPIFFE") << QStringLiteral("spiffe://lab.example/web") << K::Uri
                                << QStringLiteral("spiffe://lab.example/web") << true;
        QTest::newRow("URN") << QStringLiteral("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66") << K::Uri
                             << QStringLiteral("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66") << true;
        QTest::newRow("javascript URI") << QStringLiteral("javascript://alert(1)") << K::Uri
                                        << QStringLiteral("is not a URI for a certificate") << false;
    }
    void sanEntries()
    {
        QFETCH(QString, typed);
        QFETCH(SanEntry::Kind, kind);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Result<SanEntry> parsed = SubjectAltNames::parse(typed);
        QCOMPARE(parsed.ok(), accepted);
        if (!accepted) {
            QVERIFY2(parsed.error().message.contains(value), qPrintable(parsed.error().message));
            return;
        }
        QCOMPARE(parsed->kind, kind);
        QCOMPARE(parsed->value, value);
        // Normalized is final: read again, it stays as it is.
        const Result<SanEntry> again = SubjectAltNames::parse(parsed->value);
        QVERIFY(again.ok());
        QCOMPARE(*again, *parsed);
    }

    // A DNS name given as such: what reads as an IP address is never taken for one.
    void dnsNamesRefuseAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid IPv4") << QStringLiteral("192.168.1.10")
                                    << QStringLiteral("'192.168.1.10' is an IP address, not a DNS name");
        QTest::newRow("invalid IPv4") << QStringLiteral("999.1.1.1")
                                      << QStringLiteral("'999.1.1.1' is not a valid IP address");
        QTest::newRow("IPv6") << QStringLiteral("::1") << QStringLiteral("'::1' is an IP address, not a DNS name");
        QTest::newRow("full-width digits") << QStringLiteral("１.２.３.４")
                                           << QStringLiteral("'1.2.3.4' is an IP address, not a DNS name");
    }
    void dnsNamesRefuseAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const Result<QString> name = NameRules::normalizedDnsName(typed);
        QVERIFY(!name.ok());
        QVERIFY2(name.error().message.startsWith(message), qPrintable(name.error().message));
    }

    void normalizeRequestLists()
    {
        QStringList dns{QStringLiteral("Bücher.example"), QStringLiteral("xn--bcher-kva.example."),
                        QStringLiteral("WWW.example")};
        QStringList ips{QStringLiteral("FD00::1"), QStringLiteral("10.0.0.1")};
        QStringList emails{QStringLiteral("info@Bücher.example")};
        QVERIFY(SubjectAltNames::normalize(dns, ips, emails).ok());
        QCOMPARE(dns, (QStringList{QStringLiteral("xn--bcher-kva.example"), QStringLiteral("www.example")}));
        QCOMPARE(ips, (QStringList{QStringLiteral("fd00::1"), QStringLiteral("10.0.0.1")}));
        QCOMPARE(emails, QStringList{QStringLiteral("info@xn--bcher-kva.example")});

        QStringList badIps{QStringLiteral("10.0.0.1"), QStringLiteral("999.1.1.1")};
        QStringList none;
        const Status st = SubjectAltNames::normalize(none, badIps, none);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("'999.1.1.1' is not a valid IP address")),
                 qPrintable(st.error().message));
    }

    void parseList()
    {
        const SubjectAltNames::Parsed parsed = SubjectAltNames::parseList(
            QStringLiteral("www.example.com, WWW.example.com;bücher.example\n192.168.1.10  999.1.1.1,,"));
        QCOMPARE(parsed.entries.size(), 3);
        QCOMPARE(parsed.values(SanEntry::Kind::Dns),
                 (QStringList{QStringLiteral("www.example.com"), QStringLiteral("xn--bcher-kva.example")}));
        QCOMPARE(parsed.values(SanEntry::Kind::Ip), QStringList{QStringLiteral("192.168.1.10")});
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.problems.front().contains(QStringLiteral("999.1.1.1")));
        QCOMPARE(parsed.entries.at(1).toString(), QStringLiteral("DNS:xn--bcher-kva.example"));
        QCOMPARE(parsed.entries.at(2).toString(), QStringLiteral("IP:192.168.1.10"));
    }

    void constraintDomains_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("domain"); // empty: refused
        QTest::newRow("domain") << QStringLiteral("Example.com") << QStringLiteral("example.com");
        QTest::newRow("below") << QStringLiteral(".lab.example.net") << QStringLiteral(".lab.example.net");
        QTest::newRow("IDN") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("IDN below") << QStringLiteral(".bücher.example") << QStringLiteral(".xn--bcher-kva.example");
        QTest::newRow("wildcard") << QStringLiteral("*.example.com") << QString();
        QTest::newRow("two dots") << QStringLiteral("..example.com") << QString();
        QTest::newRow("bad character") << QStringLiteral("bad_domain!") << QString();
        QTest::newRow("address") << QStringLiteral("10.0.0.1") << QString();
    }
    void constraintDomains()
    {
        QFETCH(QString, typed);
        QFETCH(QString, domain);
        const Result<QString> read = NameRules::dnsConstraintDomain(typed);
        QCOMPARE(read.ok(), !domain.isEmpty());
        if (read) {
            QCOMPARE(*read, domain);
        } else {
            QVERIFY2(read.error().message.contains(QStringLiteral("is not a domain for a name constraint")),
                     qPrintable(read.error().message));
        }
    }

    void splitEntries()
    {
        QCOMPARE(NameRules::splitEntries(QStringLiteral(" a.example, b.example;c.example\n\td.example ,, ")),
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example"),
                              QStringLiteral("d.example")}));
        QVERIFY(NameRules::splitEntries(QStringLiteral(" ,;\n")).isEmpty());
    }

    void dnValueEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("Acme\\, Inc.");
        QTest::newRow("specials") << QStringLiteral("a+b=c;d<e>\"f\\")
                                  << QStringLiteral("a\\+b\\=c\\;d\\<e\\>\\\"f\\\\");
        QTest::newRow("leading hash") << QStringLiteral("#1 Team") << QStringLiteral("\\#1 Team");
        QTest::newRow("hash inside") << QStringLiteral("Team #1") << QStringLiteral("Team #1");
        QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\\ x");
        QTest::newRow("trailing space") << QStringLiteral("x ") << QStringLiteral("x\\ ");
        QTest::newRow("unicode") << QStringLiteral("Müller GmbH") << QStringLiteral("Müller GmbH");
    }
    void dnValueEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(DistinguishedName::escapeValue(value), escaped);
    }

    void dnText_data()
    {
        QTest::addColumn<Pairs>("attributes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("commonName"); // as parse() reads the text back
        QTest::newRow("CN, O, C") << Pairs{{QStringLiteral("CN"), QStringLiteral("Lab Root CA, Main")},
                                           {QStringLiteral("O"), QStringLiteral("Acme, Inc.")},
                                           {QStringLiteral("C"), QStringLiteral("DE")}}
                                  << QStringLiteral("CN=Lab Root CA\\, Main,O=Acme\\, Inc.,C=DE")
                                  << QStringLiteral("Lab Root CA, Main");
        QTest::newRow("empty values left out") << Pairs{{QStringLiteral("CN"), QStringLiteral(" web ")},
                                                        {QStringLiteral("O"), QStringLiteral("  ")},
                                                        {QStringLiteral("C"), QString()}}
                                               << QStringLiteral("CN=web") << QStringLiteral("web");
        QTest::newRow("leading hash") << Pairs{{QStringLiteral("CN"), QStringLiteral("#ops")}}
                                      << QStringLiteral("CN=\\#ops") << QStringLiteral("#ops");
    }
    void dnText()
    {
        QFETCH(Pairs, attributes);
        QFETCH(QString, text);
        QFETCH(QString, commonName);
        QCOMPARE(DistinguishedName::textFrom(attributes), text);
        const Result<DistinguishedName> dn = DistinguishedName::parse(text);
        SIGNET_VERIFY_OK(dn);
        QCOMPARE(dn->commonName(), commonName);
        QCOMPARE(dn->toString(), text);
    }

    void crlAndIssuerUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("crl");
        QTest::addColumn<bool>("caIssuers");
        QTest::newRow("http") << QStringLiteral("http://pki.example.com/ca.crl") << true << true;
        QTest::newRow("https") << QStringLiteral("https://pki.example.com/ca.crl") << true << true;
        QTest::newRow("ldap") << QStringLiteral("ldap://ldap.example.com/cn=CA,dc=example?certificateRevocationList")
                              << true << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://pki.example.com/ca.crl") << false << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/ca.crl") << false << false;
        QTest::newRow("no host") << QStringLiteral("http:///ca.crl") << false << false;
    }
    void crlAndIssuerUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, crl);
        QFETCH(bool, caIssuers);
        QCOMPARE(NameRules::checkCrlUrl(url).ok(), crl);
        QCOMPARE(NameRules::checkCaIssuersUrl(url).ok(), caIssuers);
    }
};

QTEST_GUILESS_MAIN(tst_TypedNames)
#include "tst_TypedNames.moc"
