#include "BackupReminder.h"

#include "BackgroundTask.h"
#include "Workspace.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace signet {

namespace {
const QString kSetting = QStringLiteral("backup/reminderAfterChanges");
}

BackupReminder::BackupReminder(QWidget* window) : QObject(window), m_window(window)
{
    m_backUp = new QAction(tr("&Back Up…"), this);
    m_backUp->setObjectName(QStringLiteral("actionBackUp"));
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUp->setStatusTip(tr("Write a verified copy of the workspace"));
    m_setReminder = new QAction(tr("Backup &Reminder…"), this);
    m_setReminder->setObjectName(QStringLiteral("actionBackupReminder"));
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("backupReminder"));
    m_label->setTextFormat(Qt::RichText);
    m_label->hide();
    connect(m_backUp, &QAction::triggered, this, &BackupReminder::backUp);
    connect(m_setReminder, &QAction::triggered, this, &BackupReminder::chooseReminder);
    connect(m_label, &QLabel::linkActivated, this, &BackupReminder::backUp);
    update(nullptr);
}

void BackupReminder::showIn(QStatusBar* bar)
{
    bar->addPermanentWidget(m_label);
}

int BackupReminder::reminderChanges()
{
    return QSettings().value(kSetting, kDefaultChanges).toInt();
}

void BackupReminder::setReminderChanges(int changes)
{
    QSettings().setValue(kSetting, changes);
}

void BackupReminder::update(Workspace* workspace)
{
    m_workspace = workspace;
    m_backUp->setEnabled(workspace != nullptr);
    m_setReminder->setEnabled(workspace != nullptr);
    const int limit = reminderChanges();
    if (workspace == nullptr || limit <= 0) {
        m_label->hide();
        return;
    }
    auto changes = workspace->changesSinceBackup();
    if (!changes || *changes < limit) {
        m_label->hide();
        return;
    }
    m_label->setText(tr("%n change(s) since the last backup: <a href=\"backup\">Back Up…</a>", nullptr,
                        static_cast<int>(std::min<qint64>(*changes, 1'000'000))));
    m_label->show();
}

void BackupReminder::backUp()
{
    if (m_workspace == nullptr) {
        return;
    }
    const QFileInfo workspace(m_workspace->path());
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2.signet")
                                                        .arg(workspace.completeBaseName(),
                                                             QDate::currentDate().toString(Qt::ISODate)));
    // The file dialog asks before replacing a file: what it returns may be replaced.
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Workspace"), suggested,
                                                      tr("Signet workspaces (*.signet)"));
    if (!path.isEmpty()) {
        backUpTo(path, true);
    }
}

void BackupReminder::backUpTo(const QString& path, bool replace)
{
    runThenCallback(
        m_window, tr("Backing up and verifying the copy…"), QString(),
        [ws = m_workspace, path, replace](TaskProgress&) {
            auto sibling = ws->sibling();
            if (!sibling) {
                return Result<BackupResult>(sibling.error());
            }
            return (*sibling)->backup({path, replace});
        },
        [this](const Result<BackupResult>& outcome) {
            if (!outcome) {
                QMessageBox::warning(m_window, tr("Back Up"), outcome.error().toString());
                emit finished(false, outcome.error().toString());
                return;
            }
            update(m_workspace);
            emit finished(true, tr("Backed up to %1 and verified: %2 certificates, %3 keys.")
                                    .arg(QDir::toNativeSeparators(outcome->file))
                                    .arg(outcome->checked.certificates)
                                    .arg(outcome->checked.keys));
        });
}

void BackupReminder::chooseReminder()
{
    bool ok = false;
    const int changes = QInputDialog::getInt(m_window, tr("Backup Reminder"),
                                             tr("Remind me to back up after this many changes (0: never):"),
                                             reminderChanges(), 0, 100000, 5, &ok);
    if (ok) {
        setReminderChanges(changes);
        update(m_workspace);
    }
}

} // namespace signet
