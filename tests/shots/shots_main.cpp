// Screenshots of the main window on a small but realistic workspace (root, issuing CA, servers and
// clients, one revoked, one expiring soon, CRLs published), and of the welcome page:
//   SIGNET_SHOTS_DIR=/tmp/shots/main xvfb-run -a -s "-screen 0 1280x800x24" ./shots_main
// docs/screenshots/main-window.png, which the README shows, comes from here. Not a test; CTest does
// not run it.

#include "ShotSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace signet;
using signet::shots::takeShot;

class MainWindowShots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_app = 0;

    bool issue(const LeafOptions& options, qint64* id = nullptr)
    {
        auto issued = m_ws->issue(options);
        if (!issued) {
            qWarning("%s: %s", qPrintable(options.commonName), qPrintable(issued.error().toString()));
            return false;
        }
        if (id != nullptr) {
            *id = issued->id;
        }
        return true;
    }

    static LeafOptions server(const QStringList& dnsNames, const QString& keySpec = QStringLiteral("ec:p256"))
    {
        LeafOptions options;
        options.ca = QStringLiteral("Acme Issuing CA");
        options.dnsNames = dnsNames;
        options.commonName = dnsNames.first();
        options.keySpec = keySpec;
        return options;
    }

    static LeafOptions client(const QString& name, const QStringList& emails = {})
    {
        LeafOptions options;
        options.ca = QStringLiteral("Acme Issuing CA");
        options.profile = Profile::Client;
        options.commonName = name;
        options.emails = emails;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("acme.signet")), QByteArrayLiteral("shots password"),
                                    systemClock(), KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();

        CaOptions root;
        root.name = QStringLiteral("Acme Root CA");
        root.subject = QStringLiteral("CN=Acme Root CA,O=Acme,C=ES");
        root.days = 3650;
        root.crlUrl = QStringLiteral("http://pki.acme.example/root.crl");
        SIGNET_VERIFY_OK(m_ws->createCa(root));
        CaOptions issuing;
        issuing.name = QStringLiteral("Acme Issuing CA");
        issuing.subject = QStringLiteral("CN=Acme Issuing CA,O=Acme,C=ES");
        issuing.days = 1825;
        issuing.issuer = root.name;
        issuing.pathLength = 0;
        issuing.crlUrl = QStringLiteral("http://pki.acme.example/issuing.crl");
        SIGNET_VERIFY_OK(m_ws->createCa(issuing));

        LeafOptions app = server({QStringLiteral("app.acme.example"), QStringLiteral("www.acme.example")});
        app.ipAddresses = {QStringLiteral("10.20.0.15")};
        QVERIFY(issue(app, &m_app));
        QVERIFY(issue(server({QStringLiteral("api.acme.example")}, QStringLiteral("rsa:2048"))));
        LeafOptions expiring = server({QStringLiteral("git.acme.example")});
        expiring.days = 20;
        QVERIFY(issue(expiring));
        QVERIFY(issue(client(QStringLiteral("alice"), {QStringLiteral("alice@acme.example")})));
        QVERIFY(issue(client(QStringLiteral("bob"))));
        QVERIFY(issue(client(QStringLiteral("carol-laptop"))));
        SIGNET_VERIFY_OK(m_ws->revoke(QStringLiteral("api.acme.example"), 4)); // superseded
        SIGNET_VERIFY_OK(m_ws->publishCrl(QStringLiteral("Acme Root CA"), 90));
        SIGNET_VERIFY_OK(m_ws->publishCrl(QStringLiteral("Acme Issuing CA"), 30));
    }

    void mainWindow()
    {
        MainWindow window;
        window.setWorkspace(std::move(m_ws));
        window.resize(1100, 680);
        window.move(20, 20);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tree()->expandAll();
        window.selectCertificate(m_app);
        window.tree()->expandAll(); // the CAs' rows are fetched as they are expanded
        takeShot(window, QStringLiteral("main-window"));

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("inspectorTabs"));
        QVERIFY(tabs != nullptr);
        const int extensions = tabs->indexOf(window.findChild<QTreeWidget*>(QStringLiteral("extensionsTree")));
        QVERIFY(extensions >= 0);
        tabs->setCurrentIndex(extensions);
        takeShot(window, QStringLiteral("main-window-extensions"));
        tabs->setCurrentIndex(0);

        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(filter != nullptr);
        QTest::keyClicks(filter, QStringLiteral("api"));
        QTest::qWait(400);
        takeShot(window, QStringLiteral("main-window-filter"));
    }

    void welcome()
    {
        MainWindow window;
        window.resize(1100, 680);
        window.move(20, 20);
        window.show();
        takeShot(window, QStringLiteral("welcome"));
    }
};

int main(int argc, char** argv)
{
    return signet::shots::run<MainWindowShots>(argc, argv);
}

#include "shots_main.moc"
