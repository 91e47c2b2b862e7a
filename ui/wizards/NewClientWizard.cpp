#include "wizards/NewClientWizard.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "pki/NameRules.h"
#include "pki/Profile.h"
#include "pki/SubjectAltNames.h"
#include "wizards/CaComboBox.h"
#include "wizards/FormPage.h"
#include "wizards/KeyTypeComboBox.h"
#include "wizards/SummaryPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace signet {

namespace {
constexpr int kClientMaxDays = 36500;
}

struct NewClientWizard::Pages {
    CaComboBox* ca = nullptr;
    TemplatePicker* templatePicker = nullptr;
    QLineEdit* commonName = nullptr;
    QLineEdit* email = nullptr;
    QLabel* emailHint = nullptr;
    KeyTypeComboBox* keyType = nullptr;
    ValidityEdit* validity = nullptr;
    SummaryPage* summary = nullptr;
    QCheckBox* exportP12 = nullptr;

    // The e-mail address as the core reads it: empty when none is given.
    [[nodiscard]] Result<QString> emailAddress() const
    {
        const QString typed = email->text().trimmed();
        return typed.isEmpty() ? Result<QString>(QString()) : NameRules::normalizedEmailAddress(typed);
    }
};

NewClientWizard::NewClientWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent)
    : IssuanceWizard(workspace, parent), m_pages(std::make_unique<Pages>())
{
    setObjectName(QStringLiteral("newClientWizard"));
    setWindowTitle(tr("New Client Certificate"));
    Pages& p = *m_pages;

    // 1. CA, name and e-mail
    auto* identityPage = new FormPage(this);
    identityPage->setObjectName(QStringLiteral("clientIdentityPage"));
    identityPage->setTitle(tr("Client"));
    identityPage->setSubTitle(tr("Who or what the certificate identifies to servers that ask for client "
                                 "certificates (mutual TLS)."));
    auto* form = new QFormLayout(identityPage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.ca = CaComboBox::addSigningRow(workspace, ca, form, identityPage);
    p.templatePicker =
        TemplatePicker::addRow(workspace, {Profile::Client, Profile::ServerClient}, form, identityPage);
    p.commonName = new QLineEdit(identityPage);
    p.commonName->setObjectName(QStringLiteral("commonNameEdit"));
    p.commonName->setPlaceholderText(tr("e.g. Anna's iPhone, Jan Novak, build-server-3"));
    form->addRow(tr("&Person or device:"), p.commonName);
    form->addRow(QString(), makeNote(tr("Becomes the certificate's common name (CN) and its name in the "
                                        "workspace. Servers see it in their logs."),
                                     identityPage));
    p.email = new QLineEdit(identityPage);
    p.email->setObjectName(QStringLiteral("emailEdit"));
    p.email->setPlaceholderText(tr("optional, e.g. anna@example.com"));
    form->addRow(tr("&E-mail address:"), p.email);
    p.emailHint = makeHint(identityPage);
    p.emailHint->setObjectName(QStringLiteral("emailHint"));
    form->addRow(QString(), p.emailHint);
    identityPage->registerField(QStringLiteral("commonName*"), p.commonName);
    identityPage->registerField(QStringLiteral("email"), p.email);
    connect(p.email, &QLineEdit::textChanged, identityPage, [&p, identityPage] {
        const Result<QString> address = p.emailAddress();
        setHint(p.emailHint, address ? QString() : address.error().message);
        identityPage->updateComplete();
    });
    connect(p.ca, &CaComboBox::caChanged, identityPage, &FormPage::updateComplete);
    identityPage->setCompleteCheck([&p] {
        return p.ca->currentCa() != nullptr && !p.commonName->text().trimmed().isEmpty() && p.emailAddress().ok();
    });
    setPage(IdentityPageId, identityPage);

    // 2. Key and validity
    auto* keyPage = new FormPage(this);
    keyPage->setObjectName(QStringLiteral("clientKeyPage"));
    keyPage->setTitle(tr("Key and Validity"));
    keyPage->setSubTitle(tr("The key is made here and kept encrypted in the workspace until you export it."));
    auto* keyForm = new QFormLayout(keyPage);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.keyType = new KeyTypeComboBox(QStringLiteral("ec:p256"), Profile::Client, keyPage);
    p.keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    keyForm->addRow(tr("&Key type:"), p.keyType);
    keyForm->addRow(QString(), makeNote(tr("Older Android and Windows versions import RSA 2048 keys most "
                                           "reliably."),
                                        keyPage));
    p.validity = new ValidityEdit(workspace.now(), keyPage);
    p.validity->setLimits(defaultValidityDays(Profile::Client), kClientMaxDays);
    keyForm->addRow(tr("&Validity:"), p.validity);
    keyPage->registerField(QStringLiteral("keyType"), p.keyType, "keySpecName", SIGNAL(keySpecChanged(QString)));
    keyPage->registerField(QStringLiteral("validityDays"), p.validity, "days", SIGNAL(daysChanged(int)));
    keyPage->setOnInitialize([&p] {
        const CertificateRecord* issuer = p.ca->currentCa();
        p.validity->setIssuer(issuer ? issuer->name : QString(),
                              issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
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

    // 3. Summary and what to do next
    p.summary = addSummaryPage(SummaryPageId);
    p.exportP12 = new QCheckBox(tr("Export a .p12 for a phone or browser right after issuing"), p.summary);
    p.exportP12->setObjectName(QStringLiteral("exportP12Check"));
    p.exportP12->setChecked(true);
    p.summary->addWidget(p.exportP12);
}

NewClientWizard::~NewClientWizard() = default;

bool NewClientWizard::exportRequested() const
{
    return m_pages->exportP12->isChecked();
}

std::optional<KeySpec> NewClientWizard::keyToGenerate() const
{
    return m_pages->keyType->keySpec();
}

Result<LeafOptions> NewClientWizard::options() const
{
    const Pages& p = *m_pages;
    LeafOptions options;
    options.ca = p.ca->currentRef();
    options.profile = Profile::Client;
    options.commonName = p.commonName->text().trimmed();
    if (const Result<QString> address = p.emailAddress(); address && !address->isEmpty()) {
        options.emails << *address;
    }
    options.keySpec = p.keyType->keySpecName();
    options.days = p.validity->days();
    // The subject defaults and a template's DNS name patterns, which the pages do not show.
    auto preset = p.templatePicker->preset(options.ca);
    if (!preset) {
        return preset.error();
    }
    return applyPreset(options, *preset, {true, false});
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
    const Pages& p = *m_pages;
    const CertificateRecord* issuer = p.ca->currentCa();
    const QString cn = p.commonName->text().trimmed();
    const Result<LeafOptions> ready = options();
    if (!ready) {
        return summaryTable({qMakePair(tr("Problem:"), ready.error().toString())});
    }
    DistinguishedName subject;
    if (auto given = DistinguishedName::parse(ready->subject); given && !ready->subject.isEmpty()) {
        subject = *given;
    }
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
    if (!p.templatePicker->currentName().isEmpty()) {
        rows << qMakePair(tr("Template:"), p.templatePicker->currentName());
    }
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    rows << qMakePair(tr("Name:"), cn);
    rows << qMakePair(tr("Subject:"), subject.toString());
    rows << qMakePair(tr("Subject alternative names:"), sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n')));
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
