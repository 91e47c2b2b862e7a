// Workspace ▸ History: the audit model pages through the log newest first as the view scrolls
// (under QAbstractItemModelTester), shows the account and a readable action, and the window filters
// by text and action and follows the workspace of the main window.

#include "GuiTestMain.h"
#include "TypedValues.h"

#include "AuditModel.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/HistoryDialog.h"
#include "store/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace signet;

class tst_History : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    std::unique_ptr<Workspace> makeWorkspace(const QString& name, int clients)
    {
        auto created = Workspace::create(m_dir.filePath(name), "pw", [this] { return m_now; },
                                         KeyVault::KdfParams{1u << 10, 8, 1});
        if (!created) {
            return nullptr;
        }
        std::unique_ptr<Workspace> ws = std::move(created).value();
        if (!ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 0, {}, -1, {}, {}})) {
            return nullptr;
        }
        for (int i = 0; i < clients; ++i) {
            LeafOptions client;
            client.ca = CertificateRef::typed(QStringLiteral("Root"));
            client.profile = Profile::Client;
            client.subject = DistinguishedName::fromCommonName(QStringLiteral("user%1").arg(i));
            if (!ws->issue(client)) {
                return nullptr;
            }
        }
        return ws;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "carol");
    }

    void modelPagesNewestFirst()
    {
        auto ws = makeWorkspace(QStringLiteral("paging.signet"), 12); // 14 entries
        QVERIFY(ws);
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        QVERIFY(!model.canFetchMore({}));
        model.setWorkspace(ws.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 14);
        QVERIFY(!model.canFetchMore({}));
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row, 0).data(AuditModel::IdRole).toLongLong();
        }
        QCOMPARE(ids.first(), 14);
        QCOMPARE(ids.last(), 1);
        QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));

        const QModelIndex newest = model.index(0, 0);
        QCOMPARE(newest.siblingAtColumn(AuditModel::ActorColumn).data().toString(), QStringLiteral("carol"));
        QCOMPARE(newest.siblingAtColumn(AuditModel::ActionColumn).data().toString(),
                 QStringLiteral("Client certificate issued"));
        QCOMPARE(newest.siblingAtColumn(AuditModel::ActionColumn).data(AuditModel::ActionRole).toString(),
                 QStringLiteral("issue-client"));
        QCOMPARE(newest.siblingAtColumn(AuditModel::TargetColumn).data().toString(), QStringLiteral("user11"));
        QCOMPARE(newest.siblingAtColumn(AuditModel::TimeColumn).data().toString(),
                 QLocale().toString(m_now.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(newest.siblingAtColumn(AuditModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-03-01T09:00:00Z"));
        QCOMPARE(AuditModel::actionLabel(QStringLiteral("something-new")), QStringLiteral("something-new"));

        AuditFilter filter;
        filter.action = QStringLiteral("create");
        model.setFilter(filter);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2); // create-root-ca, create-workspace
        QVERIFY(!model.canFetchMore({}));
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void viewFetchesAsItScrolls()
    {
        auto ws = makeWorkspace(QStringLiteral("scroll.signet"), 60);
        QVERIFY(ws);
        HistoryDialog dialog;
        dialog.model()->setPageSize(20);
        dialog.setWorkspace(ws.get());
        dialog.resize(900, 300);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableView* table = dialog.table();
        QCOMPARE(table->objectName(), QStringLiteral("historyTable"));
        QTRY_VERIFY(dialog.model()->rowCount() >= 20);
        const int before = dialog.model()->rowCount();
        QVERIFY(before < 62);
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTRY_VERIFY(dialog.model()->rowCount() > before);
        dialog.setWorkspace(nullptr);
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void windowFiltersAndFollowsTheWorkspace()
    {
        MainWindow window;
        auto* historyAction = window.findChild<QAction*>(QStringLiteral("actionHistory"));
        QVERIFY(historyAction);
        QCOMPARE(historyAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(!historyAction->isEnabled());
        window.setWorkspace(makeWorkspace(QStringLiteral("window.signet"), 3));
        QVERIFY(historyAction->isEnabled());
        historyAction->trigger();
        HistoryDialog* dialog = window.history();
        QVERIFY(dialog->isVisible());
        AuditModel* model = dialog->model();
        QCOMPARE(model->rowCount(), 5);

        auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("historyFilter"));
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("historyAction"));
        auto* period = dialog->findChild<QComboBox*>(QStringLiteral("historyPeriod"));
        QVERIFY(text && action && period);
        QCOMPARE(action->count(), 4); // all, create-root-ca, create-workspace, issue-client
        text->setText(QStringLiteral("user1"));
        QTRY_COMPARE(model->rowCount(), 1);
        text->clear();
        QTRY_COMPARE(model->rowCount(), 5);
        action->setCurrentIndex(action->findData(QStringLiteral("issue-client")));
        QCOMPARE(model->rowCount(), 3);
        period->setCurrentIndex(1); // the last 24 hours of the workspace's clock
        QCOMPARE(model->rowCount(), 3);

        // A new entry shows when the main window refreshes; the chosen action stays.
        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Root"));
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("late"));
        QVERIFY(window.workspace()->issue(client));
        window.refresh();
        QCOMPARE(action->currentData().toString(), QStringLiteral("issue-client"));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, AuditModel::TargetColumn).data().toString(), QStringLiteral("late"));

        // Another workspace without that action: all of its actions again.
        window.setWorkspace(makeWorkspace(QStringLiteral("other.signet"), 0));
        QCOMPARE(action->currentIndex(), 0);
        QCOMPARE(model->rowCount(), 2);
        window.setWorkspace(nullptr);
        QCOMPARE(model->rowCount(), 0);
    }
};

SIGNET_GUI_TEST_MAIN(tst_History)
#include "tst_History.moc"
