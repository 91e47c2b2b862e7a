#pragma once

#include "BatchIssuanceService.h"
#include "pki/IssuanceList.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace signet {

class CaComboBox;
class Workspace;

// File ▸ Issue From List…: a CSV or JSON-lines list (the format of 'signet-cli issue --batch') and
// the CA that issues it. The lines are read and shown first, those that cannot be read in red with
// their line numbers; Issue then runs the list on a worker thread (a second connection to the
// workspace) with a progress dialog and Cancel, and the table shows what became of every line.
class IssueFromListDialog : public QDialog {
    Q_OBJECT

public:
    IssueFromListDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~IssueFromListDialog() override;

    // Reads the list at `path` and shows its lines; what the Choose… button and the path field do.
    void loadList(const QString& path);
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The outcome of the last run, once it finished.
    [[nodiscard]] const std::optional<BatchReport>& report() const { return m_report; }
    // Whether anything was issued (the main window then refreshes its tree).
    [[nodiscard]] bool issuedAny() const { return m_report && m_report->succeeded > 0; }

    void reject() override;

signals:
    // A run ended (issued, failed or cancelled) and the table shows its outcome.
    void runFinished();

private:
    void chooseFile();
    void showPreview();
    void issue();
    void issued();
    void showReport(const BatchReport& report);
    void updateIssueButton();

    Workspace& m_workspace;
    QLineEdit* m_path = nullptr;
    CaComboBox* m_ca = nullptr;
    QCheckBox* m_atomic = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_issue = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::optional<IssuanceList> m_list;
    std::optional<BatchReport> m_report;
    QFutureWatcher<Result<BatchReport>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace signet
