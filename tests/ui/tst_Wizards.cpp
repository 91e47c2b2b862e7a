// The four issuance wizards filled through their widgets on a real workspace; each test asserts
// what landed in the workspace after Finish (or that nothing did, when Finish must fail).
// (tests/shots/shots_wizards.cpp takes screenshots of every page.)

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "WizardTestSupport.h"

#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>

using namespace signet;
using signet::test::chooseData;
using signet::test::child;
using signet::test::nextEnabled;
using signet::test::runOpenssl;
using signet::test::setText;

namespace {
int validityDays(const CertificateRecord& record)
{
    return static_cast<int>((record.notAfter.toSecsSinceEpoch() - test::wizardEpoch().toSecsSinceEpoch()) / 86400);
}

QString summaryText(QWizard& wizard)
{
    auto* view = test::child<QTextBrowser>(&wizard, "summaryView");
    return view ? view->toPlainText() : QString();
}

} // namespace

class tst_Wizards : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    Workspace& ws() { return m_fixture.ws(); }
    qint64 certificateCount() { return m_fixture.certificateCount(); }
    CertificateRecord makeRoot(const QString& name, int days = 3650, const QString& crlUrl = {})
    {
        return m_fixture.makeRoot(name, days, crlUrl);
    }
    Certificate certificateOf(const CertificateRecord& record) { return m_fixture.certificateOf(record); }

private slots:
    void init()
    {
        m_fixture.now = test::wizardEpoch();
        QVERIFY(m_fixture.open(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet")));
    }
    void cleanup() { m_fixture.close(); }

    void rootCa();
    void intermediateCaWithConstraints();
    void serverWithHostsAndIp();
    void clientWithEmailAndExport();
    void signCsrKeepsSans();
    void rsaKeyThroughProgress();
    void cancelKeyGeneration();
    void errorKeepsWizardOpen();
    void caComboSkipsUnusableCas();
};

void tst_Wizards::rootCa()
{
    NewCaWizard wizard(ws(), std::nullopt);
    wizard.show();
    QVERIFY(child<QRadioButton>(&wizard, "rootRadio")->isChecked());
    QVERIFY(!child<QRadioButton>(&wizard, "intermediateRadio")->isEnabled()); // no CA can sign yet
    QVERIFY(!child<QComboBox>(&wizard, "parentCaCombo")->isEnabled());
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    QVERIFY(!nextEnabled(wizard)); // name and common name are required
    setText(&wizard, "nameEdit", QStringLiteral("Lab Root"));
    setText(&wizard, "commonNameEdit", QStringLiteral("Lab Root CA, Main"));
    setText(&wizard, "organizationEdit", QStringLiteral("Lab, Inc."));
    setText(&wizard, "countryEdit", QStringLiteral("d"));
    QVERIFY(!nextEnabled(wizard)); // one letter is no country
    setText(&wizard, "countryEdit", QStringLiteral("de"));
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(child<QLabel>(&wizard, "subjectPreview")->text(), QStringLiteral("CN=Lab Root CA\\, Main,O=Lab\\, Inc.,C=DE"));
    wizard.next();

    QCOMPARE(child<QComboBox>(&wizard, "keyTypeCombo")->currentData().toString(), QStringLiteral("ec:p384"));
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 3650);
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->maximum(), 36500);
    QCOMPARE(child<QSpinBox>(&wizard, "pathLengthSpin")->value(), -1);
    QCOMPARE(child<QSpinBox>(&wizard, "pathLengthSpin")->text(), QStringLiteral("no limit"));
    setText(&wizard, "crlUrlEdit", QStringLiteral("ftp://pki.example.com/root.crl"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(child<QLabel>(&wizard, "keyPageHint")->isVisibleTo(&wizard));
    setText(&wizard, "crlUrlEdit", QStringLiteral("http://pki.example.com/root.crl"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("Root CA")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("CN=Lab Root CA\\, Main,O=Lab\\, Inc.,C=DE")));
    QVERIFY(summary.contains(QStringLiteral("ECDSA P-384")));
    QVERIFY(summary.contains(QStringLiteral("3650 day")));
    QVERIFY(summary.contains(QStringLiteral("http://pki.example.com/root.crl")));
    QVERIFY(test::finish(wizard));

    auto record = ws().find(CertificateRef::typed(QStringLiteral("Lab Root")));
    SIGNET_VERIFY_OK(record);
    QCOMPARE(wizard.created().id, record->id);
    QCOMPARE(record->profile, Profile::RootCa);
    QVERIFY(record->isCa && record->keyId && !record->issuerId);
    QCOMPARE(record->crlUrl, QStringLiteral("http://pki.example.com/root.crl"));
    QCOMPARE(validityDays(*record), 3650);
    const Certificate cert = certificateOf(*record);
    QCOMPARE(cert.commonName(), QStringLiteral("Lab Root CA, Main"));
    const QList<QPair<QString, QString>> expected = {{QStringLiteral("C"), QStringLiteral("DE")},
                                                     {QStringLiteral("O"), QStringLiteral("Lab, Inc.")},
                                                     {QStringLiteral("CN"), QStringLiteral("Lab Root CA, Main")}};
    QCOMPARE(cert.subjectName().entries(), expected);
    QCOMPARE(cert.publicKeyDescription(), QStringLiteral("ECDSA P-384"));
    QCOMPARE(cert.pathLength(), -1);
    QVERIFY(cert.isSelfIssued());
}

void tst_Wizards::intermediateCaWithConstraints()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    NewCaWizard wizard(ws(), root.id);
    wizard.show();
    QVERIFY(child<QRadioButton>(&wizard, "intermediateRadio")->isChecked());
    auto* parentCombo = child<QComboBox>(&wizard, "parentCaCombo");
    QVERIFY(parentCombo->isEnabled());
    QCOMPARE(parentCombo->currentData().toLongLong(), root.id);
    QVERIFY(parentCombo->currentText().contains(QStringLiteral("Root CA")));
    wizard.next();

    setText(&wizard, "nameEdit", QStringLiteral("Issuing CA"));
    QCOMPARE(child<QLineEdit>(&wizard, "commonNameEdit")->text(), QStringLiteral("Issuing CA")); // follows the name
    wizard.next();

    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 1825);
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->maximum(), 3650); // may not outlive the root
    QCOMPARE(child<QSpinBox>(&wizard, "pathLengthSpin")->value(), 0);
    child<QSpinBox>(&wizard, "pathLengthSpin")->setValue(1);
    QVERIFY(chooseData(&wizard, "keyTypeCombo", QStringLiteral("ec:p256")));
    setText(&wizard, "permittedDnsEdit", QStringLiteral("example.com, bad_domain!"));
    QVERIFY(!nextEnabled(wizard));
    setText(&wizard, "permittedDnsEdit", QStringLiteral("example.com, .lab.example.net"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("Intermediate CA")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("CN=Root,O=Signet Tests")));
    QVERIFY(summary.contains(QStringLiteral(".lab.example.net")));
    // Constrained in DNS names only: no IP or e-mail address is left.
    QVERIFY2(summary.contains(QStringLiteral("none: every IP address is refused")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("none: every e-mail address is refused")));
    QVERIFY(test::finish(wizard));

    auto record = ws().find(CertificateRef::typed(QStringLiteral("Issuing CA")));
    SIGNET_VERIFY_OK(record);
    QCOMPARE(record->profile, Profile::IntermediateCa);
    QCOMPARE(record->issuerId, std::optional<qint64>(root.id));
    QCOMPARE(validityDays(*record), 1825);
    const Certificate cert = certificateOf(*record);
    QCOMPARE(cert.subject(), QStringLiteral("CN=Issuing CA"));
    QCOMPARE(cert.issuer(), QStringLiteral("CN=Root,O=Signet Tests"));
    QCOMPARE(cert.pathLength(), 1);
    QCOMPARE(cert.publicKeyDescription(), QStringLiteral("ECDSA P-256"));
    QStringList domains = cert.permittedDnsDomains();
    domains.sort();
    QCOMPARE(domains, (QStringList{QStringLiteral(".lab.example.net"), QStringLiteral("example.com")}));
}

void tst_Wizards::serverWithHostsAndIp()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"), 3650, QStringLiteral("http://pki.test/root.crl"));
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    QCOMPARE(child<QComboBox>(&wizard, "caCombo")->currentData().toLongLong(), root.id);
    QVERIFY(wizard.currentPage()->subTitle().contains(QStringLiteral("common name")));
    QVERIFY(!nextEnabled(wizard)); // at least one host name
    setText(&wizard, "hostNamesEdit", QStringLiteral("www.example.com, exa$mple.com"));
    QVERIFY(!nextEnabled(wizard));
    setText(&wizard, "hostNamesEdit", QStringLiteral("www.example.com, example.com\n192.168.1.10\n"));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(child<QLabel>(&wizard, "hostNamesPreview")->text().contains(QStringLiteral("192.168.1.10")));
    wizard.next();

    QCOMPARE(child<QComboBox>(&wizard, "keyTypeCombo")->currentData().toString(), QStringLiteral("ec:p256"));
    QVERIFY(child<QComboBox>(&wizard, "keyTypeCombo")->currentText().contains(QStringLiteral("recommended")));
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 397);
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->maximum(), 825);
    QVERIFY(child<QLineEdit>(&wizard, "nameEdit")->placeholderText().contains(QStringLiteral("www.example.com")));
    wizard.next();

    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("DNS:example.com")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("IP:192.168.1.10")));
    QVERIFY(summary.contains(QStringLiteral("CN=www.example.com")));
    QVERIFY(summary.contains(QStringLiteral("http://pki.test/root.crl")));
    QVERIFY(test::finish(wizard));

    const CertificateRecord record = wizard.created();
    QCOMPARE(record.name, QStringLiteral("www.example.com"));
    QCOMPARE(record.profile, Profile::Server);
    QCOMPARE(record.issuerId, std::optional<qint64>(root.id));
    QVERIFY(record.keyId.has_value());
    QCOMPARE(validityDays(record), 397);
    const Certificate cert = certificateOf(record);
    QCOMPARE(cert.commonName(), QStringLiteral("www.example.com"));
    QCOMPARE(cert.dnsNames(), (QStringList{QStringLiteral("www.example.com"), QStringLiteral("example.com")}));
    QVERIFY2(cert.subjectAltNames().contains(QStringLiteral("IP:192.168.1.10")),
             qPrintable(cert.subjectAltNames().join(QLatin1Char(' '))));
    QCOMPARE(cert.subjectAltNames().size(), 3);
    QCOMPARE(cert.extendedKeyUsage(), QStringList{QStringLiteral("serverAuth")});
    QCOMPARE(cert.publicKeyDescription(), QStringLiteral("ECDSA P-256"));
    QCOMPARE(cert.crlDistributionPoints(), QStringList{QStringLiteral("http://pki.test/root.crl")});
}

void tst_Wizards::clientWithEmailAndExport()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    NewClientWizard wizard(ws(), root.id);
    wizard.show();
    QVERIFY(!nextEnabled(wizard));
    setText(&wizard, "commonNameEdit", QStringLiteral("Anna's iPhone"));
    setText(&wizard, "emailEdit", QStringLiteral("anna@"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(child<QLabel>(&wizard, "emailHint")->isVisibleTo(&wizard));
    setText(&wizard, "emailEdit", QStringLiteral("anna@example.com"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 397);
    child<QSpinBox>(&wizard, "validitySpin")->setValue(730);
    wizard.next();

    auto* exportCheck = child<QCheckBox>(&wizard, "exportP12Check");
    QVERIFY(exportCheck->isChecked());
    QVERIFY(exportCheck->isVisible());
    QVERIFY(summaryText(wizard).contains(QStringLiteral("email:anna@example.com")));
    QVERIFY(test::finish(wizard));
    QVERIFY(wizard.exportRequested());

    const CertificateRecord record = wizard.created();
    QCOMPARE(record.name, QStringLiteral("Anna's iPhone"));
    QCOMPARE(record.profile, Profile::Client);
    QCOMPARE(validityDays(record), 730);
    const Certificate cert = certificateOf(record);
    QCOMPARE(cert.subject(), QStringLiteral("CN=Anna's iPhone"));
    QCOMPARE(cert.emailAddresses(), QStringList{QStringLiteral("anna@example.com")});
    QCOMPARE(cert.extendedKeyUsage(), QStringList{QStringLiteral("clientAuth")});

    NewClientWizard second(ws(), root.id);
    second.show();
    setText(&second, "commonNameEdit", QStringLiteral("build-server-3"));
    second.next();
    second.next();
    child<QCheckBox>(&second, "exportP12Check")->setChecked(false);
    QVERIFY(test::finish(second));
    QVERIFY(!second.exportRequested());
    QVERIFY(certificateOf(second.created()).emailAddresses().isEmpty());
}

void tst_Wizards::signCsrKeepsSans()
{
    // scripts/install-deps.sh installs openssl; without it this check would prove nothing.
    QVERIFY2(!signet::test::opensslProgram().isEmpty(),
             "the openssl command is not installed (scripts/install-deps.sh installs it)");
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    QTemporaryDir dir;
    const QString csrPath = dir.filePath(QStringLiteral("app.csr"));
    const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                  QStringLiteral("-keyout"), dir.filePath(QStringLiteral("app.key")),
                                  QStringLiteral("-out"), csrPath, QStringLiteral("-subj"),
                                  QStringLiteral("/O=Acme/CN=app.internal"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=DNS:app.internal,DNS:api.internal")});
    QVERIFY2(made.ok(), made.describe().constData());
    const QByteArray pem = signet::test::readFile(csrPath);

    SignRequestWizard wizard(ws(), root.id, nullptr, pem);
    wizard.show();
    auto* details = child<QLabel>(&wizard, "csrDetails");
    QVERIFY2(details->text().contains(QStringLiteral("DNS:api.internal")), qPrintable(details->text()));
    QVERIFY(details->text().contains(QStringLiteral("ECDSA P-256")));
    QVERIFY(nextEnabled(wizard));

    setText(&wizard, "csrEdit", QStringLiteral("not a request"));
    QVERIFY(!nextEnabled(wizard));
    // A request altered after it was signed parses, but its signature does not verify.
    const auto der = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), csrPath, QStringLiteral("-outform"),
                                 QStringLiteral("DER")});
    QVERIFY(der.ok());
    QByteArray tampered = der.out;
    tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 0x01);
    setText(&wizard, "csrEdit",
            QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----\n%1\n-----END CERTIFICATE REQUEST-----\n")
                .arg(QString::fromLatin1(tampered.toBase64())));
    QVERIFY2(details->text().contains(QStringLiteral("INVALID")), qPrintable(details->text()));
    QVERIFY(!nextEnabled(wizard));
    setText(&wizard, "csrEdit", QString::fromLatin1(pem));
    QVERIFY(nextEnabled(wizard));
    wizard.next();

    QCOMPARE(child<QComboBox>(&wizard, "caCombo")->currentData().toLongLong(), root.id);
    QVERIFY(chooseData(&wizard, "profileCombo", QStringLiteral("server-client")));
    QCOMPARE(child<QSpinBox>(&wizard, "validitySpin")->value(), 397);
    child<QSpinBox>(&wizard, "validitySpin")->setValue(200);
    setText(&wizard, "nameEdit", QStringLiteral("App"));
    wizard.next();

    const QString summary = summaryText(wizard);
    QVERIFY2(summary.contains(QStringLiteral("DNS:app.internal")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("DNS:api.internal")));
    QVERIFY(summary.contains(QStringLiteral("exactly as requested")));
    QVERIFY(summary.contains(QStringLiteral("Server + Client")));
    QVERIFY(test::finish(wizard));

    auto record = ws().find(CertificateRef::typed(QStringLiteral("App")));
    SIGNET_VERIFY_OK(record);
    QCOMPARE(record->profile, Profile::ServerClient);
    QVERIFY(!record->keyId.has_value()); // the requester keeps the key
    QCOMPARE(validityDays(*record), 200);
    const Certificate cert = certificateOf(*record);
    QCOMPARE(cert.subjectAltNames(), (QStringList{QStringLiteral("DNS:app.internal"), QStringLiteral("DNS:api.internal")}));
    QCOMPARE(cert.subject(), QStringLiteral("CN=app.internal,O=Acme"));
    QCOMPARE(cert.publicKeyDescription(), QStringLiteral("ECDSA P-256"));
    QStringList usages = cert.extendedKeyUsage();
    usages.sort();
    QCOMPARE(usages, (QStringList{QStringLiteral("clientAuth"), QStringLiteral("serverAuth")}));
}

void tst_Wizards::rsaKeyThroughProgress()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", QStringLiteral("legacy.example.com"));
    wizard.next();
    QVERIFY(chooseData(&wizard, "keyTypeCombo", QStringLiteral("rsa:2048")));
    wizard.next();
    // Runs inside runWithProgress's event loop, while the worker thread makes the key.
    bool progressSeen = false;
    QTimer::singleShot(0, &wizard, [&] {
        progressSeen = wizard.findChild<QProgressDialog*>(QStringLiteral("longTaskProgress")) != nullptr;
    });
    QVERIFY(test::finish(wizard));
    QVERIFY(progressSeen);
    const Certificate cert = certificateOf(wizard.created());
    QCOMPARE(cert.publicKeyDescription(), QStringLiteral("RSA 2048"));
    QCOMPARE(cert.commonName(), QStringLiteral("legacy.example.com"));
}

void tst_Wizards::cancelKeyGeneration()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    const qint64 before = certificateCount();
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", QStringLiteral("slow.example.com"));
    wizard.next();
    QVERIFY(chooseData(&wizard, "keyTypeCombo", QStringLiteral("rsa:4096")));
    wizard.next();
    bool cancelClicked = false;
    QTimer::singleShot(0, &wizard, [&] {
        auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("longTaskProgress"));
        auto* cancel = progress ? progress->findChild<QPushButton*>() : nullptr;
        if (cancel != nullptr) {
            cancel->click();
            cancelClicked = true;
        }
    });
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(cancelClicked);
    QVERIFY(wizard.isVisible()); // cancel is no error: the wizard stays as it was
    QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("summaryPage"));
    QVERIFY(!child<QLabel>(&wizard, "issuanceError")->isVisible());
    QVERIFY(wizard.lastError().isEmpty());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QCOMPARE(certificateCount(), before);
}

void tst_Wizards::errorKeepsWizardOpen()
{
    makeRoot(QStringLiteral("Lab Root"));
    const qint64 before = certificateCount();
    NewCaWizard wizard(ws(), std::nullopt);
    wizard.show();
    wizard.next();
    setText(&wizard, "nameEdit", QStringLiteral("Lab Root"));
    setText(&wizard, "commonNameEdit", QStringLiteral("Second Lab Root"));
    setText(&wizard, "organizationEdit", QStringLiteral("Lab"));
    wizard.next();
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();

    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("summaryPage"));
    auto* error = child<QLabel>(&wizard, "issuanceError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already taken")), qPrintable(error->text()));
    QCOMPARE(wizard.lastError(), error->text());
    QCOMPARE(certificateCount(), before);

    // Nothing typed was lost: go back, rename, and finish.
    wizard.back();
    wizard.back();
    QCOMPARE(child<QLineEdit>(&wizard, "commonNameEdit")->text(), QStringLiteral("Second Lab Root"));
    QCOMPARE(child<QLineEdit>(&wizard, "organizationEdit")->text(), QStringLiteral("Lab"));
    setText(&wizard, "nameEdit", QStringLiteral("Lab Root 2"));
    wizard.next();
    wizard.next();
    QVERIFY(!child<QLabel>(&wizard, "issuanceError")->isVisible());
    QVERIFY(test::finish(wizard));
    QCOMPARE(certificateCount(), before + 1);
    QCOMPARE(certificateOf(wizard.created()).subject(), QStringLiteral("CN=Second Lab Root,O=Lab"));
}

void tst_Wizards::caComboSkipsUnusableCas()
{
    const CertificateRecord good = makeRoot(QStringLiteral("Good Root"));
    makeRoot(QStringLiteral("Short Root"), 1);
    CaOptions revokedOptions;
    revokedOptions.name = QStringLiteral("Revoked CA");
    revokedOptions.subject = test::dn(QStringLiteral("CN=Revoked CA"));
    revokedOptions.issuer = CertificateRef::typed(QStringLiteral("Good Root"));
    auto revoked = ws().createCa(revokedOptions);
    SIGNET_VERIFY_OK(revoked);
    SIGNET_VERIFY_OK(ws().revoke(CertificateRef::typed(QStringLiteral("Revoked CA")), RevocationReason::Unspecified));
    m_fixture.now = test::wizardEpoch().addDays(2); // "Short Root" has expired

    NewServerWizard wizard(ws(), std::nullopt);
    auto* combo = child<QComboBox>(&wizard, "caCombo");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentData().toLongLong(), good.id);
    QVERIFY(combo->currentText().startsWith(QStringLiteral("Good Root")));
}

SIGNET_GUI_TEST_MAIN(tst_Wizards)
#include "tst_Wizards.moc"
