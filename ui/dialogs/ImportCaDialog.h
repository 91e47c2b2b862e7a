#pragma once

#include "CaImportService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace signet {

class Workspace;

// File ▸ Import CA…: an existing CA's folder (an openssl ca folder or an EasyRSA pki) or an XCA
// database, with the password of its encrypted keys (or of the XCA database) and a name for it here. Check runs the whole import as a dry run
// and shows its report; Import does it. Both run on a second connection in a worker thread.
class ImportCaDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportCaDialog(Workspace& workspace, QWidget* parent = nullptr);

    void setFolder(const QString& path);
    // Whether an import was done (the main window then refreshes its tree).
    [[nodiscard]] bool importedAny() const { return m_imported; }
    [[nodiscard]] QString reportText() const;

signals:
    // A check or an import ended and the report shows its outcome.
    void runFinished();

private:
    void chooseFolder();
    void chooseDatabase();
    void run(bool dryRun);
    void showOutcome(const Result<CaImportReport>& outcome);
    void updateButtons();

    Workspace& m_workspace;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    bool m_imported = false;
};

} // namespace signet
