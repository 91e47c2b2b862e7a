// The tree model over a workspace of 10,000 certificates, checked by QAbstractItemModelTester
// while it pages, expands, filters and reloads.

#include "GuiTestMain.h"
#include "../support/BulkFixture.h"
#include "CertificateTreeModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;

class tst_CertificateTreeModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QDateTime m_now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    static constexpr int kLeaves = 10000;

    QModelIndex find(const CertificateTreeModel& model, const QString& name, const QModelIndex& parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == name) {
                return index;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("bulk.signet"));
        Status st = test::buildBulkWorkspace(path, "pw", kLeaves, m_now);
        QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
        auto ws = Workspace::open(path, "pw", fixedClock(m_now));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
    }

    void treePagesThroughEveryLevel()
    {
        CertificateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1); // one root
        const QModelIndex root = find(model, QStringLiteral("Bulk Root"));
        QVERIFY(root.isValid());
        QCOMPARE(root.data(CertificateTreeModel::IsCaRole).toBool(), true);
        QVERIFY(model.hasChildren(root));
        model.fetchMore(root);
        const QModelIndex inter = find(model, QStringLiteral("Bulk Issuing"), root);
        QVERIFY(inter.isValid());
        QCOMPARE(model.parent(inter), root);

        // The intermediate's 10,000 leaves arrive one page at a time, never all at once.
        model.fetchMore(inter);
        QCOMPARE(model.rowCount(inter), CertificateTreeModel::kPageSize);
        int pages = 1;
        while (model.canFetchMore(inter)) {
            model.fetchMore(inter);
            ++pages;
        }
        QCOMPARE(model.rowCount(inter), kLeaves);
        QCOMPARE(pages, kLeaves / CertificateTreeModel::kPageSize + 1);
        const QModelIndex first = model.index(0, CertificateTreeModel::TypeColumn, inter);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(!model.hasChildren(model.index(0, 0, inter)));
        QCOMPARE(model.index(0, 0, inter).data().toString(), QStringLiteral("host0000000.bench.example"));
    }

    void filtersTurnIntoAFlatList()
    {
        CertificateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        model.setFilter(QStringLiteral("host0001"), std::nullopt);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 1000); // host0001000 .. host0001999
        QVERIFY(!model.hasChildren(model.index(0, 0)));

        model.setFilter(QString(), CertificateStatus::Expiring);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        // validityDays = 10 + i % 720: those ending within 30 days are i % 720 in [0, 20).
        int expected = 0;
        for (int i = 0; i < kLeaves; ++i) {
            expected += (10 + i % 720) <= 30 ? 1 : 0;
        }
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(CertificateTreeModel::StatusRole).toInt(), int(CertificateStatus::Expiring));
        }
        model.setFilter(QString(), std::nullopt);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
    }

    void statusIsShownAsTextAndIcon()
    {
        CertificateTreeModel model;
        model.setWorkspace(m_ws.get());
        model.setFilter(QString(), CertificateStatus::Expiring);
        model.fetchMore({});
        const QModelIndex status = model.index(0, CertificateTreeModel::StatusColumn);
        QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().isValid());
    }
};

SIGNET_GUI_TEST_MAIN(tst_CertificateTreeModel)
#include "tst_CertificateTreeModel.moc"
