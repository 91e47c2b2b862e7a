#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace signet {

class AuditModel;
class Workspace;

// Workspace ▸ History: the audit log as who did what, when, newest first, filtered by text, action
// and period. A window of its own that stays open beside the main window and follows its workspace.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryDialog(QWidget* parent = nullptr);

    // Shows the log of `workspace` (none: an empty list); keeps the filter.
    void setWorkspace(Workspace* workspace);
    // Reads the log again, after the workspace changed.
    void reload();

    [[nodiscard]] AuditModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }

private:
    void applyFilter();
    void fillActions();

    Workspace* m_workspace = nullptr;
    AuditModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace signet
