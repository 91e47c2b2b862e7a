#include "MainWindow.h"

#include "BackupReminder.h"
#include "CertificateActions.h"
#include "WindowSettings.h"
#include "Workspace.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DefaultsDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ImportCaDialog.h"
#include "dialogs/IssueFromListDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/VerifyDialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

// The menus, the toolbar and the windows they open beside the main window.

namespace signet {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace)
        ->setObjectName(QStringLiteral("actionNewWorkspace"));
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspace)
        ->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_actions->importFiles);
    m_issueFromList = file->addAction(tr("Issue From &List…"), this, &MainWindow::issueFromList);
    m_issueFromList->setObjectName(QStringLiteral("actionIssueFromList"));
    m_importCa = file->addAction(tr("Import &CA…"), this, &MainWindow::importCa);
    m_importCa->setObjectName(QStringLiteral("actionImportCa"));
    file->addSeparator();
    file->addAction(m_backup->backUpAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* workspace = menuBar()->addMenu(tr("&Workspace"));
    m_changePassword = workspace->addAction(tr("Change &Password…"), this, &MainWindow::changePassword);
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_verify = workspace->addAction(tr("&Verify Integrity…"), this, [this] { VerifyDialog::run(*m_workspace, this); });
    m_verify->setObjectName(QStringLiteral("actionVerify"));
    m_showHistory = workspace->addAction(tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                                         &MainWindow::showHistory);
    m_showHistory->setObjectName(QStringLiteral("actionHistory"));
    m_defaults = workspace->addAction(tr("&Defaults…"), this, [this] { DefaultsDialog(*m_workspace, this).exec(); });
    m_defaults->setObjectName(QStringLiteral("actionDefaults"));
    workspace->addSeparator();
    workspace->addAction(m_backup->reminderAction());

    QMenu* certificates = menuBar()->addMenu(tr("&Certificates"));
    m_actions->populateMenu(certificates);
    certificates->addSeparator();
    certificates->addAction(tr("Re&fresh"), QKeySequence::Refresh, this, [this] { refresh(); });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->addAction(m_actions->newCa);
    toolbar->addAction(m_actions->newServer);
    toolbar->addAction(m_actions->newClient);
    toolbar->addAction(m_actions->signRequest);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->exportCertificate);
    toolbar->addAction(m_actions->serverConfig);
    toolbar->addAction(m_actions->revoke);
    toolbar->addAction(m_actions->publishCrl);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->importFiles);
    buildHelpMenu();
    updateRecentMenu();
}

void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Documentation"), QKeySequence::HelpContents, this,
                    [] { QDesktopServices::openUrl(AboutDialog::documentationUrl()); })
        ->setObjectName(QStringLiteral("actionDocumentation"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                    [this] {
                        QList<QAction*> actions;
                        for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
                            actions << menu->actions();
                        }
                        ShortcutsDialog(actions, this).exec();
                    })
        ->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Signet"), this, [this] { AboutDialog(this).exec(); })
        ->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setObjectName(QStringLiteral("actionAboutQt"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WindowSettings::recentWorkspaces();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspacePath(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

HistoryDialog* MainWindow::history()
{
    if (m_history == nullptr) {
        m_history = new HistoryDialog(this);
        m_history->setWorkspace(m_workspace.get());
    }
    return m_history;
}

void MainWindow::issueFromList()
{
    IssueFromListDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.issuedAny()) {
        refresh();
    }
}

void MainWindow::importCa()
{
    ImportCaDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.importedAny()) {
        refresh();
    }
}

void MainWindow::showHistory()
{
    HistoryDialog* dialog = history();
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace signet
