#pragma once

#include <QObject>

class QAction;
class QLabel;
class QStatusBar;
class QWidget;

namespace signet {

class Workspace;

// File ▸ Back Up…, and the reminder to do it: once the workspace has had a chosen number of changes
// (audit records) since its last backup, the status bar says so with a link that backs up. The
// number is a setting of the desktop (Workspace ▸ Backup Reminder…; 0 turns the reminder off).
class BackupReminder : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultChanges = 25;

    explicit BackupReminder(QWidget* window);

    // Puts the reminder at the right end of `bar`, after the warnings that are there already.
    void showIn(QStatusBar* bar);
    [[nodiscard]] QAction* backUpAction() const { return m_backUp; }
    [[nodiscard]] QAction* reminderAction() const { return m_setReminder; }
    // Follows the open workspace (null: none) and shows or hides the reminder.
    void update(Workspace* workspace);
    // Writes a verified backup to `path` (replacing it when `replace`), on a worker thread.
    void backUpTo(const QString& path, bool replace);
    static int reminderChanges();
    static void setReminderChanges(int changes);

signals:
    // A backup ended: `message` says where it went, or why it failed.
    void finished(bool ok, const QString& message);

private:
    void backUp();
    void chooseReminder();

    QWidget* m_window;
    Workspace* m_workspace = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_setReminder = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace signet
