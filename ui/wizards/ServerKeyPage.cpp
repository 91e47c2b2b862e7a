#include "wizards/ServerKeyPage.h"

#include "IssuanceTemplate.h"
#include "pki/Profile.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/ServerHostsPage.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace signet {

namespace {
constexpr int kServerMaxDays = 825; // Apple's limit for every TLS server certificate
}

ServerKeyPage::ServerKeyPage(const QDateTime& now, const ServerHostsPage& hosts, QWidget* parent)
    : FormPage(parent), m_hosts(hosts)
{
    setObjectName(QStringLiteral("serverKeyPage"));
    setTitle(tr("Key and Validity"));
    setSubTitle(tr("The server's key is made here and kept encrypted in the workspace."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyType = new KeyTypeComboBox(QStringLiteral("ec:p256"), Profile::Server, this);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    form->addRow(tr("&Key type:"), m_keyType);
    m_validity = new ValidityEdit(now, this);
    m_validity->setLimits(defaultValidityDays(Profile::Server), kServerMaxDays);
    form->addRow(tr("&Validity:"), m_validity);
    form->addRow(QString(), makeNote(tr("Apple and Chrome accept at most 825 / 398 days; the default of 397 "
                                        "days works everywhere."),
                                     this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("Name in the &workspace:"), m_name);
    registerField(QStringLiteral("keyType"), m_keyType, "keySpecName", SIGNAL(keySpecChanged(QString)));
    registerField(QStringLiteral("validityDays"), m_validity, "days", SIGNAL(daysChanged(int)));
    registerField(QStringLiteral("name"), m_name);
}

KeySpec ServerKeyPage::keySpec() const
{
    return m_keyType->keySpec();
}

int ServerKeyPage::days() const
{
    return m_validity->days();
}

QDateTime ServerKeyPage::endDate() const
{
    return m_validity->endDate();
}

QString ServerKeyPage::name() const
{
    return m_name->text().trimmed();
}

void ServerKeyPage::applyTemplate(const IssuanceTemplate& tmpl)
{
    if (tmpl.key) {
        m_keyType->setKeySpecName(tmpl.key->name());
    }
    if (tmpl.days > 0) {
        m_validity->setDays(tmpl.days);
    }
}

void ServerKeyPage::initializePage()
{
    const CertificateRecord* issuer = m_hosts.ca();
    m_validity->setIssuer(issuer ? issuer->name : QString(),
                          issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
    m_name->setPlaceholderText(tr("optional; “%1” when left empty").arg(m_hosts.hosts().all.value(0)));
}

} // namespace signet
