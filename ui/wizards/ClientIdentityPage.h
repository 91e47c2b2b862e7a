#pragma once

#include "CertificateRecord.h"
#include "CertificateRef.h"
#include "Result.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>

#include <optional>

class QLabel;
class QLineEdit;

namespace signet {

class CaComboBox;
class TemplatePicker;
class Workspace;

// The new client wizard's first page: the signing CA, a template, the person or device the
// certificate names, and an optional e-mail address, checked as it is typed.
class ClientIdentityPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewClientWizard)

public:
    // `ca` preselects the issuing CA.
    ClientIdentityPage(Workspace& workspace, std::optional<qint64> ca, QWidget* parent = nullptr);

    // Null when no CA can sign.
    [[nodiscard]] const CertificateRecord* ca() const;
    [[nodiscard]] CertificateRef caRef() const;
    [[nodiscard]] TemplatePicker* templatePicker() const { return m_templatePicker; }
    // Trimmed.
    [[nodiscard]] QString commonName() const;
    // The e-mail address as the core reads it: empty when none is given.
    [[nodiscard]] Result<QString> emailAddress() const;

    [[nodiscard]] bool isComplete() const override;

private:
    CaComboBox* m_ca = nullptr;
    TemplatePicker* m_templatePicker = nullptr;
    QLineEdit* m_commonName = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_emailHint = nullptr;
};

} // namespace signet
