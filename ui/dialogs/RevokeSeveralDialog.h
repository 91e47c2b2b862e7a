#pragma once

#include "CertificateRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace signet {

class Workspace;

// Revocation of several selected certificates: one confirmation that names how many, one reason
// for all, and one revocation per certificate, each its own use case; one that fails does not stop
// the others.
class RevokeSeveralDialog : public QDialog {
    Q_OBJECT

public:
    RevokeSeveralDialog(Workspace& workspace, QList<CertificateRecord> records, QWidget* parent = nullptr);

    void accept() override;

    [[nodiscard]] int revokedCount() const { return m_revoked; }
    // The certificates that could not be revoked, with the reason.
    [[nodiscard]] const QStringList& failures() const { return m_failures; }

private:
    Workspace& m_workspace;
    QList<CertificateRecord> m_records;
    QComboBox* m_reason = nullptr;
    QLabel* m_error = nullptr;
    int m_revoked = 0;
    QStringList m_failures;
};

} // namespace signet
