// The linter in the issuance wizards: a refused certificate's errors on the summary page with
// "Issue anyway", and an issued certificate's warnings in a message box.

#include "GuiTestMain.h"
#include "WizardTestSupport.h"

#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>

using namespace signet;
using signet::test::chooseData;
using signet::test::child;
using signet::test::runOpenssl;
using signet::test::setText;

namespace {
int validityDays(const CertificateRecord& record)
{
    return static_cast<int>((record.notAfter.toSecsSinceEpoch() - test::wizardEpoch().toSecsSinceEpoch()) / 86400);
}

// Closes the linter's message box once it shows (modal: the test would wait forever) and keeps its
// text. Polls, because key generation runs an event loop of its own before the box exists.
class WarningsBoxCloser {
public:
    explicit WarningsBoxCloser(QWidget* wizard)
    {
        QObject::connect(&m_timer, &QTimer::timeout, wizard, [this, wizard] {
            auto* box = wizard->findChild<QMessageBox*>(QStringLiteral("lintWarningsBox"));
            if (box != nullptr && box->isVisible()) {
                m_text = box->text() + QLatin1Char('\n') + box->informativeText();
                m_timer.stop();
                box->button(QMessageBox::Ok)->click();
            }
        });
        m_timer.start(20);
    }
    [[nodiscard]] const QString& text() const { return m_text; }

private:
    QTimer m_timer;
    QString m_text;
};

} // namespace

class tst_WizardLint : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    Workspace& ws() { return m_fixture.ws(); }
    qint64 certificateCount() { return m_fixture.certificateCount(); }
    CertificateRecord makeRoot(const QString& name) { return m_fixture.makeRoot(name); }
    Certificate certificateOf(const CertificateRecord& record) { return m_fixture.certificateOf(record); }

private slots:
    void init()
    {
        m_fixture.now = test::wizardEpoch();
        QVERIFY(m_fixture.open(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet")));
    }
    void cleanup() { m_fixture.close(); }

    void lintErrorsOfferForce();
    void lintWarningsShownAfterIssuing();
    void ed25519OnlyWhereBrowsersCope();
    void ed25519ClientWarned();
    void ed25519RequestRefusedAsServer();
};

void tst_WizardLint::lintErrorsOfferForce()
{
    QVERIFY2(!signet::test::opensslProgram().isEmpty(),
             "the openssl command is not installed (scripts/install-deps.sh installs it)");
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    const qint64 before = certificateCount();
    QTemporaryDir dir;
    // A DNS name with a space matches no host: the request's names get the rules 'issue' applies.
    const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                  QStringLiteral("-keyout"), dir.filePath(QStringLiteral("weak.key")),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Weak Request"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=DNS:ex ample.com")});
    QVERIFY2(made.ok(), made.describe().constData());

    SignRequestWizard wizard(ws(), root.id, nullptr, made.out);
    wizard.show();
    wizard.next();
    QVERIFY(chooseData(&wizard, "profileCombo", QStringLiteral("server")));
    wizard.next();
    auto* force = child<QCheckBox>(&wizard, "forceCheck");
    auto* findings = child<QLabel>(&wizard, "lintFindings");
    QVERIFY(!force->isVisible());
    QVERIFY(!findings->isVisible());
    wizard.button(QWizard::FinishButton)->click();

    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("summaryPage"));
    QVERIFY(child<QLabel>(&wizard, "issuanceError")->isVisible());
    QVERIFY(findings->isVisible());
    QVERIFY2(findings->text().contains(QStringLiteral("rfc5280.san.dns")), qPrintable(findings->text()));
    QVERIFY(wizard.lastError().contains(QStringLiteral("rfc5280.san.dns")));
    QVERIFY(force->isVisible());
    QVERIFY(!force->isChecked());
    QCOMPARE(certificateCount(), before);

    // Going back may change what is issued: the next visit shows fresh findings, not a stale choice.
    force->setChecked(true);
    wizard.back();
    wizard.next();
    QVERIFY(!force->isVisible());
    QVERIFY(!force->isChecked());
    QVERIFY(!findings->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(certificateCount(), before);

    force->setChecked(true);
    WarningsBoxCloser closer(&wizard);
    QVERIFY(test::finish(wizard));
    QVERIFY2(closer.text().contains(QStringLiteral("rfc5280.san.dns")), qPrintable(closer.text()));
    QCOMPARE(certificateCount(), before + 1);
    QCOMPARE(wizard.findings().size(), 1);
    QVERIFY(wizard.findings().front().isError());
    QVERIFY(certificateOf(wizard.created()).subjectAltNames().contains(QStringLiteral("DNS:ex ample.com")));
}

void tst_WizardLint::lintWarningsShownAfterIssuing()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    NewServerWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "hostNamesEdit", QStringLiteral("long.example.com"));
    wizard.next();
    child<QSpinBox>(&wizard, "validitySpin")->setValue(500); // Apple's 825 allows it; public CAs' 398 not
    wizard.next();
    WarningsBoxCloser closer(&wizard);
    QVERIFY(test::finish(wizard));
    QVERIFY2(closer.text().contains(QStringLiteral("chrome.validity.398")), qPrintable(closer.text()));
    QVERIFY(closer.text().contains(QStringLiteral("long.example.com")));
    QCOMPARE(wizard.findings().size(), 1);
    QVERIFY(!wizard.findings().front().isError());
    QCOMPARE(validityDays(wizard.created()), 500);

    // The default validity draws no warning, and so no message box.
    NewServerWizard quiet(ws(), root.id);
    quiet.show();
    setText(&quiet, "hostNamesEdit", QStringLiteral("short.example.com"));
    quiet.next();
    quiet.next();
    QVERIFY(test::finish(quiet));
    QVERIFY(quiet.findings().isEmpty());
}

// The wizards do not offer Ed25519 keys where the linter refuses them: CAs and servers.
void tst_WizardLint::ed25519OnlyWhereBrowsersCope()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    const auto offers = [](QWizard& wizard) {
        auto* combo = child<QComboBox>(&wizard, "keyTypeCombo");
        QStringList names;
        for (int i = 0; combo != nullptr && i < combo->count(); ++i) {
            names << combo->itemData(i).toString();
        }
        return names;
    };
    NewCaWizard ca(ws(), root.id);
    NewServerWizard server(ws(), root.id);
    NewClientWizard client(ws(), root.id);
    for (QWizard* wizard : {static_cast<QWizard*>(&ca), static_cast<QWizard*>(&server)}) {
        const QStringList names = offers(*wizard);
        QVERIFY2(!names.contains(QStringLiteral("ed25519")), qPrintable(wizard->objectName()));
        QVERIFY2(names.contains(QStringLiteral("ec:p256")) && names.contains(QStringLiteral("rsa:2048")),
                 qPrintable(names.join(QLatin1Char(' '))));
    }
    QVERIFY(offers(client).contains(QStringLiteral("ed25519")));
}

// A client may have an Ed25519 key; the wizard shows the linter's warning once it is issued.
void tst_WizardLint::ed25519ClientWarned()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    NewClientWizard wizard(ws(), root.id);
    wizard.show();
    setText(&wizard, "commonNameEdit", QStringLiteral("alice"));
    wizard.next();
    QVERIFY(chooseData(&wizard, "keyTypeCombo", QStringLiteral("ed25519")));
    wizard.next();
    child<QCheckBox>(&wizard, "exportP12Check")->setChecked(false);
    WarningsBoxCloser closer(&wizard);
    QVERIFY(test::finish(wizard));
    QVERIFY2(closer.text().contains(QStringLiteral("nss.client.ed25519")), qPrintable(closer.text()));
    QVERIFY(closer.text().contains(QStringLiteral("Firefox")));
    QCOMPARE(wizard.findings().size(), 1);
    QVERIFY(!wizard.findings().front().isError());
    QCOMPARE(certificateOf(wizard.created()).publicKeyDescription(), QStringLiteral("Ed25519"));
}

// A request's key is not the wizard's to choose: an Ed25519 one is refused as a server, with the
// linter's reason and "Issue anyway".
void tst_WizardLint::ed25519RequestRefusedAsServer()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Root"));
    const qint64 before = certificateCount();
    QTemporaryDir dir;
    const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                  QStringLiteral("ed25519"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                  dir.filePath(QStringLiteral("ed.key")), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=ed.example.com")});
    QVERIFY2(made.ok(), made.describe().constData());
    SignRequestWizard wizard(ws(), root.id, nullptr, made.out);
    wizard.show();
    wizard.next();
    QVERIFY(chooseData(&wizard, "profileCombo", QStringLiteral("server")));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    auto* findings = child<QLabel>(&wizard, "lintFindings");
    QVERIFY(findings->isVisible());
    QVERIFY2(findings->text().contains(QStringLiteral("chrome.key.ed25519")), qPrintable(findings->text()));
    QVERIFY(findings->text().contains(QStringLiteral("ERR_SSL_VERSION_OR_CIPHER_MISMATCH")));
    QVERIFY(child<QCheckBox>(&wizard, "forceCheck")->isVisible());
    QCOMPARE(certificateCount(), before);
}

SIGNET_GUI_TEST_MAIN(tst_WizardLint)
#include "tst_WizardLint.moc"
