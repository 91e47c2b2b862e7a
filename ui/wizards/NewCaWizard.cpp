#include "wizards/NewCaWizard.h"

#include "Workspace.h"
#include "pki/Profile.h"
#include "wizards/CaIdentityPage.h"
#include "wizards/CaKeyPage.h"
#include "wizards/CaKindPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

namespace signet {

NewCaWizard::NewCaWizard(Workspace& workspace, std::optional<qint64> parentCa, QWidget* parent)
    : IssuanceWizard(workspace, parent)
{
    setObjectName(QStringLiteral("newCaWizard"));
    setWindowTitle(tr("New Certificate Authority"));
    m_kindPage = new CaKindPage(workspace, parentCa, this);
    setPage(KindPageId, m_kindPage);
    m_identityPage = new CaIdentityPage(this);
    setPage(IdentityPageId, m_identityPage);
    m_keyPage = new CaKeyPage(workspace.now(), *m_kindPage, this);
    setPage(KeyPageId, m_keyPage);
    prefill(workspace);
    addSummaryPage(SummaryPageId);
}

void NewCaWizard::prefill(Workspace& workspace)
{
    // The workspace's subject defaults, as a person would otherwise type them each time.
    if (auto defaults = workspace.defaults()) {
        m_identityPage->setOrganization(defaults->organization);
        m_identityPage->setCountry(defaults->country);
    }
    connect(m_kindPage->templatePicker(), &TemplatePicker::templateChosen, this, [this](const IssuanceTemplate* t) {
        if (t == nullptr) {
            return;
        }
        m_kindPage->setIntermediate(t->profile == Profile::IntermediateCa);
        m_keyPage->applyTemplate(*t);
        if (!t->subject.organization.isEmpty()) {
            m_identityPage->setOrganization(t->subject.organization);
        }
        if (!t->subject.country.isEmpty()) {
            m_identityPage->setCountry(t->subject.country);
        }
    });
}

std::optional<KeySpec> NewCaWizard::keyToGenerate() const
{
    return m_keyPage->keySpec();
}

Result<Issued> NewCaWizard::issue(PrivateKey key)
{
    const Result<DistinguishedName> subject = m_identityPage->subject();
    if (!subject) {
        return subject.error();
    }
    CaOptions options;
    options.name = m_identityPage->name();
    options.subject = *subject;
    options.key = m_keyPage->keySpec();
    options.days = m_keyPage->days();
    options.issuer = m_kindPage->issuerRef();
    options.pathLength = m_keyPage->pathLength();
    options.permittedDns = m_keyPage->permittedDns();
    options.permittedIps = m_keyPage->permittedIps();
    options.permittedEmails = m_keyPage->permittedEmails();
    options.crlUrl = m_keyPage->crlUrl();
    options.aiaUrl = m_keyPage->aiaUrl();
    applyLintChoices(options);
    return workspace().createCa(options, std::move(key));
}

QString NewCaWizard::summaryHtml() const
{
    const CertificateRecord* issuer = m_kindPage->issuer();
    const QString none = tr("none");
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Type:"), issuer ? profileLabel(Profile::IntermediateCa) : profileLabel(Profile::RootCa));
    rows << qMakePair(tr("Issuer:"),
                      issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : tr("itself (self-signed)"));
    rows << qMakePair(tr("Name:"), m_identityPage->name());
    const Result<DistinguishedName> subject = m_identityPage->subject();
    rows << qMakePair(tr("Subject:"), subject ? subject->toString() : subject.error().toString());
    rows << qMakePair(tr("Key type:"), m_keyPage->keySpec().description());
    rows << qMakePair(tr("Validity:"),
                      tr("%n day(s), until %1", nullptr, m_keyPage->days()).arg(formatDate(m_keyPage->endDate())));
    rows << qMakePair(tr("Path length:"),
                      m_keyPage->pathLength() < 0 ? tr("no limit") : QString::number(m_keyPage->pathLength()));
    // With any name constraint, IP and e-mail addresses are closed unless permitted; DNS names are not.
    const bool constrained = m_keyPage->constrained();
    const QString unconstrained = tr("any (no name constraints)");
    const QStringList domains = m_keyPage->dnsDomains() ? *m_keyPage->dnsDomains() : QStringList();
    rows << qMakePair(tr("Permitted domains:"), !domains.isEmpty() ? domains.join(QLatin1Char('\n'))
                                                : constrained      ? tr("any")
                                                                   : unconstrained);
    const QStringList ips = m_keyPage->ipRanges() ? *m_keyPage->ipRanges() : QStringList();
    rows << qMakePair(tr("Permitted IP ranges:"), !ips.isEmpty() ? ips.join(QLatin1Char('\n'))
                                                  : constrained  ? tr("none: every IP address is refused")
                                                                 : unconstrained);
    const QStringList emails = m_keyPage->emailDomains() ? *m_keyPage->emailDomains() : QStringList();
    rows << qMakePair(tr("Permitted e-mail domains:"), !emails.isEmpty() ? emails.join(QLatin1Char('\n'))
                                                       : constrained     ? tr("none: every e-mail address is refused")
                                                                         : unconstrained);
    const QString crlUrl = m_keyPage->crlUrl();
    rows << qMakePair(tr("Publishes its CRL at:"), crlUrl.isEmpty() ? none : crlUrl);
    const QString aiaUrl = m_keyPage->aiaUrl();
    rows << qMakePair(tr("Publishes its certificate at:"), aiaUrl.isEmpty() ? none : aiaUrl);
    if (issuer && !issuer->crlUrl.isEmpty()) {
        rows << qMakePair(tr("CRL distribution point:"), issuer->crlUrl);
    }
    if (issuer && !issuer->aiaUrl.isEmpty()) {
        rows << qMakePair(tr("CA issuers (AIA):"), issuer->aiaUrl);
    }
    return summaryTable(rows);
}

} // namespace signet
