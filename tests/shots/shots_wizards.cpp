// Screenshots of every page of the issuance wizards, for a look at the layout:
//   SIGNET_SHOTS_DIR=/tmp/shots/wizards xvfb-run -a -s "-screen 0 1280x1024x24" ./shots_wizards
// shows each page and saves the screen with ImageMagick's `import`. Not a test; CTest does not run it.

#include "ShotSupport.h"
#include "WizardTestSupport.h"

#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace signet;
using signet::shots::takeShot;
using signet::test::chooseData;
using signet::test::runOpenssl;
using signet::test::setText;

class WizardShots : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    Workspace& ws() { return m_fixture.ws(); }
    CertificateRecord makeRoot(const QString& name, int days, const QString& crlUrl)
    {
        return m_fixture.makeRoot(name, days, crlUrl);
    }
    void shootPages(QWizard& wizard, const QString& name, const std::function<void(int)>& fillPage);

private slots:
    void initTestCase()
    {
        m_fixture.now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_fixture.open(QStringLiteral("shots.signet")));
    }
    void allPages();
};

void WizardShots::shootPages(QWizard& wizard, const QString& name, const std::function<void(int)>& fillPage)
{
    wizard.move(20, 20);
    wizard.show();
    const QList<int> ids = wizard.pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        fillPage(i);
        takeShot(wizard, QStringLiteral("%1-%2").arg(name).arg(i + 1));
        if (i + 1 < ids.size()) {
            wizard.next();
        }
    }
}

void WizardShots::allPages()
{
    const CertificateRecord root = makeRoot(QStringLiteral("Home Lab Root"), 3650, QStringLiteral("http://pki.home.lab/root.crl"));
    {
        NewCaWizard wizard(ws(), root.id);
        shootPages(wizard, QStringLiteral("ca"), [&](int page) {
            if (page == 1) {
                setText(&wizard, "nameEdit", QStringLiteral("Home Lab Issuing CA"));
                setText(&wizard, "organizationEdit", QStringLiteral("Home Lab, Inc."));
                setText(&wizard, "countryEdit", QStringLiteral("DE"));
            } else if (page == 2) {
                setText(&wizard, "permittedDnsEdit", QStringLiteral("home.lab, example.net"));
                setText(&wizard, "crlUrlEdit", QStringLiteral("pki.home.lab/issuing.crl"));
                takeShot(wizard, QStringLiteral("ca-3-hint"));
                setText(&wizard, "crlUrlEdit", QStringLiteral("http://pki.home.lab/issuing.crl"));
            }
        });
        setText(&wizard, "nameEdit", QStringLiteral("Home Lab Root"));
        wizard.button(QWizard::FinishButton)->click();
        takeShot(wizard, QStringLiteral("ca-4-error"));
    }
    {
        NewCaWizard wizard(ws(), std::nullopt);
        wizard.move(20, 20);
        wizard.show();
        takeShot(wizard, QStringLiteral("ca-root-1"));
    }
    {
        NewServerWizard wizard(ws(), root.id);
        shootPages(wizard, QStringLiteral("server"), [&](int page) {
            if (page == 0) {
                setText(&wizard, "hostNamesEdit", QStringLiteral("nas.home.lab\nnas\n192.168.1.20, fd00::20\nbad name!"));
                takeShot(wizard, QStringLiteral("server-1-hint"));
                setText(&wizard, "hostNamesEdit", QStringLiteral("nas.home.lab\nnas\n192.168.1.20, fd00::20"));
            }
        });
    }
    {
        // Started from a template, with the workspace's subject defaults: what the summary adds.
        SubjectDefaults defaults;
        defaults.organization = QStringLiteral("Home Lab, Inc.");
        defaults.country = QStringLiteral("DE");
        QVERIFY(ws().setDefaults({}, defaults));
        NewServerWizard wizard(ws(), root.id);
        shootPages(wizard, QStringLiteral("server-template"), [&](int page) {
            if (page == 0) {
                QVERIFY(chooseData(&wizard, "templatePicker", QStringLiteral("internal-service")));
                setText(&wizard, "hostNamesEdit", QStringLiteral("nas"));
            }
        });
        QVERIFY(ws().setDefaults({}, SubjectDefaults()));
    }
    // The progress dialog of a slow key, then Cancel; RSA 4096 sometimes takes less than the 300 ms
    // the dialog waits before it shows, so try a few times.
    bool progressShot = false;
    for (int attempt = 0; attempt < 8 && !progressShot; ++attempt) {
        NewServerWizard wizard(ws(), root.id);
        wizard.move(20, 20);
        wizard.show();
        setText(&wizard, "hostNamesEdit", QStringLiteral("slow.home.lab"));
        wizard.next();
        QVERIFY(chooseData(&wizard, "keyTypeCombo", QStringLiteral("rsa:4096")));
        wizard.next();
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &wizard, [&] {
            auto* progress = wizard.findChild<QProgressDialog*>(QStringLiteral("longTaskProgress"));
            if (progress == nullptr || progressShot) {
                return;
            }
            if (!progress->isVisible()) {
                // Qt 6 starts a progress dialog's minimum-duration timer only at setValue(0), which
                // runWithProgress does not call yet; do it here so that the dialog can be looked at.
                progress->setValue(0);
                return;
            }
            progressShot = true;
            poll.stop();
            takeShot(*progress, QStringLiteral("server-progress"));
            if (auto* cancel = progress->findChild<QPushButton*>()) {
                cancel->click();
            }
        });
        poll.start();
        wizard.button(QWizard::FinishButton)->click();
    }
    QVERIFY(progressShot);
    {
        NewClientWizard wizard(ws(), root.id);
        shootPages(wizard, QStringLiteral("client"), [&](int page) {
            if (page == 0) {
                setText(&wizard, "commonNameEdit", QStringLiteral("Anna's iPhone"));
                setText(&wizard, "emailEdit", QStringLiteral("anna@"));
                takeShot(wizard, QStringLiteral("client-1-hint"));
                setText(&wizard, "emailEdit", QStringLiteral("anna@home.lab"));
            }
        });
    }
    {
        QTemporaryDir dir;
        const QString csrPath = dir.filePath(QStringLiteral("app.csr"));
        const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                      dir.filePath(QStringLiteral("app.key")), QStringLiteral("-out"), csrPath,
                                      QStringLiteral("-subj"), QStringLiteral("/C=DE/O=Home Lab/CN=printer.home.lab"),
                                      QStringLiteral("-addext"),
                                      QStringLiteral("subjectAltName=DNS:printer.home.lab,IP:192.168.1.30")});
        QVERIFY2(made.ok(), made.describe().constData());
        SignRequestWizard empty(ws(), root.id);
        empty.move(20, 20);
        empty.show();
        takeShot(empty, QStringLiteral("csr-0-empty"));
        empty.hide();
        SignRequestWizard wizard(ws(), root.id, nullptr, signet::test::readFile(csrPath));
        shootPages(wizard, QStringLiteral("csr"), [](int) {});
    }
}

int main(int argc, char** argv)
{
    return signet::shots::run<WizardShots>(argc, argv);
}

#include "shots_wizards.moc"
