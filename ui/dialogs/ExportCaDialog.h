#pragma once

#include "CertificateRecord.h"
#include "Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signet {

class Workspace;
struct CaExportResult;

// Certificates ▸ Export as openssl ca Folder…: the CA leaves as a folder that `openssl ca` goes on
// from (Workspace::exportCa). A new or empty folder (one that is not is replaced only when the user
// agrees) and a password, typed twice, that encrypts the CA's key. The export runs on a second
// connection in a worker thread.
class ExportCaDialog : public QDialog {
    Q_OBJECT

public:
    ExportCaDialog(Workspace& workspace, const CertificateRecord& ca, QWidget* parent = nullptr);

    void setFolder(const QString& path);
    void setPassword(const QString& password);
    // What the last export wrote, or why it failed; empty before one.
    [[nodiscard]] QString outcome() const;

signals:
    void exportFinished(bool ok);

private:
    void chooseFolder();
    void updateButton();
    void run(bool replace);
    void finished(const Result<CaExportResult>& result);

    Workspace& m_workspace;
    CertificateRecord m_ca;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace signet
