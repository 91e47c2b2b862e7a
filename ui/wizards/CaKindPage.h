#pragma once

#include "CertificateRecord.h"
#include "CertificateRef.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>

#include <optional>

class QRadioButton;

namespace signet {

class CaComboBox;
class TemplatePicker;
class Workspace;

// The new CA wizard's first page: a template, then root or intermediate and, for an intermediate,
// the CA that signs it.
class CaKindPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewCaWizard)

public:
    // `parentCa` preselects "intermediate under this CA".
    CaKindPage(Workspace& workspace, std::optional<qint64> parentCa, QWidget* parent = nullptr);

    [[nodiscard]] bool isIntermediate() const;
    // Stays a root when no CA can sign an intermediate.
    void setIntermediate(bool intermediate);
    // The CA that signs the new one; null for a root.
    [[nodiscard]] const CertificateRecord* issuer() const;
    // The reference the core resolves; empty for a root.
    [[nodiscard]] CertificateRef issuerRef() const;
    [[nodiscard]] TemplatePicker* templatePicker() const { return m_templatePicker; }

    [[nodiscard]] bool isComplete() const override;

private:
    QRadioButton* m_root = nullptr;
    QRadioButton* m_intermediate = nullptr;
    CaComboBox* m_parentCa = nullptr;
    TemplatePicker* m_templatePicker = nullptr;
};

} // namespace signet
