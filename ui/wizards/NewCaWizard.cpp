#include "wizards/NewCaWizard.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "pki/IpRange.h"
#include "pki/NameRules.h"
#include "pki/Profile.h"
#include "wizards/CaComboBox.h"
#include "wizards/FormPage.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/TemplatePicker.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace signet {

namespace {
constexpr int kMaxPathLength = 10;
}

struct NewCaWizard::Pages {
    // kind
    QRadioButton* root = nullptr;
    QRadioButton* intermediate = nullptr;
    CaComboBox* parentCa = nullptr;
    TemplatePicker* templatePicker = nullptr;
    // identity
    QLineEdit* name = nullptr;
    QLineEdit* commonName = nullptr;
    QLineEdit* organization = nullptr;
    QLineEdit* country = nullptr;
    QLabel* subjectPreview = nullptr;
    QString mirroredName; // what the common name was last filled with from the name
    // key and validity
    FormPage* keyPage = nullptr;
    KeyTypeComboBox* keyType = nullptr;
    ValidityEdit* validity = nullptr;
    QSpinBox* pathLength = nullptr;
    QLineEdit* permittedDns = nullptr;
    QLineEdit* permittedIps = nullptr;
    QLineEdit* permittedEmails = nullptr;
    QLineEdit* crlUrl = nullptr;
    QLineEdit* aiaUrl = nullptr;
    QLabel* keyHint = nullptr;
    std::optional<bool> defaultsForIntermediate; // which kind the defaults below were set for

    [[nodiscard]] bool isIntermediate() const { return intermediate->isChecked(); }
    [[nodiscard]] QString subject() const
    {
        return DistinguishedName::textFrom({{QStringLiteral("CN"), commonName->text()},
                                            {QStringLiteral("O"), organization->text()},
                                            {QStringLiteral("C"), country->text().toUpper()}});
    }
    // The permitted domains, IP ranges and e-mail domains as the core reads them, or its objection
    // to the first entry it refuses.
    [[nodiscard]] Result<QStringList> dnsDomains() const
    {
        return eachEntry(permittedDns, &NameRules::dnsConstraintDomain);
    }
    [[nodiscard]] Result<QStringList> ipRanges() const
    {
        return eachEntry(permittedIps, [](const QString& entry) -> Result<QString> {
            auto range = IpRange::parse(entry);
            if (!range) {
                return range.error();
            }
            return range->toString();
        });
    }
    [[nodiscard]] Result<QStringList> emailDomains() const
    {
        return eachEntry(permittedEmails, &NameRules::emailConstraintDomain);
    }
    static Result<QStringList> eachEntry(const QLineEdit* edit,
                                         const std::function<Result<QString>(const QString&)>& rule)
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
    [[nodiscard]] bool constrained() const
    {
        return !NameRules::splitEntries(permittedDns->text() + QLatin1Char(' ') + permittedIps->text()
                                        + QLatin1Char(' ') + permittedEmails->text())
                    .isEmpty();
    }
    // What is wrong with the key page, one line each; empty when Next may go on.
    [[nodiscard]] QStringList keyPageProblems() const
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
        if (const QString url = crlUrl->text().trimmed(); !url.isEmpty()) {
            if (const Status st = NameRules::checkCrlUrl(url); !st) {
                problems << st.error().message;
            }
        }
        if (const QString url = aiaUrl->text().trimmed(); !url.isEmpty()) {
            if (const Status st = NameRules::checkCaIssuersUrl(url); !st) {
                problems << st.error().message;
            }
        }
        return problems;
    }
};

NewCaWizard::NewCaWizard(Workspace& workspace, std::optional<qint64> parentCa, QWidget* parent)
    : IssuanceWizard(workspace, parent), m_pages(std::make_unique<Pages>())
{
    setObjectName(QStringLiteral("newCaWizard"));
    setWindowTitle(tr("New Certificate Authority"));
    Pages& p = *m_pages;

    // 1. Root or intermediate
    auto* kindPage = new FormPage(this);
    kindPage->setObjectName(QStringLiteral("caKindPage"));
    kindPage->setTitle(tr("Kind of CA"));
    kindPage->setSubTitle(tr("A root CA starts a new chain of trust; an intermediate CA is signed by a CA "
                             "you already have."));
    auto* kindLayout = new QVBoxLayout(kindPage);
    p.root = new QRadioButton(tr("&Root CA"), kindPage);
    p.root->setObjectName(QStringLiteral("rootRadio"));
    kindLayout->addWidget(p.root);
    kindLayout->addWidget(makeNote(tr("Self-signed. Every device that should trust your certificates "
                                      "installs it once."),
                                   kindPage));
    p.intermediate = new QRadioButton(tr("&Intermediate CA"), kindPage);
    p.intermediate->setObjectName(QStringLiteral("intermediateRadio"));
    kindLayout->addWidget(p.intermediate);
    kindLayout->addWidget(makeNote(tr("Signed by the CA chosen below. It issues the day-to-day certificates, "
                                      "so the root's key can stay unused."),
                                   kindPage));
    auto* parentForm = new QFormLayout;
    p.parentCa = new CaComboBox(workspace, kindPage);
    p.parentCa->setObjectName(QStringLiteral("parentCaCombo"));
    parentForm->addRow(tr("&Signed by:"), p.parentCa);
    kindLayout->addLayout(parentForm);
    // First: a template chooses the kind too.
    auto* templateForm = new QFormLayout;
    p.templatePicker =
        TemplatePicker::addRow(workspace, {Profile::RootCa, Profile::IntermediateCa}, templateForm, kindPage);
    kindLayout->insertLayout(0, templateForm);
    kindLayout->insertSpacing(1, 8);
    if (!p.parentCa->hasCas()) {
        kindLayout->addWidget(makeNote(tr("No CA in this workspace can sign yet, so the first CA is a root."),
                                       kindPage));
    }
    kindLayout->addStretch(1);
    auto* kindGroup = new QButtonGroup(kindPage);
    kindGroup->addButton(p.root);
    kindGroup->addButton(p.intermediate);
    p.intermediate->setEnabled(p.parentCa->hasCas());
    if (parentCa && p.parentCa->selectCa(*parentCa)) {
        p.intermediate->setChecked(true);
    } else {
        p.root->setChecked(true);
    }
    kindPage->registerField(QStringLiteral("root"), p.root);
    kindPage->registerField(QStringLiteral("intermediate"), p.intermediate);
    const auto updateKind = [&p, kindPage] {
        p.parentCa->setEnabled(p.isIntermediate() && p.parentCa->hasCas());
        kindPage->updateComplete();
    };
    connect(p.intermediate, &QRadioButton::toggled, kindPage, updateKind);
    connect(p.parentCa, &CaComboBox::caChanged, kindPage, updateKind);
    kindPage->setCompleteCheck([&p] { return !p.isIntermediate() || p.parentCa->currentCa() != nullptr; });
    updateKind();
    setPage(KindPageId, kindPage);

    // 2. Identity
    auto* identityPage = new FormPage(this);
    identityPage->setObjectName(QStringLiteral("caIdentityPage"));
    identityPage->setTitle(tr("Identity"));
    identityPage->setSubTitle(tr("How the CA is named in this workspace and in the certificates it signs."));
    auto* identityForm = new QFormLayout(identityPage);
    identityForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.name = new QLineEdit(identityPage);
    p.name->setObjectName(QStringLiteral("nameEdit"));
    p.name->setPlaceholderText(tr("e.g. Home Lab Root CA"));
    identityForm->addRow(tr("Name in the &workspace:"), p.name);
    p.commonName = new QLineEdit(identityPage);
    p.commonName->setObjectName(QStringLiteral("commonNameEdit"));
    identityForm->addRow(tr("&Common name (CN):"), p.commonName);
    p.organization = new QLineEdit(identityPage);
    p.organization->setObjectName(QStringLiteral("organizationEdit"));
    p.organization->setPlaceholderText(tr("optional"));
    identityForm->addRow(tr("&Organization (O):"), p.organization);
    p.country = new QLineEdit(identityPage);
    p.country->setObjectName(QStringLiteral("countryEdit"));
    p.country->setPlaceholderText(tr("optional, two letters, e.g. DE"));
    p.country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), p.country));
    identityForm->addRow(tr("Co&untry (C):"), p.country);
    p.subjectPreview = new QLabel(identityPage);
    p.subjectPreview->setObjectName(QStringLiteral("subjectPreview"));
    p.subjectPreview->setWordWrap(true);
    p.subjectPreview->setTextFormat(Qt::PlainText);
    p.subjectPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identityForm->addRow(tr("Subject:"), p.subjectPreview);
    identityPage->registerField(QStringLiteral("name*"), p.name);
    identityPage->registerField(QStringLiteral("commonName*"), p.commonName);
    identityPage->registerField(QStringLiteral("organization"), p.organization);
    identityPage->registerField(QStringLiteral("country"), p.country);
    connect(p.name, &QLineEdit::textChanged, identityPage, [&p](const QString& text) {
        // The common name follows the name until it is given one of its own.
        if (p.commonName->text() == p.mirroredName) {
            p.commonName->setText(text);
            p.mirroredName = text;
        }
    });
    const auto updateIdentity = [&p, identityPage] {
        p.subjectPreview->setText(p.subject());
        identityPage->updateComplete();
    };
    for (QLineEdit* edit : {p.commonName, p.organization, p.country}) {
        connect(edit, &QLineEdit::textChanged, identityPage, updateIdentity);
    }
    identityPage->setCompleteCheck([&p] {
        const qsizetype country = p.country->text().size();
        return !p.name->text().trimmed().isEmpty() && !p.commonName->text().trimmed().isEmpty()
               && (country == 0 || country == 2);
    });
    updateIdentity();
    setPage(IdentityPageId, identityPage);

    // 3. Key, validity and constraints
    p.keyPage = new FormPage(this);
    p.keyPage->setObjectName(QStringLiteral("caKeyPage"));
    p.keyPage->setTitle(tr("Key and Limits"));
    p.keyPage->setSubTitle(tr("The CA's key, how long it is valid, and what it may sign."));
    auto* keyForm = new QFormLayout(p.keyPage);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.keyType = new KeyTypeComboBox(QStringLiteral("ec:p384"), Profile::RootCa, p.keyPage);
    p.keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    keyForm->addRow(tr("&Key type:"), p.keyType);
    p.validity = new ValidityEdit(workspace.now(), p.keyPage);
    p.validity->setLimits(defaultValidityDays(Profile::RootCa), 36500);
    keyForm->addRow(tr("&Validity:"), p.validity);
    p.pathLength = new QSpinBox(p.keyPage);
    p.pathLength->setObjectName(QStringLiteral("pathLengthSpin"));
    p.pathLength->setRange(-1, kMaxPathLength);
    p.pathLength->setSpecialValueText(tr("no limit"));
    p.pathLength->setValue(-1);
    p.pathLength->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    keyForm->addRow(tr("&Path length:"), p.pathLength);
    keyForm->addRow(QString(), makeNote(tr("How many levels of CAs may exist below this one; 0 means it "
                                           "signs only servers and clients."),
                                        p.keyPage));
    p.permittedDns = new QLineEdit(p.keyPage);
    p.permittedDns->setObjectName(QStringLiteral("permittedDnsEdit"));
    p.permittedDns->setPlaceholderText(tr("optional, e.g. example.com, lab.example.net"));
    keyForm->addRow(tr("Permitted &domains:"), p.permittedDns);
    p.permittedIps = new QLineEdit(p.keyPage);
    p.permittedIps->setObjectName(QStringLiteral("permittedIpEdit"));
    p.permittedIps->setPlaceholderText(tr("optional, e.g. 192.168.1.0/24, fd00::/8"));
    keyForm->addRow(tr("Permitted &IP ranges:"), p.permittedIps);
    p.permittedEmails = new QLineEdit(p.keyPage);
    p.permittedEmails->setObjectName(QStringLiteral("permittedEmailEdit"));
    p.permittedEmails->setPlaceholderText(tr("optional, e.g. example.com, .example.com"));
    keyForm->addRow(tr("Permitted e-&mail domains:"), p.permittedEmails);
    keyForm->addRow(QString(), makeNote(tr("Name constraints: this CA and every CA below it can then only issue "
                                           "for these domains and their subdomains, these IP ranges and e-mail "
                                           "addresses at these domains (.example.com: at any host below it). Once "
                                           "any is set, other IP and e-mail addresses are refused. Chrome enforces "
                                           "name constraints on locally added roots."),
                                        p.keyPage));
    p.crlUrl = new QLineEdit(p.keyPage);
    p.crlUrl->setObjectName(QStringLiteral("crlUrlEdit"));
    p.crlUrl->setPlaceholderText(tr("optional, e.g. http://pki.example.com/ca.crl"));
    keyForm->addRow(tr("C&RL URL:"), p.crlUrl);
    keyForm->addRow(QString(), makeNote(tr("Where you will publish this CA's revocation list; it is written "
                                           "into every certificate the CA issues."),
                                        p.keyPage));
    p.aiaUrl = new QLineEdit(p.keyPage);
    p.aiaUrl->setObjectName(QStringLiteral("aiaUrlEdit"));
    p.aiaUrl->setPlaceholderText(tr("optional, e.g. http://pki.example.com/ca.crt"));
    keyForm->addRow(tr("CA certificate &URL:"), p.aiaUrl);
    keyForm->addRow(QString(), makeNote(tr("Where you will publish this CA's own certificate; it is written into "
                                           "every certificate the CA issues (Authority Information Access), so "
                                           "that clients can fetch a missing intermediate CA."),
                                        p.keyPage));
    p.keyHint = makeHint(p.keyPage);
    p.keyHint->setObjectName(QStringLiteral("keyPageHint"));
    keyForm->addRow(p.keyHint);
    p.keyPage->registerField(QStringLiteral("keyType"), p.keyType, "keySpecName",
                             SIGNAL(keySpecChanged(QString)));
    p.keyPage->registerField(QStringLiteral("validityDays"), p.validity, "days", SIGNAL(daysChanged(int)));
    p.keyPage->registerField(QStringLiteral("pathLength"), p.pathLength);
    p.keyPage->registerField(QStringLiteral("permittedDns"), p.permittedDns);
    p.keyPage->registerField(QStringLiteral("permittedIps"), p.permittedIps);
    p.keyPage->registerField(QStringLiteral("permittedEmails"), p.permittedEmails);
    p.keyPage->registerField(QStringLiteral("crlUrl"), p.crlUrl);
    p.keyPage->registerField(QStringLiteral("aiaUrl"), p.aiaUrl);
    const auto updateKeyPage = [&p] {
        setHint(p.keyHint, p.keyPageProblems().join(QLatin1Char('\n')));
        p.keyPage->updateComplete();
    };
    for (QLineEdit* edit : {p.permittedDns, p.permittedIps, p.permittedEmails, p.crlUrl, p.aiaUrl}) {
        connect(edit, &QLineEdit::textChanged, p.keyPage, updateKeyPage);
    }
    p.keyPage->setCompleteCheck([&p] { return p.keyPageProblems().isEmpty(); });
    p.keyPage->setOnInitialize([&p] {
        const bool intermediate = p.isIntermediate();
        const CertificateRecord* issuer = intermediate ? p.parentCa->currentCa() : nullptr;
        if (p.defaultsForIntermediate != intermediate) {
            p.defaultsForIntermediate = intermediate;
            p.pathLength->setValue(intermediate ? 0 : -1);
        }
        p.validity->setLimits(defaultValidityDays(intermediate ? Profile::IntermediateCa : Profile::RootCa), 36500);
        p.validity->setIssuer(issuer ? issuer->name : QString(),
                              issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
    });
    setPage(KeyPageId, p.keyPage);
    prefill(workspace);

    // 4. Summary
    addSummaryPage(SummaryPageId);
}

NewCaWizard::~NewCaWizard() = default;

void NewCaWizard::prefill(Workspace& workspace)
{
    Pages& p = *m_pages;
    // The workspace's subject defaults, as a person would otherwise type them each time.
    if (auto defaults = workspace.defaults()) {
        p.organization->setText(defaults->organization);
        p.country->setText(defaults->country);
    }
    connect(p.templatePicker, &TemplatePicker::templateChosen, this, [&p](const IssuanceTemplate* t) {
        if (t == nullptr) {
            return;
        }
        const bool intermediate = t->profile == Profile::IntermediateCa && p.intermediate->isEnabled();
        (intermediate ? p.intermediate : p.root)->setChecked(true);
        if (!t->keySpec.isEmpty()) {
            p.keyType->setKeySpecName(t->keySpec);
        }
        if (t->days > 0) {
            // The key page sets the kind's default again when shown; with it in place already, the
            // template's days stay.
            p.validity->setLimits(defaultValidityDays(t->profile), 36500);
            p.validity->setDays(t->days);
        }
        if (!t->subject.organization.isEmpty()) {
            p.organization->setText(t->subject.organization);
        }
        if (!t->subject.country.isEmpty()) {
            p.country->setText(t->subject.country);
        }
    });
}

std::optional<KeySpec> NewCaWizard::keyToGenerate() const
{
    return m_pages->keyType->keySpec();
}

Result<Issued> NewCaWizard::issue(PrivateKey key)
{
    const Pages& p = *m_pages;
    CaOptions options;
    options.name = p.name->text().trimmed();
    options.subject = p.subject();
    options.keySpec = p.keyType->keySpecName();
    options.days = p.validity->days();
    options.issuer = p.isIntermediate() ? p.parentCa->currentRef() : CertificateRef();
    options.pathLength = p.pathLength->value();
    options.permittedDns = NameRules::splitEntries(p.permittedDns->text());
    options.permittedIps = NameRules::splitEntries(p.permittedIps->text());
    options.permittedEmails = NameRules::splitEntries(p.permittedEmails->text());
    options.crlUrl = p.crlUrl->text().trimmed();
    options.aiaUrl = p.aiaUrl->text().trimmed();
    applyLintChoices(options);
    return workspace().createCa(options, std::move(key));
}

QString NewCaWizard::summaryHtml() const
{
    const Pages& p = *m_pages;
    const CertificateRecord* issuer = p.isIntermediate() ? p.parentCa->currentCa() : nullptr;
    const QString none = tr("none");
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Type:"), issuer ? profileLabel(Profile::IntermediateCa) : profileLabel(Profile::RootCa));
    rows << qMakePair(tr("Issuer:"),
                      issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : tr("itself (self-signed)"));
    rows << qMakePair(tr("Name:"), p.name->text().trimmed());
    rows << qMakePair(tr("Subject:"), p.subject());
    rows << qMakePair(tr("Key type:"), p.keyType->keySpec().description());
    rows << qMakePair(tr("Validity:"),
                      tr("%n day(s), until %1", nullptr, p.validity->days()).arg(formatDate(p.validity->endDate())));
    rows << qMakePair(tr("Path length:"),
                      p.pathLength->value() < 0 ? tr("no limit") : QString::number(p.pathLength->value()));
    // With any name constraint, IP and e-mail addresses are closed unless permitted; DNS names are not.
    const bool constrained = p.constrained();
    const QString unconstrained = tr("any (no name constraints)");
    const QStringList domains = p.dnsDomains() ? *p.dnsDomains() : QStringList();
    rows << qMakePair(tr("Permitted domains:"), !domains.isEmpty() ? domains.join(QLatin1Char('\n'))
                                                : constrained      ? tr("any")
                                                                   : unconstrained);
    const QStringList ips = p.ipRanges() ? *p.ipRanges() : QStringList();
    rows << qMakePair(tr("Permitted IP ranges:"), !ips.isEmpty() ? ips.join(QLatin1Char('\n'))
                                                  : constrained  ? tr("none: every IP address is refused")
                                                                 : unconstrained);
    const QStringList emails = p.emailDomains() ? *p.emailDomains() : QStringList();
    rows << qMakePair(tr("Permitted e-mail domains:"), !emails.isEmpty() ? emails.join(QLatin1Char('\n'))
                                                       : constrained     ? tr("none: every e-mail address is refused")
                                                                         : unconstrained);
    const QString crlUrl = p.crlUrl->text().trimmed();
    rows << qMakePair(tr("Publishes its CRL at:"), crlUrl.isEmpty() ? none : crlUrl);
    const QString aiaUrl = p.aiaUrl->text().trimmed();
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
