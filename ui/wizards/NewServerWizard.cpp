#include "wizards/NewServerWizard.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "pki/Profile.h"
#include "wizards/ServerHostsPage.h"
#include "wizards/ServerKeyPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

namespace signet {

NewServerWizard::NewServerWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent)
    : IssuanceWizard(workspace, parent)
{
    setObjectName(QStringLiteral("newServerWizard"));
    setWindowTitle(tr("New Server Certificate"));
    m_hostsPage = new ServerHostsPage(workspace, ca, this);
    setPage(HostsPageId, m_hostsPage);
    m_keyPage = new ServerKeyPage(workspace.now(), *m_hostsPage, this);
    setPage(KeyPageId, m_keyPage);
    connect(m_hostsPage->templatePicker(), &TemplatePicker::templateChosen, this, [this](const IssuanceTemplate* t) {
        if (t != nullptr) {
            m_keyPage->applyTemplate(*t);
        }
    });
    addSummaryPage(SummaryPageId);
}

std::optional<KeySpec> NewServerWizard::keyToGenerate() const
{
    return m_keyPage->keySpec();
}

Result<LeafOptions> NewServerWizard::options() const
{
    const ServerHostsPage::Hosts hosts = m_hostsPage->hosts();
    LeafOptions options;
    options.ca = m_hostsPage->caRef();
    options.profile = Profile::Server;
    options.subject = DistinguishedName::fromCommonName(hosts.all.value(0));
    options.dnsNames = hosts.dns;
    options.ipAddresses = hosts.ips;
    options.key = m_keyPage->keySpec();
    options.days = m_keyPage->days();
    options.name = m_keyPage->name();
    // The key type and validity shown are chosen; the subject defaults and the template's DNS name
    // patterns, which the pages do not show, are added here and listed on the summary page.
    auto preset = m_hostsPage->templatePicker()->preset(options.ca);
    if (!preset) {
        return preset.error();
    }
    return applyPreset(options, *preset);
}

Result<Issued> NewServerWizard::issue(PrivateKey key)
{
    auto ready = options();
    if (!ready) {
        return ready.error();
    }
    applyLintChoices(*ready);
    return workspace().issue(*ready, std::move(key));
}

QString NewServerWizard::summaryHtml() const
{
    const ServerHostsPage::Hosts hosts = m_hostsPage->hosts();
    const CertificateRecord* issuer = m_hostsPage->ca();
    const Result<LeafOptions> ready = options();
    if (!ready) {
        return summaryTable({qMakePair(tr("Problem:"), ready.error().toString())});
    }
    QStringList sans;
    for (const QString& dns : ready->dnsNames) {
        sans << QStringLiteral("DNS:") + dns;
    }
    for (const QString& ip : ready->ipAddresses) {
        sans << QStringLiteral("IP:") + ip;
    }
    const QString name = m_keyPage->name();
    const QString usage = ready->profile == Profile::ServerClient ? tr("TLS server and client authentication")
                                                                  : tr("TLS server authentication");
    DistinguishedName subject = ready->subject;
    subject.setCommonName(hosts.all.value(0));
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Profile:"), tr("%1 (%2)").arg(profileLabel(ready->profile), usage));
    if (!m_hostsPage->templatePicker()->currentName().isEmpty()) {
        rows << qMakePair(tr("Template:"), m_hostsPage->templatePicker()->currentName());
    }
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    // Without a name given, a taken common name gets a number: show the one it will get.
    const Result<QString> defaultName = workspace().nameFor(hosts.all.value(0));
    rows << qMakePair(tr("Name:"), !name.isEmpty() ? name : defaultName ? *defaultName : hosts.all.value(0));
    rows << qMakePair(tr("Subject:"), subject.toString());
    rows << qMakePair(tr("Subject alternative names:"), sans.join(QLatin1Char('\n')));
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
