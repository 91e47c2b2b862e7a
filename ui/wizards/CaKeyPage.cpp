#include "wizards/CaKeyPage.h"

#include "IssuanceTemplate.h"
#include "pki/IpRange.h"
#include "pki/NameRules.h"
#include "pki/Profile.h"
#include "wizards/CaKindPage.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <functional>

namespace signet {

namespace {
constexpr int kMaxPathLength = 10;
constexpr int kCaMaxDays = 36500;

QLineEdit* addLineRow(QFormLayout* form, const QString& label, const QString& objectName, const QString& placeholder,
                      QWidget* page)
{
    auto* edit = new QLineEdit(page);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    return edit;
}

Result<QStringList> eachEntry(const QLineEdit* edit, const std::function<Result<QString>(const QString&)>& rule)
{
    QStringList out;
    for (const QString& entry : NameRules::splitEntries(edit->text())) {
        auto read = rule(entry);
        if (!read) {
            return read.error();
        }
        out << *read;
    }
    return out;
}
} // namespace

CaKeyPage::CaKeyPage(const QDateTime& now, const CaKindPage& kind, QWidget* parent) : FormPage(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("caKeyPage"));
    setTitle(tr("Key and Limits"));
    setSubTitle(tr("The CA's key, how long it is valid, and what it may sign."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyType = new KeyTypeComboBox(QStringLiteral("ec:p384"), Profile::RootCa, this);
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    form->addRow(tr("&Key type:"), m_keyType);
    m_validity = new ValidityEdit(now, this);
    m_validity->setLimits(defaultValidityDays(Profile::RootCa), kCaMaxDays);
    form->addRow(tr("&Validity:"), m_validity);
    m_pathLength = new QSpinBox(this);
    m_pathLength->setObjectName(QStringLiteral("pathLengthSpin"));
    m_pathLength->setRange(-1, kMaxPathLength);
    m_pathLength->setSpecialValueText(tr("no limit"));
    m_pathLength->setValue(-1);
    m_pathLength->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Path length:"), m_pathLength);
    form->addRow(QString(), makeNote(tr("How many levels of CAs may exist below this one; 0 means it "
                                        "signs only servers and clients."),
                                     this));
    m_permittedDns = addLineRow(form, tr("Permitted &domains:"), QStringLiteral("permittedDnsEdit"),
                                tr("optional, e.g. example.com, lab.example.net"), this);
    m_permittedIps = addLineRow(form, tr("Permitted &IP ranges:"), QStringLiteral("permittedIpEdit"),
                                tr("optional, e.g. 192.168.1.0/24, fd00::/8"), this);
    m_permittedEmails = addLineRow(form, tr("Permitted e-&mail domains:"), QStringLiteral("permittedEmailEdit"),
                                   tr("optional, e.g. example.com, .example.com"), this);
    form->addRow(QString(), makeNote(tr("Name constraints: this CA and every CA below it can then only issue "
                                        "for these domains and their subdomains, these IP ranges and e-mail "
                                        "addresses at these domains (.example.com: at any host below it). Once "
                                        "any is set, other IP and e-mail addresses are refused. Chrome enforces "
                                        "name constraints on locally added roots."),
                                     this));
    m_crlUrl = addLineRow(form, tr("C&RL URL:"), QStringLiteral("crlUrlEdit"),
                          tr("optional, e.g. http://pki.example.com/ca.crl"), this);
    form->addRow(QString(), makeNote(tr("Where you will publish this CA's revocation list; it is written "
                                        "into every certificate the CA issues."),
                                     this));
    m_aiaUrl = addLineRow(form, tr("CA certificate &URL:"), QStringLiteral("aiaUrlEdit"),
                          tr("optional, e.g. http://pki.example.com/ca.crt"), this);
    form->addRow(QString(), makeNote(tr("Where you will publish this CA's own certificate; it is written into "
                                        "every certificate the CA issues (Authority Information Access), so "
                                        "that clients can fetch a missing intermediate CA."),
                                     this));
    m_hint = makeHint(this);
    m_hint->setObjectName(QStringLiteral("keyPageHint"));
    form->addRow(m_hint);
    registerField(QStringLiteral("keyType"), m_keyType, "keySpecName", SIGNAL(keySpecChanged(QString)));
    registerField(QStringLiteral("validityDays"), m_validity, "days", SIGNAL(daysChanged(int)));
    registerField(QStringLiteral("pathLength"), m_pathLength);
    registerField(QStringLiteral("permittedDns"), m_permittedDns);
    registerField(QStringLiteral("permittedIps"), m_permittedIps);
    registerField(QStringLiteral("permittedEmails"), m_permittedEmails);
    registerField(QStringLiteral("crlUrl"), m_crlUrl);
    registerField(QStringLiteral("aiaUrl"), m_aiaUrl);
    for (QLineEdit* edit : {m_permittedDns, m_permittedIps, m_permittedEmails, m_crlUrl, m_aiaUrl}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            setHint(m_hint, problems().join(QLatin1Char('\n')));
            emit completeChanged();
        });
    }
}

KeySpec CaKeyPage::keySpec() const
{
    return m_keyType->keySpec();
}

int CaKeyPage::days() const
{
    return m_validity->days();
}

QDateTime CaKeyPage::endDate() const
{
    return m_validity->endDate();
}

int CaKeyPage::pathLength() const
{
    return m_pathLength->value();
}

QStringList CaKeyPage::permittedDns() const
{
    return NameRules::splitEntries(m_permittedDns->text());
}

QStringList CaKeyPage::permittedIps() const
{
    return NameRules::splitEntries(m_permittedIps->text());
}

QStringList CaKeyPage::permittedEmails() const
{
    return NameRules::splitEntries(m_permittedEmails->text());
}

Result<QStringList> CaKeyPage::dnsDomains() const
{
    return eachEntry(m_permittedDns, &NameRules::dnsConstraintDomain);
}

Result<QStringList> CaKeyPage::ipRanges() const
{
    return eachEntry(m_permittedIps, [](const QString& entry) -> Result<QString> {
        auto range = IpRange::parse(entry);
        if (!range) {
            return range.error();
        }
        return range->toString();
    });
}

Result<QStringList> CaKeyPage::emailDomains() const
{
    return eachEntry(m_permittedEmails, &NameRules::emailConstraintDomain);
}

bool CaKeyPage::constrained() const
{
    return !NameRules::splitEntries(m_permittedDns->text() + QLatin1Char(' ') + m_permittedIps->text()
                                    + QLatin1Char(' ') + m_permittedEmails->text())
                .isEmpty();
}

QString CaKeyPage::crlUrl() const
{
    return m_crlUrl->text().trimmed();
}

QString CaKeyPage::aiaUrl() const
{
    return m_aiaUrl->text().trimmed();
}

void CaKeyPage::applyTemplate(const IssuanceTemplate& tmpl)
{
    if (tmpl.key) {
        m_keyType->setKeySpecName(tmpl.key->name());
    }
    if (tmpl.days > 0) {
        // initializePage() sets the kind's default again; with it in place already, the template's
        // days stay.
        m_validity->setLimits(defaultValidityDays(tmpl.profile), kCaMaxDays);
        m_validity->setDays(tmpl.days);
    }
}

QStringList CaKeyPage::problems() const
{
    QStringList problems;
    if (const auto domains = dnsDomains(); !domains) {
        problems << domains.error().message;
    }
    if (const auto ips = ipRanges(); !ips) {
        problems << ips.error().message;
    }
    if (const auto emails = emailDomains(); !emails) {
        problems << emails.error().message;
    }
    if (const QString url = crlUrl(); !url.isEmpty()) {
        if (const Status st = NameRules::checkCrlUrl(url); !st) {
            problems << st.error().message;
        }
    }
    if (const QString url = aiaUrl(); !url.isEmpty()) {
        if (const Status st = NameRules::checkCaIssuersUrl(url); !st) {
            problems << st.error().message;
        }
    }
    return problems;
}

bool CaKeyPage::isComplete() const
{
    return FormPage::isComplete() && problems().isEmpty();
}

void CaKeyPage::initializePage()
{
    const bool intermediate = m_kind.isIntermediate();
    const CertificateRecord* issuer = m_kind.issuer();
    if (m_defaultsForIntermediate != intermediate) {
        m_defaultsForIntermediate = intermediate;
        m_pathLength->setValue(intermediate ? 0 : -1);
    }
    m_validity->setLimits(defaultValidityDays(intermediate ? Profile::IntermediateCa : Profile::RootCa), kCaMaxDays);
    m_validity->setIssuer(issuer ? issuer->name : QString(),
                          issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
}

} // namespace signet
