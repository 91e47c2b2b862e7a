// Name constraints beyond DNS: IP ranges and e-mail domains as the core reads them, the extension a
// constrained CA gets, and the check that refuses what its constraints forbid. `openssl verify` is
// the independent judge: for every row, Signet's check and OpenSSL's chain verification agree.

#include "TestSupport.h"

#include "pki/IpRange.h"
#include "pki/NameConstraints.h"
#include "pki/NameRules.h"

#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
// A CA with these permits, signed by itself.
Result<Issued> constrainedCa(const QStringList& dns, const QStringList& ips, const QStringList& emails)
{
    IssuanceRequest request = caRequest(Profile::RootCa, QStringLiteral("Constrained Test Root"), 3650);
    request.permittedDns = dns;
    request.permittedIps = ips;
    request.permittedEmails = emails;
    return issueWithNewKey(QStringLiteral("ec:p256"), request, nullptr);
}

// What `openssl verify` says about `leaf` under `ca`: empty when it accepts it.
QByteArray opensslVerdict(const Certificate& ca, const Certificate& leaf)
{
    QTemporaryDir dir;
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    const QString leafPath = dir.filePath(QStringLiteral("leaf.pem"));
    if (!writeFile(caPath, ca.toPem()) || !writeFile(leafPath, leaf.toPem())) {
        return "cannot write the certificates";
    }
    const ProcessResult result = runOpenssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                                             epochArgument(fixedNow()), QStringLiteral("-CAfile"), caPath, leafPath});
    return result.ok() ? QByteArray() : result.out + result.err;
}
} // namespace

class tst_NameConstraints : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is not installed");
    }

    void ipRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("v4 network") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.0.0.0/8") << QString();
        QTest::newRow("v4 spaces") << QStringLiteral(" 192.168.1.0/24 ") << QStringLiteral("192.168.1.0/24") << QString();
        QTest::newRow("v4 host") << QStringLiteral("192.0.2.7") << QStringLiteral("192.0.2.7/32") << QString();
        QTest::newRow("v4 all") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << QString();
        QTest::newRow("v6 network") << QStringLiteral("fd00::/8") << QStringLiteral("fd00::/8") << QString();
        QTest::newRow("v6 long") << QStringLiteral("2001:0db8:0000::/32") << QStringLiteral("2001:db8::/32") << QString();
        QTest::newRow("v6 host") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1/128") << QString();
        QTest::newRow("host bits") << QStringLiteral("10.1.2.3/8") << QString() << QStringLiteral("write 10.0.0.0/8");
        QTest::newRow("v6 host bits") << QStringLiteral("fd00::1/8") << QString() << QStringLiteral("write fd00::/8");
        QTest::newRow("prefix too long") << QStringLiteral("10.0.0.0/33") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("v6 prefix too long") << QStringLiteral("::/129") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("short address") << QStringLiteral("10.0.0/8") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("negative prefix") << QStringLiteral("10.0.0.0/-1") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("two prefixes") << QStringLiteral("10.0.0.0/8/8") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("host name") << QStringLiteral("example.com") << QString() << QStringLiteral("not an IP range");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("not an IP range");
    }

    void ipRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, messagePart);
        const auto range = IpRange::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!range);
            QVERIFY2(range.error().message.contains(messagePart), qPrintable(range.error().message));
            QVERIFY(range.error().message.contains(text));
            return;
        }
        SIGNET_VERIFY_OK(range);
        QCOMPARE(range->toString(), canonical);
        QCOMPARE(IpRange::parse(canonical)->toString(), canonical);
    }

    void ipRangeContains()
    {
        const IpRange lan = *IpRange::parse(QStringLiteral("192.168.0.0/16"));
        const auto bytes = [](std::initializer_list<int> octets) {
            QByteArray out;
            for (int octet : octets) {
                out.append(static_cast<char>(octet));
            }
            return out;
        };
        QVERIFY(lan.contains(bytes({192, 168, 7, 1})));
        QVERIFY(!lan.contains(bytes({192, 169, 0, 1})));
        QVERIFY(!lan.contains(QByteArray(16, '\0'))); // another family
        QVERIFY(lan.contains(*IpRange::parse(QStringLiteral("192.168.4.0/24"))));
        QVERIFY(!lan.contains(*IpRange::parse(QStringLiteral("192.0.0.0/8"))));
        QVERIFY(IpRange::everything(false).contains(lan));
        QVERIFY(!IpRange::everything(true).contains(lan));
        QCOMPARE(IpRange::everything(true).toOpenSslConfig(), QStringLiteral("::/::"));
        QCOMPARE(lan.toOpenSslConfig(), QStringLiteral("192.168.0.0/255.255.0.0"));
    }

    void emailDomains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("host") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("below") << QStringLiteral(".Example.COM") << QStringLiteral(".example.com");
        QTest::newRow("idn") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("intranet") << QStringLiteral("nas") << QStringLiteral("nas");
        QTest::newRow("mailbox") << QStringLiteral("alice@example.com") << QString();
        QTest::newRow("at") << QStringLiteral("@example.com") << QString();
        QTest::newRow("space") << QStringLiteral("exa mple.com") << QString();
        QTest::newRow("hyphen first") << QStringLiteral("-bad.example") << QString();
        QTest::newRow("empty label") << QStringLiteral("a..example") << QString();
        QTest::newRow("dot only") << QStringLiteral(".") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void emailDomains()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto domain = NameRules::emailConstraintDomain(text);
        if (normalized.isEmpty()) {
            QVERIFY(!domain);
            QVERIFY2(domain.error().message.contains(QStringLiteral("not an e-mail domain")),
                     qPrintable(domain.error().message));
            return;
        }
        SIGNET_VERIFY_OK(domain);
        QCOMPARE(*domain, normalized);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("crl");
        QTest::addColumn<bool>("caIssuers");
        QTest::newRow("http") << QStringLiteral("http://pki.example.com/ca.crt") << true << true;
        QTest::newRow("https") << QStringLiteral("https://pki.example.com/ca.crt") << true << true;
        QTest::newRow("ldap") << QStringLiteral("ldap://ldap.example.com/cn=CA") << true << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://pki.example.com/ca.crt") << false << false;
        QTest::newRow("no scheme") << QStringLiteral("pki.example.com/ca.crt") << false << false;
        QTest::newRow("no host") << QStringLiteral("http:///ca.crt") << false << false;
        QTest::newRow("space") << QStringLiteral("http://pki.example.com/my ca.crt") << false << false;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, crl);
        QFETCH(bool, caIssuers);
        QCOMPARE(NameRules::checkCrlUrl(url).ok(), crl);
        const Status aia = NameRules::checkCaIssuersUrl(url);
        QCOMPARE(aia.ok(), caIssuers);
        if (!caIssuers) {
            QVERIFY2(aia.error().message.contains(QStringLiteral("http:// or https://")), qPrintable(aia.error().message));
        }
    }

    // The extension of a DNS-constrained CA, as `openssl x509 -text` reads it.
    void extensionOfADnsConstrainedCa()
    {
        const auto ca = constrainedCa({QStringLiteral("example.test")}, {}, {});
        SIGNET_VERIFY_OK(ca);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(writeFile(path, ca->cert.toPem()));
        const ProcessResult text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                                               QStringLiteral("-ext"), QStringLiteral("nameConstraints")});
        QVERIFY2(text.ok(), text.describe().constData());
        const QString out = QString::fromUtf8(text.out).simplified();
        QCOMPARE(out, QStringLiteral("X509v3 Name Constraints: critical Permitted: DNS:example.test email:.invalid "
                                     "Excluded: IP:0.0.0.0/0.0.0.0 IP:0:0:0:0:0:0:0:0/0:0:0:0:0:0:0:0 email:.invalid"));

        // IPv4 permitted: only IPv6 stays excluded as a whole; e-mail permitted: no .invalid pair.
        const auto lan = constrainedCa({}, {QStringLiteral("10.0.0.0/8")}, {QStringLiteral("example.test")});
        SIGNET_VERIFY_OK(lan);
        QCOMPARE(NameConstraints::of(lan->cert).extensionText(),
                 QStringLiteral("critical,permitted;IP:10.0.0.0/255.0.0.0,permitted;email:example.test,excluded;IP:::/::"));
        // No permits, no extension.
        QVERIFY(NameConstraints::forPermits({}, {}, {})->isEmpty());
        QVERIFY(NameConstraints::of(ca->cert).extensionText() == NameConstraints::forPermits({QStringLiteral("example.test")}, {}, {})->extensionText());
        // What the core refuses, it refuses before any certificate is made.
        const auto badIp = NameConstraints::forPermits({}, {QStringLiteral("10.1.2.3/8")}, {});
        QVERIFY(!badIp);
        QVERIFY(!NameConstraints::forPermits({}, {}, {QStringLiteral("alice@example.test")}));
    }

    void agreesWithOpenssl_data()
    {
        QTest::addColumn<QStringList>("permitDns");
        QTest::addColumn<QStringList>("permitIps");
        QTest::addColumn<QStringList>("permitEmails");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("dns");
        QTest::addColumn<QStringList>("ips");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("refusal"); // empty: allowed; else a part of Signet's message

        const QStringList exampleTest{QStringLiteral("example.test")};
        const QStringList none;
        const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
        const auto cn = [](const char* name) { return QStringLiteral("CN=") + QString::fromLatin1(name); };

        row("dns inside") << exampleTest << none << none << cn("www.example.test")
                          << QStringList{QStringLiteral("www.example.test")} << none << none << QString();
        row("dns outside") << exampleTest << none << none << cn("www.example.org")
                           << QStringList{QStringLiteral("www.example.org")} << none << none
                           << QStringLiteral("DNS:www.example.org lies outside the name constraints of CA 'Test CA', "
                                             "which permit only DNS:example.test");
        row("ip under dns-only") << exampleTest << none << none << cn("www.example.test")
                                 << QStringList{QStringLiteral("www.example.test")}
                                 << QStringList{QStringLiteral("10.1.2.3")} << none
                                 << QStringLiteral("the name constraints of CA 'Test CA' permit no IP addresses, so "
                                                   "IP:10.1.2.3 cannot be certified");
        row("ipv6 under dns-only") << exampleTest << none << none << cn("www.example.test")
                                   << QStringList{QStringLiteral("www.example.test")}
                                   << QStringList{QStringLiteral("2001:db8::1")} << none
                                   << QStringLiteral("IP:2001:db8::1");
        row("email under dns-only") << exampleTest << none << none << cn("dave") << none << none
                                    << QStringList{QStringLiteral("dave@evil.example")}
                                    << QStringLiteral("permit no e-mail addresses, so email:dave@evil.example");
        row("email in dns domain") << exampleTest << none << none << cn("alice") << none << none
                                   << QStringList{QStringLiteral("alice@example.test")}
                                   << QStringLiteral("permit no e-mail addresses");
        row("email in reserved domain") << exampleTest << none << none << cn("x") << none << none
                                        << QStringList{QStringLiteral("x@y.invalid")}
                                        << QStringLiteral("permit no e-mail addresses");
        row("email at reserved host") << exampleTest << none << none << cn("x") << none << none
                                      << QStringList{QStringLiteral("x@invalid")}
                                      << QStringLiteral("permit no e-mail addresses");
        row("subject email under dns-only") << exampleTest << none << none
                                            << QStringLiteral("CN=dave,emailAddress=dave@evil.example") << none << none
                                            << none << QStringLiteral("email:dave@evil.example");
        row("ip inside") << exampleTest << QStringList{QStringLiteral("10.0.0.0/8")} << none << cn("www.example.test")
                         << QStringList{QStringLiteral("www.example.test")} << QStringList{QStringLiteral("10.1.2.3")}
                         << none << QString();
        row("ip outside") << exampleTest << QStringList{QStringLiteral("10.0.0.0/8")} << none << cn("www.example.test")
                          << QStringList{QStringLiteral("www.example.test")} << QStringList{QStringLiteral("192.168.1.1")}
                          << none
                          << QStringLiteral("IP:192.168.1.1 lies outside the name constraints of CA 'Test CA', which "
                                            "permit only IP:10.0.0.0/8");
        row("ipv6 beside ipv4 range") << exampleTest << QStringList{QStringLiteral("10.0.0.0/8")} << none
                                      << cn("www.example.test") << QStringList{QStringLiteral("www.example.test")}
                                      << QStringList{QStringLiteral("::1")} << none << QStringLiteral("IP:::1");
        row("ipv6 inside") << none << QStringList{QStringLiteral("fd00::/8")} << none << cn("nas")
                           << none << QStringList{QStringLiteral("fd00::20")} << none << QString();
        row("ipv4 beside ipv6 range") << none << QStringList{QStringLiteral("fd00::/8")} << none << cn("nas") << none
                                      << QStringList{QStringLiteral("10.1.2.3")} << none << QStringLiteral("IP:10.1.2.3");
        row("dns open under ip-only") << none << QStringList{QStringLiteral("10.0.0.0/8")} << none
                                      << cn("www.anything.test") << QStringList{QStringLiteral("www.anything.test")}
                                      << QStringList{QStringLiteral("10.9.9.9")} << none << QString();
        // OpenSSL checks a host-like common name as a DNS name when there is no DNS subjectAltName.
        row("ip-only cn under dns") << exampleTest << QStringList{QStringLiteral("10.0.0.0/8")} << none
                                    << cn("10.1.2.3") << none << QStringList{QStringLiteral("10.1.2.3")} << none
                                    << QStringLiteral("the common name 10.1.2.3");
        row("ip-only plain cn under dns") << exampleTest << QStringList{QStringLiteral("10.0.0.0/8")} << none
                                          << cn("NAS") << none << QStringList{QStringLiteral("10.1.2.3")} << none
                                          << QString();
        row("email at host") << none << none << QStringList{QStringLiteral("example.test")} << cn("alice") << none
                             << none << QStringList{QStringLiteral("alice@example.test")} << QString();
        row("email below host") << none << none << QStringList{QStringLiteral("example.test")} << cn("alice") << none
                                << none << QStringList{QStringLiteral("alice@mail.example.test")}
                                << QStringLiteral("permit only email:example.test");
        row("email below domain") << none << none << QStringList{QStringLiteral(".example.test")} << cn("alice")
                                  << none << none << QStringList{QStringLiteral("alice@mail.example.test")} << QString();
        row("email at domain itself") << none << none << QStringList{QStringLiteral(".example.test")} << cn("alice")
                                      << none << none << QStringList{QStringLiteral("alice@example.test")}
                                      << QStringLiteral("email:alice@example.test");
        row("ip under email-only") << none << none << QStringList{QStringLiteral("example.test")} << cn("alice")
                                   << none << QStringList{QStringLiteral("10.1.2.3")} << none
                                   << QStringLiteral("permit no IP addresses");
    }

    // Signet's check refuses exactly what `openssl verify` refuses, and names the CA, the
    // constraint and the name.
    void agreesWithOpenssl()
    {
        QFETCH(QStringList, permitDns);
        QFETCH(QStringList, permitIps);
        QFETCH(QStringList, permitEmails);
        QFETCH(QString, subject);
        QFETCH(QStringList, dns);
        QFETCH(QStringList, ips);
        QFETCH(QStringList, emails);
        QFETCH(QString, refusal);

        const auto ca = constrainedCa(permitDns, permitIps, permitEmails);
        SIGNET_VERIFY_OK(ca);
        IssuanceRequest request = dns.isEmpty() && ips.isEmpty() ? clientRequest(QString(), emails)
                                                                 : serverRequest(QString(), dns, ips);
        request.emails = emails;
        const auto parsed = DistinguishedName::parse(subject);
        SIGNET_VERIFY_OK(parsed);
        request.subject = *parsed;
        // The issuer itself does not check constraints: IssuanceService does, with this class.
        const auto leaf = issueWithNewKey(QStringLiteral("ec:p256"), request, &*ca);
        SIGNET_VERIFY_OK(leaf);

        const QByteArray openssl = opensslVerdict(ca->cert, leaf->cert);
        const Status signet = NameConstraints::of(ca->cert).check(leaf->cert, QStringLiteral("Test CA"));
        if (refusal.isEmpty()) {
            QVERIFY2(openssl.isEmpty(), openssl.constData());
            SIGNET_VERIFY_OK(signet);
            return;
        }
        QVERIFY2(openssl.contains("subtree violation"), openssl.constData());
        QVERIFY(!signet);
        QVERIFY2(signet.error().message.contains(refusal), qPrintable(signet.error().message));
    }

    // A CA below may narrow what its parent permits, never widen it.
    void subordinates_data()
    {
        QTest::addColumn<QStringList>("parent"); // dns | ip | email, as "dns:x", "ip:x", "email:x"
        QTest::addColumn<QStringList>("child");
        QTest::addColumn<QString>("refusal");
        const auto list = [](std::initializer_list<const char*> items) {
            QStringList out;
            for (const char* item : items) {
                out << QString::fromLatin1(item);
            }
            return out;
        };
        QTest::newRow("dns narrower") << list({"dns:example.test"}) << list({"dns:lab.example.test"}) << QString();
        QTest::newRow("dns below") << list({"dns:example.test"}) << list({"dns:.lab.example.test"}) << QString();
        QTest::newRow("dns same") << list({"dns:.example.test"}) << list({"dns:.example.test"}) << QString();
        QTest::newRow("dns wider") << list({"dns:lab.example.test"}) << list({"dns:example.test"})
                                   << QStringLiteral("permit only DNS:lab.example.test, so a CA below it cannot "
                                                     "permit DNS:example.test");
        QTest::newRow("dns apex under dot") << list({"dns:.example.test"}) << list({"dns:example.test"})
                                            << QStringLiteral("DNS:example.test");
        QTest::newRow("dns elsewhere") << list({"dns:example.test"}) << list({"dns:evil.test"})
                                       << QStringLiteral("DNS:evil.test");
        QTest::newRow("ip closed") << list({"dns:example.test"}) << list({"ip:10.0.0.0/8"})
                                   << QStringLiteral("permit no IP addresses, so a CA below it cannot permit "
                                                     "IP:10.0.0.0/8");
        QTest::newRow("ip narrower") << list({"ip:10.0.0.0/8"}) << list({"ip:10.1.0.0/16"}) << QString();
        QTest::newRow("ip elsewhere") << list({"ip:10.0.0.0/8"}) << list({"ip:11.0.0.0/8"})
                                      << QStringLiteral("IP:11.0.0.0/8");
        QTest::newRow("ipv6 closed") << list({"ip:10.0.0.0/8"}) << list({"ip:fd00::/8"})
                                     << QStringLiteral("IP:fd00::/8");
        QTest::newRow("email closed") << list({"dns:example.test"}) << list({"email:example.test"})
                                      << QStringLiteral("permit no e-mail addresses");
        QTest::newRow("email same host") << list({"email:example.test"}) << list({"email:example.test"}) << QString();
        QTest::newRow("email host below domain") << list({"email:.example.test"}) << list({"email:mail.example.test"})
                                                 << QString();
        QTest::newRow("email domain under host") << list({"email:example.test"}) << list({"email:.example.test"})
                                                 << QStringLiteral("email:.example.test");
        QTest::newRow("child unconstrained") << list({"dns:example.test"}) << QStringList() << QString();
    }

    void subordinates()
    {
        QFETCH(QStringList, parent);
        QFETCH(QStringList, child);
        QFETCH(QString, refusal);
        const auto build = [](const QStringList& items) {
            QStringList dns;
            QStringList ips;
            QStringList emails;
            for (const QString& item : items) {
                const QString value = item.section(QLatin1Char(':'), 1);
                (item.startsWith(QLatin1String("dns:")) ? dns : item.startsWith(QLatin1String("ip:")) ? ips : emails)
                    << value;
            }
            return NameConstraints::forPermits(dns, ips, emails);
        };
        const auto above = build(parent);
        const auto below = build(child);
        SIGNET_VERIFY_OK(above);
        SIGNET_VERIFY_OK(below);
        const Status st = above->checkSubordinate(*below, QStringLiteral("Parent"));
        if (refusal.isEmpty()) {
            SIGNET_VERIFY_OK(st);
            return;
        }
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(refusal), qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(QStringLiteral("CA 'Parent'")));
    }
};

QTEST_GUILESS_MAIN(tst_NameConstraints)
#include "tst_NameConstraints.moc"
