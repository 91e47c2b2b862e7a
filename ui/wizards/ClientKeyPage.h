#pragma once

#include "crypto/KeySpec.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QDateTime>

namespace signet {

class ClientIdentityPage;
class KeyTypeComboBox;
class ValidityEdit;
struct IssuanceTemplate;

// The new client wizard's second page: key type and validity (at most what the CA has left).
class ClientKeyPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewClientWizard)

public:
    // `identity` gives the issuing CA.
    ClientKeyPage(const QDateTime& now, const ClientIdentityPage& identity, QWidget* parent = nullptr);

    [[nodiscard]] KeySpec keySpec() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] QDateTime endDate() const;
    // A template's key type and validity, where it sets them.
    void applyTemplate(const IssuanceTemplate& tmpl);

    void initializePage() override;

private:
    const ClientIdentityPage& m_identity;
    KeyTypeComboBox* m_keyType = nullptr;
    ValidityEdit* m_validity = nullptr;
};

} // namespace signet
