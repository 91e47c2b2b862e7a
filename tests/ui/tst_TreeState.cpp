// The certificate tree in the main window keeps what the user opened and chose: expanded CAs and the
// current certificate survive a refresh, a published CRL, a filter set and cleared, and a restart
// (the CAs are expanded on a workspace's first start). Its columns sort when their header is
// clicked, and every CA keeps its certificates under it.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "CertificateActions.h"
#include "CertificateTreeModel.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/PublishCrlDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>

using namespace signet;

class tst_TreeState : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QByteArray m_password = QByteArrayLiteral("tree state password");
    QString m_path;
    QHash<QString, qint64> m_ids;

    Clock clock() const
    {
        return [now = m_now] { return now; };
    }

    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_path, m_password, clock());
        return ws ? std::move(ws).value() : nullptr;
    }

    // The row of `name` in the tree as shown (sorted), below `parent`.
    static QModelIndex row(QTreeView* tree, const QString& name, const QModelIndex& parent = {})
    {
        QAbstractItemModel* model = tree->model();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            if (index.data().toString() == name) {
                return index;
            }
        }
        return {};
    }

    static QStringList names(QTreeView* tree, const QModelIndex& parent)
    {
        QStringList out;
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            out << tree->model()->index(r, 0, parent).data().toString();
        }
        return out;
    }

    static qint64 currentId(QTreeView* tree) { return tree->currentIndex().data(CertificateTreeModel::IdRole).toLongLong(); }

    static void clickHeader(QTreeView* tree, int column)
    {
        QHeaderView* header = tree->header();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    // Root -> Issuing -> alpha (300 days), beta (30 days), gamma (100 days); Root -> direct.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tree.signet"));
        auto created = Workspace::create(m_path, m_password, clock(), KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(created);
        auto ws = std::move(created).value();
        auto root = ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}});
        SIGNET_VERIFY_OK(root);
        auto issuing = ws->createCa({QStringLiteral("Issuing"), test::dn(QStringLiteral("CN=Issuing")), test::keySpec(QStringLiteral("ec:p256")),
                                     1825, CertificateRef::typed(QStringLiteral("Root")), 0, {}, {}});
        SIGNET_VERIFY_OK(issuing);
        m_ids.insert(QStringLiteral("Root"), root->record.id);
        m_ids.insert(QStringLiteral("Issuing"), issuing->record.id);
        const QList<std::tuple<QString, QString, int>> leaves = {
            {QStringLiteral("alpha.example"), QStringLiteral("Issuing"), 300},
            {QStringLiteral("beta.example"), QStringLiteral("Issuing"), 30},
            {QStringLiteral("gamma.example"), QStringLiteral("Issuing"), 100},
            {QStringLiteral("direct.example"), QStringLiteral("Root"), 200},
        };
        for (const auto& [host, ca, days] : leaves) {
            LeafOptions server;
            server.ca = CertificateRef::typed(ca);
            server.dnsNames = {host};
            server.days = days;
            auto issued = ws->issue(server);
            SIGNET_VERIFY_OK(issued);
            m_ids.insert(host, issued->record.id);
        }
    }

    void init() { QSettings().clear(); }

    void expansionAndSelectionSurviveResets()
    {
        MainWindow window;
        window.setWorkspace(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView* tree = window.tree();
        // First start: the CAs are open.
        const QModelIndex root = row(tree, QStringLiteral("Root"));
        QVERIFY(tree->isExpanded(root));
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Issuing"), root)));

        window.selectCertificate(m_ids.value(QStringLiteral("beta.example")));
        window.refresh();
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Root"))));
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root")))));
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("beta.example")));

        // Publish CRL, as the user runs it: the CA stays selected, nothing collapses.
        window.selectCertificate(m_ids.value(QStringLiteral("Issuing")));
        test::onModal<PublishCrlDialog>([this](PublishCrlDialog* dialog) {
            test::onModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
            dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(m_dir.filePath(QStringLiteral("issuing.crl")));
            test::clickOk(*dialog);
        });
        window.certificateActions()->publishCrl->trigger();
        QVERIFY(window.workspace()->crlOf(m_ids.value(QStringLiteral("Issuing")))->has_value());
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Root"))));
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root")))));
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("Issuing")));

        // A filter shows a flat list; clearing it brings the tree back as it was.
        window.selectCertificate(m_ids.value(QStringLiteral("gamma.example")));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        filter->setText(QStringLiteral("example"));
        QTRY_VERIFY(window.model()->isFiltered());
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("gamma.example")));
        filter->clear();
        QTRY_VERIFY(!window.model()->isFiltered());
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Root"))));
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root")))));
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("gamma.example")));

        // What the user closes stays closed.
        window.selectCertificate(m_ids.value(QStringLiteral("Root")));
        tree->collapse(row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root"))));
        window.refresh();
        QVERIFY(tree->isExpanded(row(tree, QStringLiteral("Root"))));
        QVERIFY(!tree->isExpanded(row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root")))));
        window.close(); // remembers the expanded CAs

        MainWindow restarted;
        restarted.setWorkspace(open());
        QTreeView* again = restarted.tree();
        QVERIFY(again->isExpanded(row(again, QStringLiteral("Root"))));
        QVERIFY(!again->isExpanded(row(again, QStringLiteral("Issuing"), row(again, QStringLiteral("Root")))));
    }

    void columnsSortAndCasKeepTheirCertificates()
    {
        MainWindow window;
        window.setWorkspace(open());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView* tree = window.tree();
        QVERIFY(tree->isSortingEnabled());
        const auto issuingChildren = [this, tree] {
            return names(tree, row(tree, QStringLiteral("Issuing"), row(tree, QStringLiteral("Root"))));
        };
        QCOMPARE(issuingChildren(),
                 QStringList({QStringLiteral("alpha.example"), QStringLiteral("beta.example"), QStringLiteral("gamma.example")}));

        clickHeader(tree, CertificateTreeModel::ExpiresColumn);
        QCOMPARE(tree->header()->sortIndicatorSection(), int(CertificateTreeModel::ExpiresColumn));
        QCOMPARE(tree->header()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(issuingChildren(),
                 QStringList({QStringLiteral("beta.example"), QStringLiteral("gamma.example"), QStringLiteral("alpha.example")}));
        // The intermediate CA stays first under the root, with its certificates under it.
        QCOMPARE(names(tree, row(tree, QStringLiteral("Root"))),
                 QStringList({QStringLiteral("Issuing"), QStringLiteral("direct.example")}));

        clickHeader(tree, CertificateTreeModel::ExpiresColumn);
        QCOMPARE(tree->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(issuingChildren(),
                 QStringList({QStringLiteral("alpha.example"), QStringLiteral("gamma.example"), QStringLiteral("beta.example")}));
        QCOMPARE(names(tree, row(tree, QStringLiteral("Root"))),
                 QStringList({QStringLiteral("Issuing"), QStringLiteral("direct.example")}));

        // Status: the one expiring soon first.
        clickHeader(tree, CertificateTreeModel::StatusColumn);
        QCOMPARE(issuingChildren().first(), QStringLiteral("beta.example"));

        // The selection follows its row through a sort, and the sort survives a refresh.
        window.selectCertificate(m_ids.value(QStringLiteral("gamma.example")));
        clickHeader(tree, CertificateTreeModel::ExpiresColumn);
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("gamma.example")));
        window.refresh();
        QCOMPARE(issuingChildren(),
                 QStringList({QStringLiteral("beta.example"), QStringLiteral("gamma.example"), QStringLiteral("alpha.example")}));
        QCOMPARE(currentId(tree), m_ids.value(QStringLiteral("gamma.example")));
    }
};

SIGNET_GUI_TEST_MAIN(tst_TreeState)
#include "tst_TreeState.moc"
