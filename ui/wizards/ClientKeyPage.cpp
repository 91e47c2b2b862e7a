#include "wizards/ClientKeyPage.h"

#include "IssuanceTemplate.h"
#include "pki/Profile.h"
#include "wizards/ClientIdentityPage.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>

namespace signet {

namespace {
constexpr int kClientMaxDays = 36500;
}

ClientKeyPage::ClientKeyPage(const QDateTime& now, const ClientIdentityPage& identity, QWidget* parent)
    : FormPage(parent), m_identity(identity)
{
    setObjectName(QStringLiteral("clientKeyPage"));
    setTitle(tr("Key and Validity"));
    setSubTitle(tr("The key is made here and kept encrypted in the workspace until you export it."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyType = new KeyTypeComboBox(QStringLiteral("ec:p256"), Profile::Client, this);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    form->addRow(tr("&Key type:"), m_keyType);
    form->addRow(QString(), makeNote(tr("Older Android and Windows versions import RSA 2048 keys most "
                                        "reliably."),
                                     this));
    m_validity = new ValidityEdit(now, this);
    m_validity->setLimits(defaultValidityDays(Profile::Client), kClientMaxDays);
    form->addRow(tr("&Validity:"), m_validity);
    registerField(QStringLiteral("keyType"), m_keyType, "keySpecName", SIGNAL(keySpecChanged(QString)));
    registerField(QStringLiteral("validityDays"), m_validity, "days", SIGNAL(daysChanged(int)));
}

KeySpec ClientKeyPage::keySpec() const
{
    return m_keyType->keySpec();
}

int ClientKeyPage::days() const
{
    return m_validity->days();
}

QDateTime ClientKeyPage::endDate() const
{
    return m_validity->endDate();
}

void ClientKeyPage::applyTemplate(const IssuanceTemplate& tmpl)
{
    if (tmpl.key) {
        m_keyType->setKeySpecName(tmpl.key->name());
    }
    if (tmpl.days > 0) {
        m_validity->setDays(tmpl.days);
    }
}

void ClientKeyPage::initializePage()
{
    const CertificateRecord* issuer = m_identity.ca();
    m_validity->setIssuer(issuer ? issuer->name : QString(),
                          issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
}

} // namespace signet
