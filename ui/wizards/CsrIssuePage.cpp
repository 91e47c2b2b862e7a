#include "wizards/CsrIssuePage.h"

#include "IssuanceTemplate.h"
#include "Workspace.h"
#include "pki/NameRules.h"
#include "wizards/CaComboBox.h"
#include "wizards/CsrPage.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace signet {

namespace {
constexpr int kServerMaxDays = 825; // Apple's limit for every TLS server certificate
constexpr int kClientMaxDays = 36500;
} // namespace

CsrIssuePage::CsrIssuePage(Workspace& workspace, std::optional<qint64> ca, const CsrPage& request, QWidget* parent)
    : FormPage(parent), m_workspace(workspace), m_request(request)
{
    setObjectName(QStringLiteral("csrIssuePage"));
    setTitle(tr("Certificate"));
    setSubTitle(tr("Which CA signs the request and what the certificate may be used for."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ca = CaComboBox::addSigningRow(workspace, ca, form, this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (Profile profile : {Profile::Server, Profile::Client, Profile::ServerClient}) {
        m_profile->addItem(profileLabel(profile), profileName(profile));
    }
    form->addRow(tr("&Profile:"), m_profile);
    m_validity = new ValidityEdit(workspace.now(), this);
    form->addRow(tr("&Validity:"), m_validity);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("Name in the &workspace:"), m_name);
    m_nameHint = makeHint(this);
    m_nameHint->setObjectName(QStringLiteral("nameHint"));
    form->addRow(QString(), m_nameHint);
    registerField(QStringLiteral("profile"), m_profile);
    registerField(QStringLiteral("validityDays"), m_validity, "days", SIGNAL(daysChanged(int)));
    registerField(QStringLiteral("name"), m_name);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &CsrIssuePage::updateLimits);
    connect(m_ca, &CaComboBox::caChanged, this, &CsrIssuePage::updateLimits);
    connect(m_ca, &CaComboBox::caChanged, this, &QWizardPage::completeChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CsrIssuePage::updateNameHint);
    updateLimits();
}

const CertificateRecord* CsrIssuePage::ca() const
{
    return m_ca->currentCa();
}

CertificateRef CsrIssuePage::caRef() const
{
    return m_ca->currentRef();
}

Profile CsrIssuePage::profile() const
{
    return profileFromName(m_profile->currentData().toString()).value_or(Profile::Server);
}

int CsrIssuePage::days() const
{
    return m_validity->days();
}

QDateTime CsrIssuePage::endDate() const
{
    return m_validity->endDate();
}

QString CsrIssuePage::name() const
{
    return m_name->text().trimmed();
}

void CsrIssuePage::applyTemplate(const IssuanceTemplate& tmpl)
{
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profileName(tmpl.profile))));
    if (tmpl.days > 0) {
        m_validity->setDays(tmpl.days);
    }
}

bool CsrIssuePage::isComplete() const
{
    return FormPage::isComplete() && m_ca->currentCa() != nullptr && nameProblem(name()).isEmpty();
}

void CsrIssuePage::initializePage()
{
    updateLimits();
    // The request's name until the user gives the certificate one of their own.
    const QString suggested = m_request.nameFromRequest();
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName) {
        m_name->setText(suggested);
    }
    m_suggestedName = suggested;
    updateNameHint();
}

void CsrIssuePage::updateLimits()
{
    const Profile chosen = profile();
    m_validity->setLimits(defaultValidityDays(chosen), chosen == Profile::Client ? kClientMaxDays : kServerMaxDays);
    const CertificateRecord* issuer = m_ca->currentCa();
    m_validity->setIssuer(issuer ? issuer->name : QString(),
                          issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
}

// The core would refuse a name that is taken; say so here, where it can still be changed.
void CsrIssuePage::updateNameHint()
{
    setHint(m_nameHint, nameProblem(name()));
    emit completeChanged();
}

QString CsrIssuePage::nameProblem(const QString& name) const
{
    if (name.isEmpty()) {
        return tr("The certificate needs a name in the workspace.");
    }
    if (const Status st = NameRules::checkCertificateName(name); !st) {
        return st.error().message;
    }
    const auto existing = m_workspace.find(CertificateRef::typed(name));
    if (existing && existing->name.compare(name, Qt::CaseInsensitive) == 0) {
        return tr("A certificate named “%1” is already in this workspace; choose another name.").arg(existing->name);
    }
    return {};
}

} // namespace signet
