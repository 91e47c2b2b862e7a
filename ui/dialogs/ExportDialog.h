#pragma once

#include "ExportService.h"
#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Export a certificate: PEM, DER, chain, full chain, .p7b, key, .p12 or .mobileconfig. For a device
// the user picks a target, not an algorithm: "iPhone / iPad / Mac" writes an Apple configuration
// profile (root CA + identity), "Android", "Windows" and "Firefox / Chrome / modern systems" a .p12
// in the profile each reads, and "iPhone / iPad / Mac, .p12 only" a bare compatible .p12 for MDM.
// A generated passphrase is shown with a Copy button. Files holding a key are written 0600.
// selectFormat(ExportFormat::MobileConfig) selects the device entry with the Apple target.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(Workspace& workspace, const CertificateRecord& record, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void selectFormat(ExportFormat format);
    [[nodiscard]] QString writtenFile() const; // after Accepted

    void accept() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
