#pragma once

#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Renew one or several certificates: the same subject, names and profile under a new serial, for
// as long as before or a chosen number of days, optionally with a new key and revoking the
// previous certificate. What failed stays listed with its reason; what was renewed leaves the list.
class RenewDialog : public QDialog {
    Q_OBJECT

public:
    RenewDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent = nullptr);
    ~RenewDialog() override;

    void accept() override;

    // The new certificates (valid after exec() returned Accepted, and partly after a partial failure).
    [[nodiscard]] const QList<CertificateRecord>& renewed() const;

private:
    void fillList();
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
