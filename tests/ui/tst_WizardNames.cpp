// The wizards read names by the core's rules, the same as the command line: their live hints show
// the core's words, and what they issue holds the names as the core normalizes them.

#include "GuiTestMain.h"
#include "WizardTestSupport.h"
#include "TypedValues.h"

#include "pki/NameConstraints.h"
#include "pki/NameRules.h"
#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"

#include <QLabel>

using namespace signet;
using namespace signet::test;

class tst_WizardNames : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    int m_runs = 0; // data rows run one function more than once: each gets a workspace of its own
    Workspace& ws() { return m_fixture.ws(); }
    Certificate certificateOf(const CertificateRecord& record) { return m_fixture.certificateOf(record); }

private slots:
    void init()
    {
        m_fixture.now = test::wizardEpoch();
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(m_fixture.open(QStringLiteral("%1-%2.signet").arg(function).arg(++m_runs)));
    }
    void cleanup() { m_fixture.close(); }

    void serverRefusesMistypedAddress_data();
    void serverRefusesMistypedAddress();
    void serverTakesInternationalName();
    void clientEmailWithInternationalDomain();
    void caUrlsAndDomainsByCoreRules();
    void takenNameShownAsItWillBe();
};

void tst_WizardNames::serverRefusesMistypedAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("IPv4 out of range") << QStringLiteral("www.example.com\n999.1.1.1")
                                       << QStringLiteral("'999.1.1.1' is not a valid IP address");
    QTest::newRow("three parts") << QStringLiteral("10.1.2") << QStringLiteral("'10.1.2' is not a valid IP address");
    QTest::newRow("IPv6") << QStringLiteral("fd00::1::2") << QStringLiteral("'fd00::1::2' is not a valid IP address");
    QTest::newRow("inner wildcard") << QStringLiteral("a.*.example")
                                    << QStringLiteral("'a.*.example' is not a valid DNS name");
    QTest::newRow("e-mail") << QStringLiteral("anna@example.com")
                            << QStringLiteral("Neither a host name nor an IP address: anna@example.com");
}

void tst_WizardNames::serverRefusesMistypedAddress()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
    const qint64 before = m_fixture.certificateCount();
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", typed);
    QVERIFY(!nextEnabled(wizard));
    auto* hint = child<QLabel>(&wizard, "hostNamesHint");
    QVERIFY(hint->isVisibleTo(&wizard));
    QVERIFY2(hint->text().contains(message), qPrintable(hint->text()));
    // Never a DNS name: the preview does not list it as one.
    QVERIFY2(!child<QLabel>(&wizard, "hostNamesPreview")->text().contains(QStringLiteral("999")),
             qPrintable(child<QLabel>(&wizard, "hostNamesPreview")->text()));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    QCOMPARE(m_fixture.certificateCount(), before);

    setText(&wizard, "hostNamesEdit", QStringLiteral("www.example.com"));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(!hint->isVisibleTo(&wizard));
}

void tst_WizardNames::serverTakesInternationalName()
{
    const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", QStringLiteral("bücher.example\nWWW.Bücher.Example.\n::1"));
    QVERIFY(nextEnabled(wizard));
    const QString preview = child<QLabel>(&wizard, "hostNamesPreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("Common name: xn--bcher-kva.example")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("www.xn--bcher-kva.example")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("IP addresses: ::1")), qPrintable(preview));
    wizard.next();
    wizard.next();
    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("DNS:xn--bcher-kva.example")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("CN=xn--bcher-kva.example")));
    QVERIFY(test::finish(wizard));

    auto record = ws().find(CertificateRef::typed(QStringLiteral("xn--bcher-kva.example")));
    SIGNET_VERIFY_OK(record);
    QCOMPARE(record->id, wizard.created().id);
    const Certificate cert = certificateOf(*record);
    QCOMPARE(cert.commonName(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(cert.dnsNames(),
             (QStringList{QStringLiteral("xn--bcher-kva.example"), QStringLiteral("www.xn--bcher-kva.example")}));
    QCOMPARE(cert.subjectAltNames().size(), 3);
}

void tst_WizardNames::clientEmailWithInternationalDomain()
{
    const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
    NewClientWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "commonNameEdit", QStringLiteral("Anna"));
    setText(&wizard, "emailEdit", QStringLiteral("anna@"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(child<QLabel>(&wizard, "emailHint")->text(),
             NameRules::normalizedEmailAddress(QStringLiteral("anna@")).error().message);
    setText(&wizard, "emailEdit", QStringLiteral("anna@Bücher.example"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    wizard.next();
    QVERIFY2(summaryText(wizard).contains(QStringLiteral("email:anna@xn--bcher-kva.example")),
             qPrintable(summaryText(wizard)));
    QVERIFY(test::finish(wizard));
    QCOMPARE(certificateOf(wizard.created()).emailAddresses(),
             QStringList{QStringLiteral("anna@xn--bcher-kva.example")});
}

void tst_WizardNames::caUrlsAndDomainsByCoreRules()
{
    NewCaWizard wizard(ws(), std::nullopt);
    wizard.show();
    wizard.next();
    setText(&wizard, "nameEdit", QStringLiteral("Books Root"));
    setText(&wizard, "organizationEdit", QStringLiteral("#1 Books, Inc."));
    QCOMPARE(child<QLabel>(&wizard, "subjectPreview")->text(), QStringLiteral("CN=Books Root,O=\\#1 Books\\, Inc."));
    wizard.next();

    // The hint says what the core says about each URL, word for word.
    auto* hint = child<QLabel>(&wizard, "keyPageHint");
    const QString ftp = QStringLiteral("ftp://pki.example.com/ca.crl");
    setText(&wizard, "crlUrlEdit", ftp);
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(hint->text(), NameRules::checkCrlUrl(ftp).error().message);
    const QString ldap = QStringLiteral("ldap://ldap.example.com/cn=Books%20Root,dc=example?certificateRevocationList");
    setText(&wizard, "crlUrlEdit", ldap);
    QVERIFY(nextEnabled(wizard));
    setText(&wizard, "aiaUrlEdit", QStringLiteral("ldap://ldap.example.com/cn=Books%20Root"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(hint->text(),
             NameRules::checkCaIssuersUrl(QStringLiteral("ldap://ldap.example.com/cn=Books%20Root")).error().message);
    setText(&wizard, "aiaUrlEdit", QString());

    setText(&wizard, "permittedDnsEdit", QStringLiteral("*.example.com"));
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(hint->text(), NameRules::dnsConstraintDomain(QStringLiteral("*.example.com")).error().message);
    setText(&wizard, "permittedDnsEdit", QStringLiteral("bücher.example, .Lab.Example"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("xn--bcher-kva.example")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral(".lab.example")));
    QVERIFY(test::finish(wizard));

    QCOMPARE(wizard.created().crlUrl, ldap);
    const Certificate cert = certificateOf(wizard.created());
    QCOMPARE(cert.subject(), QStringLiteral("CN=Books Root,O=\\#1 Books\\, Inc."));
    QStringList domains = NameConstraints::of(cert).extensionText().split(QLatin1Char(','));
    QVERIFY2(domains.contains(QStringLiteral("permitted;DNS:xn--bcher-kva.example")), qPrintable(domains.join(u' ')));
    QVERIFY(domains.contains(QStringLiteral("permitted;DNS:.lab.example")));
}

// A second certificate for a host gets a numbered name; the summary says which before Finish.
void tst_WizardNames::takenNameShownAsItWillBe()
{
    const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
    LeafOptions first;
    first.ca = CertificateRef::id(root.id);
    first.dnsNames = {QStringLiteral("www.example.test")};
    SIGNET_VERIFY_OK(ws().issue(first));
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", QStringLiteral("www.example.test"));
    wizard.next();
    wizard.next();
    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("www.example.test (2)")), qPrintable(summary));
    QVERIFY(test::finish(wizard));
    QCOMPARE(wizard.created().name, QStringLiteral("www.example.test (2)"));
}

SIGNET_GUI_TEST_MAIN(tst_WizardNames)
#include "tst_WizardNames.moc"
