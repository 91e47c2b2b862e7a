// File ▸ Issue From List…: the action opens the dialog on the open workspace; the dialog shows the
// lines of a list (unreadable ones with their line numbers) before issuing, issues off the GUI thread,
// reports every line, and lands the certificates in the workspace; all-or-nothing and Cancel.

#include "GuiTestMain.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/IssueFromListDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class tst_IssueFromList : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write the test list");
        }
        return file.fileName();
    }
    static qint64 leaves(Workspace& ws)
    {
        CertificateRepository::Filter filter;
        filter.withDer = false;
        auto rows = ws.list(filter);
        return rows ? std::count_if(rows->begin(), rows->end(), [](const CertificateRecord& r) { return !r.isCa; }) : -1;
    }
    static QString outcome(QTableWidget* table, int row) { return table->item(row, 4)->text(); }
    static bool waitForRun(IssueFromListDialog& dialog)
    {
        QSignalSpy done(&dialog, &IssueFromListDialog::runFinished);
        return done.count() > 0 || done.wait(60000);
    }

private slots:
    void previewsThenIssues()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("preview.signet")));
        SIGNET_VERIFY_OK(pki);
        const QString list = write(QStringLiteral("clients.csv"), "cn,email,ip\n"
                                                                  "bob,bob@example.com,\n"
                                                                  "carol,,999.1.1.1\n"
                                                                  "dave,,10.0.0.4\n"
                                                                  "alice,,\n");
        IssueFromListDialog dialog(*pki->ws);
        dialog.show();
        auto* issue = child<QPushButton>(&dialog, "issueButton");
        QVERIFY(!issue->isEnabled());
        auto* path = child<QLineEdit>(&dialog, "listPath");
        path->setFocus();
        QTest::keyClicks(path, list);
        QTest::keyClick(path, Qt::Key_Return);
        auto* table = child<QTableWidget>(&dialog, "previewTable");
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3"));
        QVERIFY2(outcome(table, 1).contains(QStringLiteral("999.1.1.1")), qPrintable(outcome(table, 1)));
        QVERIFY(child<QLabel>(&dialog, "listSummary")->text().startsWith(QStringLiteral("3 certificate")));
        // Return read the list and did not issue it.
        QCOMPARE(leaves(*pki->ws), 2);
        QVERIFY(!dialog.isRunning() && !dialog.report());
        QVERIFY(issue->isEnabled());
        QVERIFY(issue->text().startsWith(QStringLiteral("&Issue 3 Certificate")));

        click(issue);
        QVERIFY(waitForRun(dialog));
        QVERIFY(dialog.report());
        // alice is taken: the list's alice becomes "alice (2)", as a single issuance names it.
        QCOMPARE(dialog.report()->succeeded, 3);
        QCOMPARE(dialog.report()->failed, 1);
        QVERIFY(outcome(table, 0).startsWith(QStringLiteral("issued, serial")));
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("alice (2)"));
        QVERIFY(!issue->isEnabled());
        QCOMPARE(leaves(*pki->ws), 5);
    }

    void allOrNothing()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("atomic.signet")));
        SIGNET_VERIFY_OK(pki);
        const QString list = write(QStringLiteral("atomic.jsonl"), "{\"cn\":\"erin\"}\n{\"cn\":\"frank\",\"days\":0}\n");
        IssueFromListDialog dialog(*pki->ws);
        dialog.loadList(list);
        toggle(child<QCheckBox>(&dialog, "atomicCheck"));
        click(child<QPushButton>(&dialog, "issueButton"));
        QVERIFY(waitForRun(dialog));
        QVERIFY(dialog.report()->rolledBack);
        QVERIFY(child<QLabel>(&dialog, "listSummary")->text().startsWith(QStringLiteral("Nothing was issued")));
        QCOMPARE(leaves(*pki->ws), 2);
    }

    void unreadableListSaysWhy()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("bad.signet")));
        SIGNET_VERIFY_OK(pki);
        IssueFromListDialog dialog(*pki->ws);
        dialog.loadList(write(QStringLiteral("bad.csv"), "cn,colour\na,red\n"));
        QVERIFY(child<QLabel>(&dialog, "listSummary")->text().contains(QStringLiteral("unknown column")));
        QVERIFY(!child<QPushButton>(&dialog, "issueButton")->isEnabled());
        dialog.loadList(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(child<QLabel>(&dialog, "listSummary")->text().startsWith(QStringLiteral("This list cannot be read")));
    }

    void cancelStopsBetweenChunks()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("cancel.signet")));
        SIGNET_VERIFY_OK(pki);
        QByteArray csv("cn\n");
        for (int i = 0; i < 2000; ++i) {
            csv += "user" + QByteArray::number(i) + "\n";
        }
        IssueFromListDialog dialog(*pki->ws);
        dialog.show();
        dialog.loadList(write(QStringLiteral("many.csv"), csv));
        click(child<QPushButton>(&dialog, "issueButton"));
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("batchProgress"));
        QVERIFY(progress != nullptr);
        progress->cancel();
        // Closing while it runs only asks it to stop; the dialog stays until the worker ended.
        dialog.reject();
        QVERIFY(waitForRun(dialog));
        QVERIFY(dialog.report());
        QVERIFY(dialog.report()->cancelled);
        QVERIFY(dialog.report()->succeeded < 2000);
        QCOMPARE(leaves(*pki->ws), 2 + dialog.report()->succeeded);
    }

    void menuActionFollowsTheWorkspace()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("actionIssueFromList"));
        QVERIFY(action != nullptr);
        QVERIFY(!action->isEnabled());
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("menu.signet")));
        SIGNET_VERIFY_OK(pki);
        window.setWorkspace(std::move(pki->ws));
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Issue From &List…"));
    }
};

SIGNET_GUI_TEST_MAIN(tst_IssueFromList)
#include "tst_IssueFromList.moc"
