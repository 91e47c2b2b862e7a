#pragma once

#include "export/ExportService.h"
#include "store/CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Export a certificate: PEM, DER, chain, full chain, .p7b, key, or .p12. For .p12 the user picks
// a target ("iPhone / iPad / Mac", "Android", "Windows", "Firefox / Chrome / modern systems"),
// which picks the PKCS#12 profile; a generated passphrase is shown with a Copy button.
// Files holding a key are written 0600.
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
