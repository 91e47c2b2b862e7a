#pragma once

#include "CertificateRecord.h"
#include "CertificateRef.h"
#include "pki/Profile.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace signet {

class CaComboBox;
class CsrPage;
class ValidityEdit;
class Workspace;
struct IssuanceTemplate;

// The sign-request wizard's second page: the signing CA, the profile, the validity and the
// certificate's name. The name starts as the request's and is checked as it is typed: a name already
// in the workspace is refused here rather than changed silently.
class CsrIssuePage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::SignRequestWizard)

public:
    // `ca` preselects the issuing CA; `request` is the page with the request the name comes from.
    CsrIssuePage(Workspace& workspace, std::optional<qint64> ca, const CsrPage& request, QWidget* parent = nullptr);

    // Null when no CA can sign.
    [[nodiscard]] const CertificateRecord* ca() const;
    [[nodiscard]] CertificateRef caRef() const;
    [[nodiscard]] Profile profile() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] QDateTime endDate() const;
    // Trimmed.
    [[nodiscard]] QString name() const;
    // A template's profile and validity (the request brings its own key and names).
    void applyTemplate(const IssuanceTemplate& tmpl);

    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

private:
    void updateLimits();
    void updateNameHint();
    // Why `name` cannot be the certificate's name (empty, not allowed, or taken); empty when it can.
    [[nodiscard]] QString nameProblem(const QString& name) const;

    Workspace& m_workspace;
    const CsrPage& m_request;
    CaComboBox* m_ca = nullptr;
    QComboBox* m_profile = nullptr;
    ValidityEdit* m_validity = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QString m_suggestedName; // what the name field was last filled with from the request
};

} // namespace signet
