// Workspace ▸ Verify Integrity: the action is there when a workspace is open, and the dialog shows
// what a real check of a real workspace found — intact, or every altered item by name.

#include "GuiTestMain.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/VerifyDialog.h"
#include "store/Database.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class tst_VerifyDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void intactWorkspace()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("intact.signet")));
        SIGNET_VERIFY_OK(pki);
        auto report = pki->ws->verify();
        SIGNET_VERIFY_OK(report);
        VerifyDialog dialog(*report);
        QCOMPARE(dialog.summary(), QStringLiteral("Nothing in this workspace was changed outside Signet."));
        QVERIFY(!dialog.findChild<QListWidget*>(QStringLiteral("verifyProblems")));
    }

    void alteredWorkspaceNamesEachItem()
    {
        const QString file = m_dir.filePath(QStringLiteral("altered.signet"));
        {
            auto pki = makeDialogPki(file);
            SIGNET_VERIFY_OK(pki);
        }
        {
            auto db = Database::open(file, false);
            SIGNET_VERIFY_OK(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE certificates SET status = 'revoked' WHERE name = 'alice'")));
        }
        auto ws = Workspace::open(file, QByteArrayLiteral("dialog test password"));
        SIGNET_VERIFY_OK(ws);
        auto report = (*ws)->verify();
        SIGNET_VERIFY_OK(report);
        VerifyDialog dialog(*report);
        // Without the English translation loaded, the plural reads "item(s)".
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("2 item")), qPrintable(dialog.summary()));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("verifyProblems"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        // The edited row, and its CA's count of revocations, which no longer matches.
        QCOMPARE(list->item(0)->text(), QStringLiteral("the revocations of CA 'Test Issuing' were changed outside "
                                                       "Signet: it revoked 0 certificates, the workspace lists 1"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("the certificate 'alice' was changed outside Signet"));
    }

    void workspaceMenuOffersVerify()
    {
        MainWindow window;
        auto* verify = window.findChild<QAction*>(QStringLiteral("actionVerify"));
        QVERIFY(verify);
        QVERIFY(!verify->isEnabled()); // no workspace yet
        bool inWorkspaceMenu = false;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Workspace") && menu->menu()->actions().contains(verify)) {
                inWorkspaceMenu = true;
            }
        }
        QVERIFY(inWorkspaceMenu);
    }
};

SIGNET_GUI_TEST_MAIN(tst_VerifyDialog)
#include "tst_VerifyDialog.moc"
