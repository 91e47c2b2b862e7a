#include "wizards/ServerHostsPage.h"

#include "pki/Profile.h"
#include "pki/SubjectAltNames.h"
#include "wizards/CaComboBox.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace signet {

ServerHostsPage::ServerHostsPage(Workspace& workspace, std::optional<qint64> ca, QWidget* parent) : FormPage(parent)
{
    setObjectName(QStringLiteral("serverHostsPage"));
    setTitle(tr("Server"));
    setSubTitle(tr("The names clients use to reach the server. The first one also becomes the "
                   "certificate's common name (CN)."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ca = CaComboBox::addSigningRow(workspace, ca, form, this);
    m_templatePicker = TemplatePicker::addRow(workspace, {Profile::Server, Profile::ServerClient}, form, this);
    m_hostNames = new QPlainTextEdit(this);
    m_hostNames->setObjectName(QStringLiteral("hostNamesEdit"));
    m_hostNames->setTabChangesFocus(true);
    m_hostNames->setPlaceholderText(tr("www.example.com\nexample.com\n192.168.1.10"));
    m_hostNames->setMinimumHeight(QFontMetrics(m_hostNames->font()).lineSpacing() * 5);
    form->addRow(tr("&Host names and IP addresses:"), m_hostNames);
    form->addRow(QString(), makeNote(tr("One per line or separated by commas. Browsers check only these "
                                        "names, never the common name. A name like *.example.com covers "
                                        "one level of subdomains."),
                                     this));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("hostNamesPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_preview);
    m_hint = makeHint(this);
    m_hint->setObjectName(QStringLiteral("hostNamesHint"));
    form->addRow(QString(), m_hint);
    registerField(QStringLiteral("hostNames"), m_hostNames, "plainText", SIGNAL(textChanged()));
    connect(m_hostNames, &QPlainTextEdit::textChanged, this, &ServerHostsPage::updatePreview);
    connect(m_ca, &CaComboBox::caChanged, this, &QWizardPage::completeChanged);
    if (!m_ca->hasCas()) {
        form->addRow(QString(), makeNote(tr("No CA in this workspace can sign. Create a CA first."), this));
    }
}

ServerHostsPage::Hosts ServerHostsPage::hosts() const
{
    const SubjectAltNames::Parsed parsed = SubjectAltNames::parseList(m_hostNames->toPlainText());
    Hosts out;
    out.problems = parsed.problems;
    for (const SanEntry& entry : parsed.entries) {
        if (entry.kind == SanEntry::Kind::Dns || entry.kind == SanEntry::Kind::Ip) {
            out.all << entry.value;
        } else {
            out.problems << tr("Neither a host name nor an IP address: %1").arg(entry.value);
        }
    }
    out.dns = parsed.values(SanEntry::Kind::Dns);
    out.ips = parsed.values(SanEntry::Kind::Ip);
    return out;
}

const CertificateRecord* ServerHostsPage::ca() const
{
    return m_ca->currentCa();
}

CertificateRef ServerHostsPage::caRef() const
{
    return m_ca->currentRef();
}

bool ServerHostsPage::isComplete() const
{
    const Hosts parsed = hosts();
    return FormPage::isComplete() && m_ca->currentCa() != nullptr && !parsed.all.isEmpty()
           && parsed.problems.isEmpty();
}

void ServerHostsPage::updatePreview()
{
    const Hosts parsed = hosts();
    QStringList parts;
    if (!parsed.all.isEmpty()) {
        parts << tr("Common name: %1").arg(parsed.all.front());
    }
    if (!parsed.dns.isEmpty()) {
        parts << tr("DNS names: %1").arg(parsed.dns.join(QStringLiteral(", ")));
    }
    if (!parsed.ips.isEmpty()) {
        parts << tr("IP addresses: %1").arg(parsed.ips.join(QStringLiteral(", ")));
    }
    m_preview->setText(parts.join(QLatin1Char('\n')));
    setHint(m_hint, parsed.problems.join(QLatin1Char('\n')));
    emit completeChanged();
}

} // namespace signet
