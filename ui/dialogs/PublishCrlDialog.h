#pragma once

#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Publish a CA's CRL: validity, the server folders whose CRL file it rewrites, an optional copy
// (single CRL or the bundle servers need), and a reminder that nginx/Apache/HAProxy must be
// reloaded. Runs off the GUI thread with Cancel.
class PublishCrlDialog : public QDialog {
    Q_OBJECT

public:
    PublishCrlDialog(Workspace& workspace, const CertificateRecord& ca, QWidget* parent = nullptr);
    ~PublishCrlDialog() override;

    [[nodiscard]] QString writtenFile() const; // after Accepted, when a copy was saved
    // After Accepted: what was published and which server folders were rewritten, and the folders
    // that could not be.
    [[nodiscard]] QString summary() const;
    // After Accepted: the same in a few lines for a message box (CRL number, next update, the CRL
    // files rewritten, the servers to reload, the copy saved).
    [[nodiscard]] QString report() const;
    [[nodiscard]] QStringList failures() const;

    void accept() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
