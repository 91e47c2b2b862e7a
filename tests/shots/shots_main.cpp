// Screenshots of the main window on a small but realistic workspace (a root, two intermediates, a
// dozen servers and clients: valid, expiring soon, expired, revoked; CRLs published), and of the
// welcome page:
//   SIGNET_SHOTS_DIR=/tmp/shots/main xvfb-run -a -s "-screen 0 1280x800x24" ./shots_main
// docs/screenshots/main-window.png, which the README shows, comes from here. Not a test; CTest does
// not run it.

#include "ShotSupport.h"
#include "TypedValues.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/HistoryDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace signet;
using signet::shots::takeScreenArea;
using signet::shots::takeShot;

class MainWindowShots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    // The workspace's clock: certificates issued in the past have expired by now.
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    qint64 m_app = 0;

    bool issue(const LeafOptions& options, qint64* id = nullptr)
    {
        auto issued = m_ws->issue(options);
        if (!issued) {
            qWarning("%s: %s", qPrintable(options.subject.toString()), qPrintable(issued.error().toString()));
            return false;
        }
        if (id != nullptr) {
            *id = issued->record.id;
        }
        return true;
    }

    static LeafOptions server(const QString& ca, const QStringList& dnsNames, int days = 0)
    {
        LeafOptions options;
        options.ca = CertificateRef::typed(ca);
        options.dnsNames = dnsNames;
        options.subject = DistinguishedName::fromCommonName(dnsNames.first());
        options.days = days;
        return options;
    }

    static LeafOptions client(const QString& ca, const QString& name, const QStringList& emails = {}, int days = 0)
    {
        LeafOptions options;
        options.ca = CertificateRef::typed(ca);
        options.profile = Profile::Client;
        options.subject = DistinguishedName::fromCommonName(name);
        options.emails = emails;
        options.days = days;
        return options;
    }

    static CaOptions ca(const QString& name, const QString& issuer, const QString& crl)
    {
        CaOptions options;
        options.name = name;
        options.subject = test::dn(QStringLiteral("CN=%1,O=Acme,C=ES").arg(name));
        options.issuer = CertificateRef::typed(issuer);
        options.days = issuer.isEmpty() ? 3650 : 1825;
        options.pathLength = issuer.isEmpty() ? 1 : 0;
        options.crlUrl = QStringLiteral("http://pki.acme.example/%1.crl").arg(crl);
        return options;
    }

    // Three clients selected at once, and the tree's context menu with what applies to them.
    void contextMenu(MainWindow& window)
    {
        QTreeView* tree = window.tree();
        QModelIndexList rows;
        for (const QString& name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("grace-tablet")}) {
            const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                               Qt::MatchRecursive | Qt::MatchExactly);
            QVERIFY2(!found.isEmpty(), qPrintable(name));
            rows << found.first();
        }
        tree->setCurrentIndex(rows.first());
        for (const QModelIndex& row : rows) {
            tree->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QPoint at = tree->visualRect(rows.last()).center();
        QTimer::singleShot(600, &window, [&window] {
            takeScreenArea(window.frameGeometry(), QStringLiteral("context-menu-several"));
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                menu->close();
            }
        });
        emit tree->customContextMenuRequested(at);
        window.selectCertificate(m_app);
    }

    void history(MainWindow& window)
    {
        window.findChild<QAction*>(QStringLiteral("actionHistory"))->trigger();
        HistoryDialog* dialog = window.history();
        dialog->move(60, 60);
        takeShot(*dialog, QStringLiteral("history"));
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("historyAction"));
        QVERIFY(action != nullptr);
        action->setCurrentIndex(action->findData(QStringLiteral("revoke")));
        takeShot(*dialog, QStringLiteral("history-revocations"));
        dialog->close();
    }

private slots:
    // Acme Root CA with two intermediates (servers, people) and a dozen certificates of every status:
    // valid, expiring soon, expired and revoked; CRLs published.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDateTime today = m_now;
        m_now = today.addDays(-500);
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("acme.signet")), QByteArrayLiteral("shots password"),
                                    [this] { return m_now; }, KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        const QString servers = QStringLiteral("Acme Server CA");
        const QString people = QStringLiteral("Acme People CA");
        SIGNET_VERIFY_OK(m_ws->createCa(ca(QStringLiteral("Acme Root CA"), {}, QStringLiteral("root"))));
        SIGNET_VERIFY_OK(m_ws->createCa(ca(servers, QStringLiteral("Acme Root CA"), QStringLiteral("servers"))));
        SIGNET_VERIFY_OK(m_ws->createCa(ca(people, QStringLiteral("Acme Root CA"), QStringLiteral("people"))));
        // Issued long ago, for a year: expired now.
        QVERIFY(issue(server(servers, {QStringLiteral("old-intranet.acme.example")}, 365)));
        QVERIFY(issue(client(people, QStringLiteral("dave-laptop"), {}, 365)));

        m_now = today.addDays(-30);
        LeafOptions app = server(servers, {QStringLiteral("app.acme.example"), QStringLiteral("www.acme.example")});
        app.ipAddresses = {QStringLiteral("10.20.0.15")};
        QVERIFY(issue(app, &m_app));
        QVERIFY(issue(server(servers, {QStringLiteral("api.acme.example")})));
        QVERIFY(issue(server(servers, {QStringLiteral("vpn.acme.example")})));
        QVERIFY(issue(server(servers, {QStringLiteral("git.acme.example")}, 50))); // 20 days left
        QVERIFY(issue(client(people, QStringLiteral("alice"), {QStringLiteral("alice@acme.example")})));
        QVERIFY(issue(client(people, QStringLiteral("bob"), {QStringLiteral("bob@acme.example")})));
        QVERIFY(issue(client(people, QStringLiteral("carol-laptop"))));
        QVERIFY(issue(client(people, QStringLiteral("erin-phone"), {}, 55))); // 25 days left
        QVERIFY(issue(client(people, QStringLiteral("frank"), {QStringLiteral("frank@acme.example")})));
        QVERIFY(issue(client(people, QStringLiteral("grace-tablet"))));

        m_now = today.addDays(-2);
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("vpn.acme.example")), RevocationReason::Superseded));     // superseded
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("frank")), RevocationReason::AffiliationChanged));                // affiliationChanged
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("carol-laptop")), RevocationReason::KeyCompromise));         // keyCompromise
        m_now = today;
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Acme Root CA")), 90));
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(servers), 30));
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(people), 30));
    }

    void mainWindow()
    {
        MainWindow window;
        window.setWorkspace(std::move(m_ws));
        // The size a first start picks: the tree's columns and the inspector's PEM lines side by side.
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
        tabs->setCurrentIndex(tabs->count() - 1); // PEM / Text: whole 64-column lines
        takeShot(window, QStringLiteral("main-window-pem"));
        tabs->setCurrentIndex(0);

        contextMenu(window);
        history(window);

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
