// The template picker on the first page of the issuance wizards: what it offers, what choosing a
// template fills in, and what lands in the workspace, with the workspace's subject defaults.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "WizardTestSupport.h"

#include "dialogs/DefaultsDialog.h"
#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QLabel>
#include <QSpinBox>

using namespace signet;
using signet::test::child;
using signet::test::chooseData;
using signet::test::setText;

namespace {
QStringList itemTexts(QComboBox* combo)
{
    QStringList out;
    for (int i = 0; combo != nullptr && i < combo->count(); ++i) {
        out << combo->itemText(i);
    }
    return out;
}

SubjectDefaults acme()
{
    SubjectDefaults d;
    d.organization = QStringLiteral("Acme");
    d.country = QStringLiteral("DE");
    return d;
}
} // namespace

class tst_WizardTemplates : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    Workspace& ws() { return m_fixture.ws(); }

private slots:
    void init()
    {
        m_fixture.now = test::wizardEpoch();
        QVERIFY(m_fixture.open(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet")));
        QVERIFY(ws().setDefaults({}, acme()));
    }
    void cleanup() { m_fixture.close(); }

    void serverWizardIssuesFromTemplate()
    {
        const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
        IssuanceTemplate db{QStringLiteral("db"), Profile::Server, test::keySpec(QStringLiteral("ec:p384")), 90};
        db.subject.organizationalUnit = QStringLiteral("Data");
        db.dnsPatterns = {QStringLiteral("{cn}.db.internal")};
        QVERIFY(ws().createTemplate(db));

        NewServerWizard wizard(ws(), root.id);
        wizard.show();
        auto* picker = child<QComboBox>(wizard.currentPage(), "templatePicker");
        QVERIFY(picker);
        QCOMPARE(itemTexts(picker), (QStringList{QStringLiteral("(none)"), QStringLiteral("web-server (built-in)"),
                                                 QStringLiteral("internal-service (built-in)"),
                                                 QStringLiteral("db")}));
        QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("db")));
        setText(&wizard, "hostNamesEdit", QStringLiteral("pg1"));
        wizard.next();
        QCOMPARE(child<QComboBox>(&wizard, "keyTypeCombo")->currentData().toString(), QStringLiteral("ec:p384"));
        QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 90);
        wizard.next();
        const QString summary = test::summaryText(wizard);
        QVERIFY2(summary.contains(QStringLiteral("DNS:pg1.db.internal")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("CN=pg1,OU=Data,O=Acme,C=DE")), qPrintable(summary));
        QVERIFY(test::finish(wizard));

        const CertificateRecord record = wizard.created();
        QCOMPARE(record.subject, QStringLiteral("CN=pg1,OU=Data,O=Acme,C=DE"));
        const Certificate cert = m_fixture.certificateOf(record);
        QCOMPARE(cert.subjectAltNames(), (QStringList{QStringLiteral("DNS:pg1"), QStringLiteral("DNS:pg1.db.internal")}));
        QCOMPARE(cert.publicKeyDescription(), QStringLiteral("ECDSA P-384"));
        QCOMPARE(test::wizardEpoch().daysTo(record.notAfter), 90);
    }

    void chosenValuesWinOverTheTemplate()
    {
        const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
        NewServerWizard wizard(ws(), root.id);
        wizard.show();
        QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("web-server")));
        setText(&wizard, "hostNamesEdit", QStringLiteral("www.example.com"));
        wizard.next();
        child<QSpinBox>(&wizard, "validitySpin")->setValue(200);
        wizard.next();
        QVERIFY(test::finish(wizard));
        QCOMPARE(test::wizardEpoch().daysTo(wizard.created().notAfter), 200);
        QCOMPARE(wizard.created().subject, QStringLiteral("CN=www.example.com,O=Acme,C=DE"));
    }

    void clientWizardWithServerClientTemplate()
    {
        const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
        NewClientWizard wizard(ws(), root.id);
        wizard.show();
        QVERIFY(!itemTexts(child<QComboBox>(&wizard, "templatePicker")).contains(QStringLiteral("web-server (built-in)")));
        QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("internal-service")));
        setText(&wizard, "commonNameEdit", QStringLiteral("billing"));
        wizard.next();
        QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 397);
        wizard.next();
        QVERIFY(test::summaryText(wizard).contains(QStringLiteral("DNS:billing.internal")));
        QVERIFY(test::finish(wizard));
        QCOMPARE(wizard.created().profile, Profile::ServerClient);
        QVERIFY(m_fixture.certificateOf(wizard.created()).subjectAltNames().contains(QStringLiteral("DNS:billing.internal")));
    }

    void caWizardStartsFromDefaultsAndTemplate()
    {
        {
            NewCaWizard wizard(ws(), std::nullopt);
            wizard.show();
            QCOMPARE(child<QLineEdit>(&wizard, "organizationEdit")->text(), QStringLiteral("Acme"));
            QCOMPARE(child<QLineEdit>(&wizard, "countryEdit")->text(), QStringLiteral("DE"));
            QVERIFY(!child<QComboBox>(wizard.currentPage(), "templatePicker")->isEnabled()); // no CA templates yet
        }
        IssuanceTemplate corp{QStringLiteral("corp-root"), Profile::RootCa, test::keySpec(QStringLiteral("rsa:4096")), 7300};
        corp.subject.organization = QStringLiteral("Acme Trust");
        QVERIFY(ws().createTemplate(corp));
        NewCaWizard wizard(ws(), std::nullopt);
        wizard.show();
        QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("corp-root")));
        QCOMPARE(child<QLineEdit>(&wizard, "organizationEdit")->text(), QStringLiteral("Acme Trust"));
        wizard.next();
        wizard.next();
        QCOMPARE(child<QComboBox>(&wizard, "keyTypeCombo")->currentData().toString(), QStringLiteral("rsa:4096"));
        QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 7300);
    }

    void signWizardTakesProfileAndValidity()
    {
        const CertificateRecord root = m_fixture.makeRoot(QStringLiteral("Root"));
        SignRequestWizard wizard(ws(), root.id);
        wizard.show();
        QVERIFY(child<QComboBox>(wizard.currentPage(), "templatePicker"));
        QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("vpn-client")));
        QCOMPARE(child<QComboBox>(&wizard, "profileCombo")->currentData().toString(), QStringLiteral("client"));
        QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 365);
    }

    void defaultsDialogSavesThroughTheCore()
    {
        DefaultsDialog dialog(ws());
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "organizationEdit")->text(), QStringLiteral("Acme"));
        setText(&dialog, "countryEdit", QStringLiteral("Germany"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: what was typed stays
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("two-letter")));
        QCOMPARE(ws().defaults()->country, QStringLiteral("DE"));
        setText(&dialog, "countryEdit", QStringLiteral("at"));
        setText(&dialog, "emailDomainEdit", QStringLiteral("Example.COM"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws().defaults()->country, QStringLiteral("AT"));
        QCOMPARE(ws().defaults()->emailDomain, QStringLiteral("example.com"));
    }
};

SIGNET_GUI_TEST_MAIN(tst_WizardTemplates)
#include "tst_WizardTemplates.moc"
