#include "wizards/SignRequestWizard.h"

#include "Workspace.h"
#include "crypto/CertificateRequest.h"
#include "pki/NameRules.h"
#include "pki/Profile.h"
#include "wizards/CaComboBox.h"
#include "wizards/FormPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/ValidityEdit.h"
#include "wizards/WizardSupport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

namespace {
constexpr int kServerMaxDays = 825; // Apple's limit for every TLS server certificate
constexpr int kClientMaxDays = 36500;
} // namespace

struct SignRequestWizard::Pages {
    QPlainTextEdit* csrEdit = nullptr;
    QLabel* csrDetails = nullptr;
    // The request as last parsed from csrEdit; usable only when `csrError` is empty.
    std::optional<CertificateRequest> csr;
    QString csrError;
    QByteArray csrData;
    TemplatePicker* templatePicker = nullptr;
    CaComboBox* ca = nullptr;
    QComboBox* profile = nullptr;
    ValidityEdit* validity = nullptr;
    QLineEdit* name = nullptr;
    QLabel* nameHint = nullptr;
    QString suggestedName; // what the name field was last filled with from the request

    [[nodiscard]] bool csrUsable() const { return csr && csrError.isEmpty(); }
    [[nodiscard]] Profile chosenProfile() const
    {
        return profileFromName(profile->currentData().toString()).value_or(Profile::Server);
    }
    [[nodiscard]] QString csrCommonName() const { return csr ? csr->subjectName().commonName() : QString(); }
    // The SANs the certificate will carry: the request's, exactly, or for a server without any, its CN.
    [[nodiscard]] QStringList resultingSans() const
    {
        if (!csr) {
            return {};
        }
        const QStringList requested = csr->subjectAltNames();
        if (requested.isEmpty() && chosenProfile() != Profile::Client && !csrCommonName().isEmpty()) {
            return {QStringLiteral("DNS:") + csrCommonName()};
        }
        return requested;
    }
    // The name the certificate gets unless the user types another: the request's CN, else its first
    // alternative name, made acceptable as a name the way the core makes it.
    [[nodiscard]] QString nameFromRequest() const
    {
        QString source = csrCommonName();
        if (source.isEmpty() && csr) {
            source = csr->subjectAltNames().value(0);
            source = source.mid(source.indexOf(QLatin1Char(':')) + 1); // "DNS:host" -> "host"
        }
        return NameRules::certificateNameFrom(source);
    }
};

SignRequestWizard::SignRequestWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent,
                                     const QByteArray& csr)
    : IssuanceWizard(workspace, parent), m_pages(std::make_unique<Pages>())
{
    setObjectName(QStringLiteral("signRequestWizard"));
    setWindowTitle(tr("Sign a Certificate Request"));
    addRequestPage();
    addIssuePage(ca);
    addSummaryPage(SummaryPageId);
    if (!csr.isEmpty()) {
        auto parsed = CertificateRequest::fromData(csr);
        m_pages->csrEdit->setPlainText(parsed ? QString::fromLatin1(parsed->toPem()) : QString::fromUtf8(csr));
    }
}

// 1. The request
void SignRequestWizard::addRequestPage()
{
    Pages& p = *m_pages;
    auto* csrPage = new FormPage(this);
    csrPage->setObjectName(QStringLiteral("csrPage"));
    csrPage->setTitle(tr("Certificate Request"));
    csrPage->setSubTitle(tr("A CSR made on the server or device that keeps its own private key. Load the "
                            "file or paste its PEM text."));
    auto* csrLayout = new QVBoxLayout(csrPage);
    auto* loadRow = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load from File…"), csrPage);
    load->setObjectName(QStringLiteral("loadCsrButton"));
    loadRow->addWidget(load);
    loadRow->addStretch(1);
    csrLayout->addLayout(loadRow);
    auto* templateForm = new QFormLayout;
    p.templatePicker = TemplatePicker::addRow(
        workspace(), {Profile::Server, Profile::Client, Profile::ServerClient}, templateForm, csrPage);
    csrLayout->addLayout(templateForm);
    p.csrEdit = new QPlainTextEdit(csrPage);
    p.csrEdit->setObjectName(QStringLiteral("csrEdit"));
    p.csrEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    p.csrEdit->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----\n…\n"
                                                 "-----END CERTIFICATE REQUEST-----"));
    p.csrEdit->setTabChangesFocus(true);
    p.csrEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    csrLayout->addWidget(p.csrEdit, 1);
    p.csrDetails = new QLabel(csrPage);
    p.csrDetails->setObjectName(QStringLiteral("csrDetails"));
    p.csrDetails->setWordWrap(true);
    p.csrDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p.csrDetails->setTextFormat(Qt::RichText);
    csrLayout->addWidget(p.csrDetails);
    csrPage->registerField(QStringLiteral("csr"), p.csrEdit, "plainText", SIGNAL(textChanged()));

    connect(p.csrEdit, &QPlainTextEdit::textChanged, csrPage, [this, csrPage] { parseRequest(csrPage); });
    connect(load, &QPushButton::clicked, csrPage, [this, &p] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load Certificate Request"), QString(),
            tr("Certificate requests (*.csr *.req *.pem *.der);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            p.csrDetails->setText(QStringLiteral("<span style='color:#b01e1e'>%1</span>")
                                      .arg(tr("Could not read %1: %2").arg(path, file.errorString()).toHtmlEscaped()));
            return;
        }
        const QByteArray data = file.read(1024 * 1024);
        // A DER file has no text to show: show its PEM form, which holds the same request.
        auto parsed = CertificateRequest::fromData(data);
        p.csrEdit->setPlainText(parsed ? QString::fromLatin1(parsed->toPem()) : QString::fromUtf8(data));
    });
    csrPage->setCompleteCheck([&p] { return p.csrUsable(); });
    setPage(RequestPageId, csrPage);
}

// The request as typed or loaded: its subject, names, key and signature, or why it is none.
void SignRequestWizard::parseRequest(FormPage* page)
{
    Pages& p = *m_pages;
    const QByteArray data = p.csrEdit->toPlainText().trimmed().toUtf8();
    p.csr.reset();
    p.csrError.clear();
    p.csrData = data;
    if (data.isEmpty()) {
        p.csrDetails->clear();
        page->updateComplete();
        return;
    }
    auto parsed = CertificateRequest::fromData(data);
    if (!parsed) {
        p.csrError = parsed.error().toString();
        p.csrDetails->setText(QStringLiteral("<span style='color:#b01e1e'>%1</span>")
                                  .arg(tr("This is not a certificate request: %1").arg(p.csrError).toHtmlEscaped()));
        page->updateComplete();
        return;
    }
    const Status signature = parsed->verifySignature();
    if (!signature) {
        p.csrError = signature.error().toString();
    }
    const QStringList sans = parsed->subjectAltNames();
    const QList<QPair<QString, QString>> rows = {
        {tr("Subject:"), parsed->subject()},
        {tr("Alternative names:"), sans.isEmpty() ? tr("none") : sans.join(QStringLiteral(", "))},
        {tr("Key:"), parsed->publicKeyDescription()},
        {tr("Signature:"), signature ? tr("valid: the requester holds the private key")
                                     : tr("INVALID: %1").arg(p.csrError)},
    };
    QString html = summaryTable(rows);
    if (!signature) {
        html += QStringLiteral("<p style='color:#b01e1e'>%1</p>")
                    .arg(tr("A request whose signature does not verify may have been altered; it cannot "
                            "be signed.")
                             .toHtmlEscaped());
    }
    p.csrDetails->setText(html);
    p.csr = std::move(parsed).value();
    page->updateComplete();
}

// 2. CA, profile, validity, name
void SignRequestWizard::addIssuePage(std::optional<qint64> ca)
{
    Pages& p = *m_pages;
    auto* issuePage = new FormPage(this);
    issuePage->setObjectName(QStringLiteral("csrIssuePage"));
    issuePage->setTitle(tr("Certificate"));
    issuePage->setSubTitle(tr("Which CA signs the request and what the certificate may be used for."));
    auto* form = new QFormLayout(issuePage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    p.ca = CaComboBox::addSigningRow(workspace(), ca, form, issuePage);
    p.profile = new QComboBox(issuePage);
    p.profile->setObjectName(QStringLiteral("profileCombo"));
    for (Profile profile : {Profile::Server, Profile::Client, Profile::ServerClient}) {
        p.profile->addItem(profileLabel(profile), profileName(profile));
    }
    form->addRow(tr("&Profile:"), p.profile);
    p.validity = new ValidityEdit(workspace().now(), issuePage);
    form->addRow(tr("&Validity:"), p.validity);
    p.name = new QLineEdit(issuePage);
    p.name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("Name in the &workspace:"), p.name);
    p.nameHint = makeHint(issuePage);
    p.nameHint->setObjectName(QStringLiteral("nameHint"));
    form->addRow(QString(), p.nameHint);
    issuePage->registerField(QStringLiteral("profile"), p.profile);
    issuePage->registerField(QStringLiteral("validityDays"), p.validity, "days", SIGNAL(daysChanged(int)));
    issuePage->registerField(QStringLiteral("name"), p.name);
    const auto updateLimits = [&p] {
        const Profile profile = p.chosenProfile();
        p.validity->setLimits(defaultValidityDays(profile),
                              profile == Profile::Client ? kClientMaxDays : kServerMaxDays);
        const CertificateRecord* issuer = p.ca->currentCa();
        p.validity->setIssuer(issuer ? issuer->name : QString(),
                              issuer ? std::optional<QDateTime>(issuer->notAfter) : std::nullopt);
    };
    // The core would refuse a name that is taken; say so here, where it can still be changed.
    const auto updateName = [this, &p, issuePage] {
        setHint(p.nameHint, nameProblem(p.name->text().trimmed()));
        issuePage->updateComplete();
    };
    connect(p.profile, &QComboBox::currentIndexChanged, issuePage, updateLimits);
    connect(p.ca, &CaComboBox::caChanged, issuePage, updateLimits);
    connect(p.ca, &CaComboBox::caChanged, issuePage, &FormPage::updateComplete);
    connect(p.name, &QLineEdit::textChanged, issuePage, updateName);
    issuePage->setCompleteCheck(
        [this, &p] { return p.ca->currentCa() != nullptr && nameProblem(p.name->text().trimmed()).isEmpty(); });
    updateLimits();
    issuePage->setOnInitialize([&p, updateLimits, updateName] {
        updateLimits();
        // The request's name until the user gives the certificate one of their own.
        const QString suggested = p.nameFromRequest();
        if (p.name->text().trimmed().isEmpty() || p.name->text() == p.suggestedName) {
            p.name->setText(suggested);
        }
        p.suggestedName = suggested;
        updateName();
    });
    setPage(IssuePageId, issuePage);
    // A request brings its own key and names: a template chooses the profile and the validity.
    connect(p.templatePicker, &TemplatePicker::templateChosen, issuePage, [&p](const IssuanceTemplate* t) {
        if (t == nullptr) {
            return;
        }
        p.profile->setCurrentIndex(std::max(0, p.profile->findData(profileName(t->profile))));
        if (t->days > 0) {
            p.validity->setDays(t->days);
        }
    });
}

SignRequestWizard::~SignRequestWizard() = default;

QString SignRequestWizard::nameProblem(const QString& name)
{
    if (name.isEmpty()) {
        return tr("The certificate needs a name in the workspace.");
    }
    if (const Status st = NameRules::checkCertificateName(name); !st) {
        return st.error().message;
    }
    const auto existing = workspace().find(CertificateRef::typed(name));
    if (existing && existing->name.compare(name, Qt::CaseInsensitive) == 0) {
        return tr("A certificate named “%1” is already in this workspace; choose another name.").arg(existing->name);
    }
    return {};
}

std::optional<KeySpec> SignRequestWizard::keyToGenerate() const
{
    return std::nullopt; // the requester keeps the key
}

Result<Issued> SignRequestWizard::issue(PrivateKey /*key*/)
{
    const Pages& p = *m_pages;
    CsrOptions options;
    options.ca = p.ca->currentRef();
    options.csr = p.csrData;
    options.profile = p.chosenProfile();
    options.days = p.validity->days();
    options.name = p.name->text().trimmed();
    applyLintChoices(options);
    return workspace().signCsr(options);
}

QString SignRequestWizard::summaryHtml() const
{
    const Pages& p = *m_pages;
    if (!p.csr) {
        return {};
    }
    const CertificateRecord* issuer = p.ca->currentCa();
    const Profile profile = p.chosenProfile();
    const QStringList requested = p.csr->subjectAltNames();
    const QStringList sans = p.resultingSans();
    QString sanText = sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n'));
    if (!requested.isEmpty()) {
        sanText += QLatin1Char('\n') + tr("(exactly as requested)");
    } else if (!sans.isEmpty()) {
        sanText += QLatin1Char('\n') + tr("(the request has none; its common name is used, as browsers need one)");
    }
    const QString name = p.name->text().trimmed();
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Profile:"), profileLabel(profile));
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    rows << qMakePair(tr("Name:"), name);
    rows << qMakePair(tr("Subject:"), p.csr->subject());
    rows << qMakePair(tr("Subject alternative names:"), sanText);
    rows << qMakePair(tr("Key type:"), tr("%1 (the requester keeps the private key)").arg(p.csr->publicKeyDescription()));
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
