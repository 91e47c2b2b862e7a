#include "wizards/NewServerWizard.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "pki/Profile.h"
#include "pki/SubjectAltNames.h"
#include "wizards/CaComboBox.h"
#include "wizards/FormPage.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/TemplatePicker.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace signet {

namespace {
constexpr int kServerMaxDays = 825; // Apple's limit for every TLS server certificate
}

struct NewServerWizard::Pages {
    CaComboBox* ca = nullptr;
    TemplatePicker* templatePicker = nullptr;
    QPlainTextEdit* hostNames = nullptr;
    QLabel* hostPreview = nullptr;
    QLabel* hostHint = nullptr;
    KeyTypeComboBox* keyType = nullptr;
    ValidityEdit* validity = nullptr;
    QLineEdit* name = nullptr;

    // The host names and IP addresses as the core reads them (the first one typed first), and what is
    // wrong with the others.
    struct Hosts {
        QStringList all;
        QStringList dns;
        QStringList ips;
        QStringList problems;
    };
    [[nodiscard]] Hosts hosts() const
    {
        const SubjectAltNames::Parsed parsed = SubjectAltNames::parseList(hostNames->toPlainText());
        Hosts out;
        out.problems = parsed.problems;
        for (const SanEntry& entry : parsed.entries) {
            if (entry.kind == SanEntry::Kind::Dns || entry.kind == SanEntry::Kind::Ip) {
                out.all << entry.value;
            } else {
                out.problems << NewServerWizard::tr("Neither a host name nor an IP address: %1").arg(entry.value);
            }
        }
        out.dns = parsed.values(SanEntry::Kind::Dns);
        out.ips = parsed.values(SanEntry::Kind::Ip);
        return out;
    }
};

NewServerWizard::NewServerWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent)
    : IssuanceWizard(workspace, parent), m_pages(std::make_unique<Pages>())
{
    setObjectName(QStringLiteral("newServerWizard"));
    setWindowTitle(tr("New Server Certificate"));
    Pages& p = *m_pages;

    // 1. CA and host names
    auto* hostPage = new FormPage(this);
    hostPage->setObjectName(QStringLiteral("serverHostsPage"));
    hostPage->setTitle(tr("Server"));
    hostPage->setSubTitle(tr("The names clients use to reach the server. The first one also becomes the "
                             "certificate's common name (CN)."));
    auto* hostForm = new QFormLayout(hostPage);
    hostForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.ca = CaComboBox::addSigningRow(workspace, ca, hostForm, hostPage);
    p.templatePicker =
        TemplatePicker::addRow(workspace, {Profile::Server, Profile::ServerClient}, hostForm, hostPage);
    p.hostNames = new QPlainTextEdit(hostPage);
    p.hostNames->setObjectName(QStringLiteral("hostNamesEdit"));
    p.hostNames->setTabChangesFocus(true);
    p.hostNames->setPlaceholderText(tr("www.example.com\nexample.com\n192.168.1.10"));
    p.hostNames->setMinimumHeight(QFontMetrics(p.hostNames->font()).lineSpacing() * 5);
    hostForm->addRow(tr("&Host names and IP addresses:"), p.hostNames);
    hostForm->addRow(QString(), makeNote(tr("One per line or separated by commas. Browsers check only these "
                                            "names, never the common name. A name like *.example.com covers "
                                            "one level of subdomains."),
                                         hostPage));
    p.hostPreview = new QLabel(hostPage);
    p.hostPreview->setObjectName(QStringLiteral("hostNamesPreview"));
    p.hostPreview->setWordWrap(true);
    p.hostPreview->setTextFormat(Qt::PlainText);
    hostForm->addRow(QString(), p.hostPreview);
    p.hostHint = makeHint(hostPage);
    p.hostHint->setObjectName(QStringLiteral("hostNamesHint"));
    hostForm->addRow(QString(), p.hostHint);
    hostPage->registerField(QStringLiteral("hostNames"), p.hostNames, "plainText", SIGNAL(textChanged()));
    const auto updateHosts = [&p, hostPage] {
        const Pages::Hosts hosts = p.hosts();
        QStringList parts;
        if (!hosts.all.isEmpty()) {
            parts << tr("Common name: %1").arg(hosts.all.front());
        }
        if (!hosts.dns.isEmpty()) {
            parts << tr("DNS names: %1").arg(hosts.dns.join(QStringLiteral(", ")));
        }
        if (!hosts.ips.isEmpty()) {
            parts << tr("IP addresses: %1").arg(hosts.ips.join(QStringLiteral(", ")));
        }
        p.hostPreview->setText(parts.join(QLatin1Char('\n')));
        setHint(p.hostHint, hosts.problems.join(QLatin1Char('\n')));
        hostPage->updateComplete();
    };
    connect(p.hostNames, &QPlainTextEdit::textChanged, hostPage, updateHosts);
    connect(p.ca, &CaComboBox::caChanged, hostPage, &FormPage::updateComplete);
    hostPage->setCompleteCheck([&p] {
        const Pages::Hosts hosts = p.hosts();
        return p.ca->currentCa() != nullptr && !hosts.all.isEmpty() && hosts.problems.isEmpty();
    });
    if (!p.ca->hasCas()) {
        hostForm->addRow(QString(), makeNote(tr("No CA in this workspace can sign. Create a CA first."), hostPage));
    }
    setPage(HostsPageId, hostPage);

    // 2. Key, validity and name
    auto* keyPage = new FormPage(this);
    keyPage->setObjectName(QStringLiteral("serverKeyPage"));
    keyPage->setTitle(tr("Key and Validity"));
    keyPage->setSubTitle(tr("The server's key is made here and kept encrypted in the workspace."));
    auto* keyForm = new QFormLayout(keyPage);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.keyType = new KeyTypeComboBox(QStringLiteral("ec:p256"), Profile::Server, keyPage);
    p.keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    keyForm->addRow(tr("&Key type:"), p.keyType);
    p.validity = new ValidityEdit(workspace.now(), keyPage);
    p.validity->setLimits(defaultValidityDays(Profile::Server), kServerMaxDays);
    keyForm->addRow(tr("&Validity:"), p.validity);
    keyForm->addRow(QString(), makeNote(tr("Apple and Chrome accept at most 825 / 398 days; the default of 397 "
                                           "days works everywhere."),
                                        keyPage));
    p.name = new QLineEdit(keyPage);
    p.name->setObjectName(QStringLiteral("nameEdit"));
    keyForm->addRow(tr("Name in the &workspace:"), p.name);
    keyPage->registerField(QStringLiteral("keyType"), p.keyType, "keySpecName", SIGNAL(keySpecChanged(QString)));
    keyPage->registerField(QStringLiteral("validityDays"), p.validity, "days", SIGNAL(daysChanged(int)));
    keyPage->registerField(QStringLiteral("name"), p.name);
    keyPage->setOnInitialize([&p] {
        const CertificateRecord* issuer = p.ca->currentCa();
        p.validity->setIssuer(issuer ? issuer->name : QString(),
                              issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
        p.name->setPlaceholderText(tr("optional; “%1” when left empty").arg(p.hosts().all.value(0)));
    });
    setPage(KeyPageId, keyPage);
    connect(p.templatePicker, &TemplatePicker::templateChosen, this, [&p](const IssuanceTemplate* t) {
        if (t != nullptr && !t->keySpec.isEmpty()) {
            p.keyType->setKeySpecName(t->keySpec);
        }
        if (t != nullptr && t->days > 0) {
            p.validity->setDays(t->days);
        }
    });

    // 3. Summary
    addSummaryPage(SummaryPageId);
}

NewServerWizard::~NewServerWizard() = default;

std::optional<KeySpec> NewServerWizard::keyToGenerate() const
{
    return m_pages->keyType->keySpec();
}

Result<LeafOptions> NewServerWizard::options() const
{
    const Pages& p = *m_pages;
    const Pages::Hosts hosts = p.hosts();
    LeafOptions options;
    options.ca = p.ca->currentRef();
    options.profile = Profile::Server;
    options.commonName = hosts.all.value(0);
    options.dnsNames = hosts.dns;
    options.ipAddresses = hosts.ips;
    options.keySpec = p.keyType->keySpecName();
    options.days = p.validity->days();
    options.name = p.name->text().trimmed();
    // The key type and validity shown are chosen; the subject defaults and the template's DNS name
    // patterns, which the pages do not show, are added here and listed on the summary page.
    auto preset = p.templatePicker->preset(options.ca);
    if (!preset) {
        return preset.error();
    }
    return applyPreset(options, *preset, {true, false});
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
    const Pages& p = *m_pages;
    const Pages::Hosts hosts = p.hosts();
    const CertificateRecord* issuer = p.ca->currentCa();
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
    const QString name = p.name->text().trimmed();
    const QString usage = ready->profile == Profile::ServerClient ? tr("TLS server and client authentication")
                                                                  : tr("TLS server authentication");
    DistinguishedName subject;
    if (auto given = DistinguishedName::parse(ready->subject); given && !ready->subject.isEmpty()) {
        subject = *given;
    }
    subject.setCommonName(hosts.all.value(0));
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Profile:"), tr("%1 (%2)").arg(profileLabel(ready->profile), usage));
    if (!p.templatePicker->currentName().isEmpty()) {
        rows << qMakePair(tr("Template:"), p.templatePicker->currentName());
    }
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    rows << qMakePair(tr("Name:"), name.isEmpty() ? hosts.all.value(0) : name);
    rows << qMakePair(tr("Subject:"), subject.toString());
    rows << qMakePair(tr("Subject alternative names:"), sans.join(QLatin1Char('\n')));
    rows << qMakePair(tr("Key type:"), p.keyType->keySpec().description());
    rows << qMakePair(tr("Validity:"),
                      tr("%n day(s), until %1", nullptr, p.validity->days()).arg(formatDate(p.validity->endDate())));
    if (issuer && !issuer->crlUrl.isEmpty()) {
        rows << qMakePair(tr("CRL distribution point:"), issuer->crlUrl);
    }
    if (issuer && !issuer->aiaUrl.isEmpty()) {
        rows << qMakePair(tr("CA issuers (AIA):"), issuer->aiaUrl);
    }
    return summaryTable(rows);
}

} // namespace signet
