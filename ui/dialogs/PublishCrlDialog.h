#pragma once

#include "store/CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Publish a CA's CRL: validity, where to save (single CRL or the bundle servers need), and a
// reminder that nginx/Apache/HAProxy must be reloaded. Runs off the GUI thread with Cancel.
class PublishCrlDialog : public QDialog {
    Q_OBJECT

public:
    PublishCrlDialog(Workspace& workspace, const CertificateRecord& ca, QWidget* parent = nullptr);
    ~PublishCrlDialog() override;

    [[nodiscard]] QString writtenFile() const; // after Accepted

    void accept() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
