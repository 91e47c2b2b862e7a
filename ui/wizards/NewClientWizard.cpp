#include "wizards/NewClientWizard.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "pki/Profile.h"
#include "pki/SubjectAltNames.h"
#include "wizards/ClientIdentityPage.h"
#include "wizards/ClientKeyPage.h"
#include "wizards/SummaryPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

#include <QCheckBox>

namespace signet {

NewClientWizard::NewClientWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent)
    : IssuanceWizard(workspace, parent)
{
    setObjectName(QStringLiteral("newClientWizard"));
    setWindowTitle(tr("New Client Certificate"));
    m_identityPage = new ClientIdentityPage(workspace, ca, this);
    setPage(IdentityPageId, m_identityPage);
    m_keyPage = new ClientKeyPage(workspace.now(), *m_identityPage, this);
    setPage(KeyPageId, m_keyPage);
    connect(m_identityPage->templatePicker(), &TemplatePicker::templateChosen, this,
            [this](const IssuanceTemplate* t) {
                if (t != nullptr) {
                    m_keyPage->applyTemplate(*t);
                }
            });
    SummaryPage* summary = addSummaryPage(SummaryPageId);
    m_exportP12 = new QCheckBox(tr("Export a .p12 for a phone or browser right after issuing"), summary);
    m_exportP12->setObjectName(QStringLiteral("exportP12Check"));
    m_exportP12->setChecked(true);
    summary->addWidget(m_exportP12);
}

bool NewClientWizard::exportRequested() const
{
    return m_exportP12->isChecked();
}

std::optional<KeySpec> NewClientWizard::keyToGenerate() const
{
    return m_keyPage->keySpec();
}

Result<LeafOptions> NewClientWizard::options() const
{
    LeafOptions options;
    options.ca = m_identityPage->caRef();
    options.profile = Profile::Client;
    options.subject = DistinguishedName::fromCommonName(m_identityPage->commonName());
    if (const Result<QString> address = m_identityPage->emailAddress(); address && !address->isEmpty()) {
        options.emails << *address;
    }
    options.key = m_keyPage->keySpec();
    options.days = m_keyPage->days();
    // The subject defaults and a template's DNS name patterns, which the pages do not show.
    auto preset = m_identityPage->templatePicker()->preset(options.ca);
    if (!preset) {
        return preset.error();
    }
    return applyPreset(options, *preset);
}

Result<Issued> NewClientWizard::issue(PrivateKey key)
{
    auto ready = options();
    if (!ready) {
        return ready.error();
    }
    applyLintChoices(*ready);
    return workspace().issue(*ready, std::move(key));
}

QString NewClientWizard::summaryHtml() const
{
    const CertificateRecord* issuer = m_identityPage->ca();
    const QString cn = m_identityPage->commonName();
    const Result<LeafOptions> ready = options();
    if (!ready) {
        return summaryTable({qMakePair(tr("Problem:"), ready.error().toString())});
    }
    DistinguishedName subject = ready->subject;
    subject.setCommonName(cn);
    QStringList sans;
    for (const QString& dns : ready->dnsNames) {
        sans << SanEntry{SanEntry::Kind::Dns, dns}.toString();
    }
    for (const QString& email : ready->emails) {
        sans << SanEntry{SanEntry::Kind::Email, email}.toString();
    }
    const QString usage = ready->profile == Profile::ServerClient ? tr("TLS server and client authentication")
                                                                  : tr("TLS client authentication");
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Profile:"), tr("%1 (%2)").arg(profileLabel(ready->profile), usage));
    if (!m_identityPage->templatePicker()->currentName().isEmpty()) {
        rows << qMakePair(tr("Template:"), m_identityPage->templatePicker()->currentName());
    }
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    // A taken common name gets a number: show the name it will get.
    const Result<QString> name = workspace().nameFor(cn);
    rows << qMakePair(tr("Name:"), name ? *name : cn);
    rows << qMakePair(tr("Subject:"), subject.toString());
    rows << qMakePair(tr("Subject alternative names:"), sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n')));
    rows << qMakePair(tr("Key type:"), m_keyPage->keySpec().description());
    rows << qMakePair(tr("Validity:"),
                      tr("%n day(s), until %1", nullptr, m_keyPage->days()).arg(formatDate(m_keyPage->endDate())));
    if (issuer && !issuer->crlUrl.isEmpty()) {
        rows << qMakePair(tr("CRL distribution point:"), issuer->crlUrl);
    }
    if (issuer && !issuer->aiaUrl.isEmpty()) {
        rows << qMakePair(tr("CA issuers (AIA):"), issuer->aiaUrl);
    }
    return summaryTable(rows);
}

} // namespace signet
