// The New CA wizard's limits and publication URLs: permitted IP ranges and e-mail domains checked
// live by the core's rules, the CA certificate URL (Authority Information Access), what the summary
// shows, and what the new CA then issues and refuses.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "WizardTestSupport.h"

#include "InspectorWidget.h"
#include "pki/NameConstraints.h"
#include "wizards/NewCaWizard.h"
#include "wizards/NewServerWizard.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace signet;
using signet::test::child;
using signet::test::nextEnabled;
using signet::test::setText;

namespace {
QString summaryText(QWizard& wizard)
{
    auto* view = test::child<QTextBrowser>(&wizard, "summaryView");
    return view ? view->toPlainText() : QString();
}

// The inspector's Extensions tab for `record`: extension name -> decoded value.
QMap<QString, QString> inspectedExtensions(Workspace& ws, const CertificateRecord& record)
{
    InspectorWidget inspector;
    inspector.showCertificate(&ws, &record);
    QMap<QString, QString> out;
    auto* tree = inspector.findChild<QTreeWidget*>(QStringLiteral("extensionsTree"));
    for (int i = 0; tree != nullptr && i < tree->topLevelItemCount(); ++i) {
        out.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->toolTip(2));
    }
    return out;
}

} // namespace

class tst_NewCaWizardLimits : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    Workspace& ws() { return m_fixture.ws(); }
    Certificate certificateOf(const CertificateRecord& record) { return m_fixture.certificateOf(record); }

private slots:
    void init()
    {
        m_fixture.now = test::wizardEpoch();
        QVERIFY(m_fixture.open(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet")));
    }
    void cleanup() { m_fixture.close(); }

    void ipRangesEmailDomainsAndAia();
};

void tst_NewCaWizardLimits::ipRangesEmailDomainsAndAia()
{
    CaOptions rootOptions;
    rootOptions.name = QStringLiteral("Root");
    rootOptions.subject = test::dn(QStringLiteral("CN=Root"));
    rootOptions.key = test::keySpec(QStringLiteral("ec:p256"));
    rootOptions.aiaUrl = QStringLiteral("http://pki.office.test/root.crt");
    auto root = ws().createCa(rootOptions);
    SIGNET_VERIFY_OK(root);
    NewCaWizard wizard(ws(), root->record.id);
    wizard.show();
    wizard.next();
    setText(&wizard, "nameEdit", QStringLiteral("Office CA"));
    wizard.next();

    // Each field is checked live by the core's rules, whose words the hint shows.
    auto* hint = child<QLabel>(&wizard, "keyPageHint");
    setText(&wizard, "permittedDnsEdit", QStringLiteral("office.test"));
    setText(&wizard, "permittedIpEdit", QStringLiteral("192.168.10.1/24"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(hint->isVisibleTo(&wizard));
    QVERIFY2(hint->text().contains(QStringLiteral("write 192.168.10.0/24")), qPrintable(hint->text()));
    setText(&wizard, "permittedIpEdit", QStringLiteral("192.168.10.0/24, fd00:10::/32"));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(!hint->isVisibleTo(&wizard));
    setText(&wizard, "permittedEmailEdit", QStringLiteral("anna@office.test"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(hint->text().contains(QStringLiteral("not an e-mail domain")), qPrintable(hint->text()));
    setText(&wizard, "permittedEmailEdit", QStringLiteral("office.test .Mail.Office.Test"));
    QVERIFY(nextEnabled(wizard));
    setText(&wizard, "aiaUrlEdit", QStringLiteral("ldap://ldap.office.test/cn=Office%20CA"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(hint->text().contains(QStringLiteral("http:// or https://")), qPrintable(hint->text()));
    setText(&wizard, "aiaUrlEdit", QStringLiteral("http://pki.office.test/office.crt"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    const QString summary = summaryText(wizard);
    for (const QString& expected :
         {QStringLiteral("192.168.10.0/24"), QStringLiteral("fd00:10::/32"), QStringLiteral(".mail.office.test"),
          QStringLiteral("Publishes its certificate at:"), QStringLiteral("http://pki.office.test/office.crt"),
          QStringLiteral("CA issuers (AIA):"), QStringLiteral("http://pki.office.test/root.crt")}) {
        QVERIFY2(summary.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + summary));
    }
    QVERIFY(test::finish(wizard));

    auto record = ws().find(CertificateRef::typed(QStringLiteral("Office CA")));
    SIGNET_VERIFY_OK(record);
    QCOMPARE(record->aiaUrl, QStringLiteral("http://pki.office.test/office.crt"));
    const Certificate cert = certificateOf(*record);
    QCOMPARE(cert.caIssuersUrls(), QStringList{QStringLiteral("http://pki.office.test/root.crt")});
    QCOMPARE(NameConstraints::of(cert).extensionText(),
             QStringLiteral("critical,permitted;DNS:office.test,permitted;IP:192.168.10.0/255.255.255.0,"
                            "permitted;IP:fd00:10::/ffff:ffff::,permitted;email:office.test,"
                            "permitted;email:.mail.office.test"));

    // What the new CA issues points to it, and its constraints hold.
    NewServerWizard server(ws(), record->id);
    server.show();
    setText(&server, "hostNamesEdit", QStringLiteral("nas.office.test\n192.168.10.20"));
    server.next();
    server.next();
    QVERIFY(summaryText(server).contains(QStringLiteral("http://pki.office.test/office.crt")));
    QVERIFY(test::finish(server));
    QCOMPARE(certificateOf(server.created()).caIssuersUrls(), QStringList{QStringLiteral("http://pki.office.test/office.crt")});
    // The inspector decodes both extensions.
    const QMap<QString, QString> leafExtensions = inspectedExtensions(ws(), server.created());
    QVERIFY2(leafExtensions.value(QStringLiteral("Authority Information Access"))
                 .contains(QStringLiteral("CA Issuers - URI:http://pki.office.test/office.crt")),
             qPrintable(leafExtensions.keys().join(QStringLiteral(", "))));
    const QString constraints = inspectedExtensions(ws(), *record).value(QStringLiteral("Name Constraints"));
    QVERIFY2(constraints.contains(QStringLiteral("IP:192.168.10.0/255.255.255.0"))
                 && constraints.contains(QStringLiteral("email:.mail.office.test")),
             qPrintable(constraints));
    NewServerWizard outside(ws(), record->id);
    outside.show();
    setText(&outside, "hostNamesEdit", QStringLiteral("nas.office.test\n10.1.2.3"));
    outside.next();
    outside.next();
    QVERIFY(!test::finish(outside));
    QVERIFY2(outside.lastError().contains(QStringLiteral("IP:10.1.2.3 lies outside the name constraints of CA 'Office CA'")),
             qPrintable(outside.lastError()));
}

SIGNET_GUI_TEST_MAIN(tst_NewCaWizardLimits)
#include "tst_NewCaWizardLimits.moc"
