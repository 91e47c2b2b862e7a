#pragma once

#include "crypto/KeySpec.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QDateTime>

class QLineEdit;

namespace signet {

class KeyTypeComboBox;
class ServerHostsPage;
class ValidityEdit;
struct IssuanceTemplate;

// The new server wizard's second page: key type, validity (at most what the CA has left) and the
// certificate's name in the workspace.
class ServerKeyPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewServerWizard)

public:
    // `hosts` gives the issuing CA and the host name the certificate is named after by default.
    ServerKeyPage(const QDateTime& now, const ServerHostsPage& hosts, QWidget* parent = nullptr);

    [[nodiscard]] KeySpec keySpec() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] QDateTime endDate() const;
    // Trimmed; empty: named after the first host name.
    [[nodiscard]] QString name() const;
    // A template's key type and validity, where it sets them.
    void applyTemplate(const IssuanceTemplate& tmpl);

    void initializePage() override;

private:
    const ServerHostsPage& m_hosts;
    KeyTypeComboBox* m_keyType = nullptr;
    ValidityEdit* m_validity = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace signet
