#pragma once

#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace signet {

class Workspace;

// Revoke a certificate with an RFC 5280 reason; reminds that the CRL must be published next.
class RevokeDialog : public QDialog {
    Q_OBJECT

public:
    RevokeDialog(Workspace& workspace, const CertificateRecord& record, QWidget* parent = nullptr);
    ~RevokeDialog() override;

    void accept() override;

    // The reason as this dialog offers it ("Key compromise"), for a CRLReason code.
    static QString reasonLabel(RevocationReason reason);
    // The reasons, common ones first (item data: the CRLReason code; tooltip: what it means).
    static void fillReasons(QComboBox* combo);

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
