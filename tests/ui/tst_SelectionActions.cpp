// Actions by applicability: each action's rule decides whether it is enabled and whether the tree's
// context menu offers it; several certificates selected at once are exported (one file each or one
// PEM bundle) and revoked (one confirmation, one reason, one revocation each) through the façade.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "ActionRules.h"
#include "CertificateActions.h"
#include "CertificateTreeModel.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/ExportSeveralDialog.h"
#include "dialogs/RenewDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/RevokeSeveralDialog.h"
#include "pki/RevocationReason.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace signet;
using test::onModal;

namespace {
QStringList names(const QMenu& menu)
{
    QStringList out;
    for (QAction* action : menu.actions()) {
        if (!action->isSeparator()) {
            out << action->objectName();
        }
    }
    return out;
}
} // namespace

class tst_SelectionActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    test::DialogPki m_pki;
    CertificateRecord m_bob;

    CertificateActions* actions() const { return m_window->certificateActions(); }

    // Selects exactly these certificates in the tree, the first one current.
    void select(const QList<qint64>& ids)
    {
        QTreeView* tree = m_window->tree();
        QModelIndexList rows;
        for (qint64 id : ids) {
            m_window->selectCertificate(id);
            rows << tree->currentIndex();
        }
        tree->selectionModel()->clear();
        tree->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
        for (const QModelIndex& row : rows) {
            tree->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(actions()->context().selected.size(), ids.size());
        QCOMPARE(actions()->context().selected.first().id, ids.first());
    }

    QStringList contextMenu() const
    {
        QMenu menu;
        actions()->populateContextMenu(&menu);
        return names(menu);
    }

private slots:
    void initTestCase()
    {
        auto pki = test::makeDialogPki(m_dir.filePath(QStringLiteral("selection.signet")));
        SIGNET_VERIFY_OK(pki);
        m_pki = std::move(pki).value();
        LeafOptions bob;
        bob.ca = CertificateRef::id(m_pki.inter.id);
        bob.profile = Profile::Client;
        bob.subject = DistinguishedName::fromCommonName(QStringLiteral("bob"));
        auto issued = m_pki.ws->issue(bob);
        SIGNET_VERIFY_OK(issued);
        m_bob = issued->record;
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(std::move(m_pki.ws));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->tree()->selectionMode(), QAbstractItemView::ExtendedSelection);
    }

    void cleanupTestCase() { m_window.reset(); }

    void rulesDecide()
    {
        CertificateRecord revoked = m_pki.client;
        revoked.revoked = true;
        SelectionContext context;
        QVERIFY(!ActionRule::workspace().enabled(context)); // no workspace
        context.open = true;
        QVERIFY(ActionRule::workspace().enabled(context));
        QVERIFY(!ActionRule::workspace(true).enabled(context)); // no CA yet
        context.hasCa = true;
        QVERIFY(ActionRule::workspace(true).enabled(context));
        QVERIFY(!ActionRule::one().enabled(context));
        QVERIFY(!ActionRule::oneOrMore().enabled(context));
        context.selected = {m_pki.server, m_pki.client};
        QVERIFY(!ActionRule::one().enabled(context));
        QVERIFY(ActionRule::oneOrMore(rules::revocable).enabled(context));
        context.selected << revoked;
        QVERIFY(!ActionRule::oneOrMore(rules::revocable).enabled(context)); // every one must pass
        QVERIFY(!ActionRule::workspace().offeredOn(rules::isCa).inContextMenu(context));
        context.selected = {m_pki.inter};
        QVERIFY(ActionRule::workspace().offeredOn(rules::isCa).inContextMenu(context));
        QVERIFY(!ActionRule::workspace().inContextMenu(context));
        context.selected.clear();
        QVERIFY(ActionRule::workspace().inContextMenu(context));
    }

    void contextMenuListsWhatApplies()
    {
        select({m_pki.server.id});
        QCOMPARE(contextMenu(), (QStringList{QStringLiteral("actionExport"), QStringLiteral("actionServerConfig"),
                                             QStringLiteral("actionDeploymentKit"),
                                             QStringLiteral("actionCheckHandshake"), QStringLiteral("actionRenew"),
                                             QStringLiteral("actionRevoke"), QStringLiteral("actionRename"),
                                             QStringLiteral("actionRemove")}));
        select({m_pki.root.id});
        QCOMPARE(contextMenu(), (QStringList{QStringLiteral("actionNewCa"), QStringLiteral("actionNewServer"),
                                             QStringLiteral("actionNewClient"), QStringLiteral("actionSignRequest"),
                                             QStringLiteral("actionExport"), QStringLiteral("actionExportCa"),
                                             QStringLiteral("actionRenew"), QStringLiteral("actionPublishCrl"),
                                             QStringLiteral("actionRename"), QStringLiteral("actionRemove")}));
        select({m_pki.server.id, m_pki.client.id});
        QCOMPARE(contextMenu(), (QStringList{QStringLiteral("actionExport"), QStringLiteral("actionRenew"),
                                             QStringLiteral("actionRevoke"), QStringLiteral("actionRemove")}));
        QVERIFY(actions()->exportCertificate->isEnabled());
        QVERIFY(actions()->revoke->isEnabled());
        QVERIFY(!actions()->serverConfig->isEnabled()); // one certificate only
        QVERIFY(!actions()->publishCrl->isEnabled());
        select({m_pki.server.id, m_pki.root.id});
        QVERIFY(!actions()->revoke->isEnabled()); // a root is on no CRL
        QCOMPARE(contextMenu(), (QStringList{QStringLiteral("actionExport"), QStringLiteral("actionRenew"),
                                             QStringLiteral("actionRemove")}));
        m_window->tree()->selectionModel()->clear();
        QCOMPARE(contextMenu(), (QStringList{QStringLiteral("actionNewCa"), QStringLiteral("actionNewServer"),
                                             QStringLiteral("actionNewClient"), QStringLiteral("actionSignRequest"),
                                             QStringLiteral("actionDeployments"), QStringLiteral("actionImport"),
                                             QStringLiteral("actionRestore")}));
        // The shortcuts are kept.
        QCOMPARE(actions()->exportCertificate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(actions()->revoke->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    }

    void exportSeveralAsFiles()
    {
        select({m_pki.server.id, m_pki.client.id, m_pki.inter.id});
        const QString folder = m_dir.filePath(QStringLiteral("several"));
        QVERIFY(QDir().mkpath(folder));
        QString title;
        onModal<ExportSeveralDialog>([&](ExportSeveralDialog* dialog) {
            title = dialog->windowTitle();
            dialog->setFileLayout(ExportSeveralDialog::Layout::ChainFiles);
            dialog->setDestination(folder);
            test::click(test::child<QPushButton>(dialog, "exportButton"));
        });
        actions()->exportCertificate->trigger();
        QVERIFY2(title.startsWith(QLatin1String("Export 3 Certificate")), qPrintable(title)); // "(s)" without en.qm
        for (const QString& name : {QStringLiteral("www.example.test-chain.pem"), QStringLiteral("alice-chain.pem"),
                                    QStringLiteral("Test-Issuing-chain.pem")}) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray pem = file.readAll();
            // A leaf with its issuing CA; the intermediate's chain stops below the root, as nginx wants it.
            QCOMPARE(pem.count("BEGIN CERTIFICATE"), name.startsWith(QLatin1String("Test")) ? 1 : 2);
            QVERIFY(!pem.contains("PRIVATE KEY"));
        }
    }

    void exportSeveralAsBundle()
    {
        select({m_pki.server.id, m_pki.client.id});
        ExportSeveralDialog dialog(*m_window->workspace(), actions()->context().selected, m_window.get());
        dialog.setFileLayout(ExportSeveralDialog::Layout::Bundle);
        const QString bundle = m_dir.filePath(QStringLiteral("bundle.pem"));
        dialog.setDestination(bundle);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.writtenFiles(), QStringList{bundle});
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN CERTIFICATE"), 2);
        QVERIFY(dialog.summary().contains(QLatin1String("2 certificate")));
    }

    void revokeSeveralWithOneReason()
    {
        Workspace* ws = m_window->workspace();
        const qint64 before = ws->recentAudit(1000)->size();
        select({m_pki.client.id, m_bob.id});
        QString question;
        onModal<RevokeSeveralDialog>([&](RevokeSeveralDialog* dialog) {
            question = test::child<QLabel>(dialog, "questionLabel")->text();
            auto* reason = test::child<QComboBox>(dialog, "reasonCombo");
            reason->setCurrentIndex(reason->findData(revocationReasonCode(RevocationReason::CessationOfOperation)));
            test::click(test::child<QPushButton>(dialog, "revokeButton"));
        });
        actions()->revoke->trigger();
        QVERIFY2(question.contains(QLatin1String("these 2 certificate")), qPrintable(question));
        for (qint64 id : {m_pki.client.id, m_bob.id}) {
            auto record = ws->find(CertificateRef::id(id));
            SIGNET_VERIFY_OK(record);
            QVERIFY(record->revoked);
            QCOMPARE(record->revocationReason, RevocationReason::CessationOfOperation);
        }
        QCOMPARE(ws->recentAudit(1000)->size(), before + 2); // one use case each
        QVERIFY(!actions()->revoke->isEnabled()); // the selection is revoked now
    }

    // Remove asks with a count, Restore lists what was removed and brings the chosen one back.
    void removeThenRestore()
    {
        Workspace* ws = m_window->workspace();
        select({m_bob.id});
        QString question;
        onModal<QMessageBox>([&](QMessageBox* box) {
            question = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    test::click(button);
                }
            }
        });
        actions()->remove->trigger();
        QVERIFY2(question.contains(QLatin1String("1 certificate")), qPrintable(question));
        QVERIFY(!ws->find(CertificateRef::id(m_bob.id)));
        QVERIFY(!m_window->model()->indexForId(m_bob.id).isValid());

        int listed = -1;
        QString listedName;
        onModal<RestoreDialog>([&](RestoreDialog* dialog) {
            auto* list = test::child<QTreeWidget>(dialog, "removedList");
            listed = list->topLevelItemCount();
            listedName = list->topLevelItem(0)->text(0);
            list->setCurrentItem(list->topLevelItem(0));
            test::click(test::child<QPushButton>(dialog, "restoreButton"));
        });
        actions()->restore->trigger();
        QCOMPARE(listed, 1);
        QCOMPARE(listedName, m_bob.name);
        auto back = ws->find(CertificateRef::id(m_bob.id));
        SIGNET_VERIFY_OK(back);
        QVERIFY(!back->removedAt.isValid());
        QVERIFY(m_window->model()->indexForId(m_bob.id).isValid());
    }

    // Last: it supersedes the server and the CA that the cases above use (alice and bob are revoked).
    void renewSeveralFromTheSelection()
    {
        select({m_pki.server.id, m_pki.inter.id});
        QVERIFY(actions()->renew->isEnabled());
        onModal<RenewDialog>([&](RenewDialog* dialog) {
            QCOMPARE(test::child<QListWidget>(dialog, "renewList")->count(), 2);
            test::click(test::child<QPushButton>(dialog, "renewButton"));
        });
        actions()->renew->trigger();
        for (const CertificateRecord& before : {m_pki.server, m_pki.inter}) {
            auto current = m_window->workspace()->find(CertificateRef::typed(before.name));
            QVERIFY(current);
            QVERIFY(current->serial != before.serial);
            QCOMPARE(current->renewedFrom, std::optional<qint64>(before.id));
            auto previous = m_window->workspace()->find(CertificateRef::id(before.id));
            QVERIFY(previous);
            QCOMPARE(previous->statusAt(m_window->workspace()->now()), CertificateStatus::Superseded);
        }
        // A superseded certificate is not renewed again.
        select({m_pki.server.id});
        QVERIFY(!actions()->renew->isEnabled());
    }
};

SIGNET_GUI_TEST_MAIN(tst_SelectionActions)
#include "tst_SelectionActions.moc"
