#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>

class QLabel;
class QLineEdit;

namespace signet {

// The new CA wizard's second page: the CA's name in the workspace and its subject, with a preview of
// the subject as it will be written.
class CaIdentityPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewCaWizard)

public:
    explicit CaIdentityPage(QWidget* parent = nullptr);

    // Trimmed, as the core stores it.
    [[nodiscard]] QString name() const;
    // "CN=…,O=…,C=…" from the fields; the country upper-case.
    // What the fields make, or why they make no subject.
    [[nodiscard]] Result<DistinguishedName> subject() const;
    void setOrganization(const QString& organization);
    void setCountry(const QString& country);

    [[nodiscard]] bool isComplete() const override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_commonName = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_country = nullptr;
    QLabel* m_subjectPreview = nullptr;
    QString m_mirroredName; // what the common name was last filled with from the name
};

} // namespace signet
