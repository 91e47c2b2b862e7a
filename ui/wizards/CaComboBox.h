#pragma once

#include "CertificateRef.h"
#include "CertificateRecord.h"

#include <QComboBox>

class QFormLayout;

#include <optional>
#include <vector>

namespace signet {

class Workspace;

// The CAs of the workspace that can sign right now: the workspace holds their key, and neither
// they nor a CA above them is revoked or expired. Shows "name — type"; the item data is the id.
class CaComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit CaComboBox(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] bool hasCas() const { return !m_cas.empty(); }
    // Null when there is no CA to choose.
    [[nodiscard]] const CertificateRecord* currentCa() const;
    // The reference the core resolves ("id:12"), empty when there is no CA.
    [[nodiscard]] CertificateRef currentRef() const;
    bool selectCa(qint64 id);
    // Why the list could not be read, if it could not.
    [[nodiscard]] QString loadError() const { return m_loadError; }

    // The "Signed by CA" row of the leaf wizards: the combo (objectName "caCombo"), `preselect`
    // chosen when given, and a note when no CA can sign.
    static CaComboBox* addSigningRow(Workspace& workspace, std::optional<qint64> preselect, QFormLayout* form,
                                     QWidget* page);

    // "Root CA", "Intermediate CA", or "CA" for imported ones.
    static QString typeLabel(const CertificateRecord& record);

signals:
    void caChanged();

private:
    [[nodiscard]] bool canSign(const CertificateRecord& record);

    Workspace& m_workspace;
    std::vector<CertificateRecord> m_cas;
    QString m_loadError;
};

} // namespace signet
