#include "wizards/SignRequestWizard.h"

#include "Workspace.h"
#include "pki/Profile.h"
#include "wizards/CsrIssuePage.h"
#include "wizards/CsrPage.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

namespace signet {

SignRequestWizard::SignRequestWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent,
                                     const QByteArray& csr)
    : IssuanceWizard(workspace, parent)
{
    setObjectName(QStringLiteral("signRequestWizard"));
    setWindowTitle(tr("Sign a Certificate Request"));
    m_requestPage = new CsrPage(workspace, this);
    setPage(RequestPageId, m_requestPage);
    m_issuePage = new CsrIssuePage(workspace, ca, *m_requestPage, this);
    setPage(IssuePageId, m_issuePage);
    connect(m_requestPage->templatePicker(), &TemplatePicker::templateChosen, m_issuePage,
            [this](const IssuanceTemplate* t) {
                if (t != nullptr) {
                    m_issuePage->applyTemplate(*t);
                }
            });
    addSummaryPage(SummaryPageId);
    if (!csr.isEmpty()) {
        m_requestPage->setRequestData(csr);
    }
}

std::optional<KeySpec> SignRequestWizard::keyToGenerate() const
{
    return std::nullopt; // the requester keeps the key
}

Result<Issued> SignRequestWizard::issue(PrivateKey /*key*/)
{
    CsrOptions options;
    options.ca = m_issuePage->caRef();
    options.csr = m_requestPage->requestData();
    options.profile = m_issuePage->profile();
    options.days = m_issuePage->days();
    options.name = m_issuePage->name();
    applyLintChoices(options);
    return workspace().signCsr(options);
}

QString SignRequestWizard::summaryHtml() const
{
    const CertificateRequest* csr = m_requestPage->request();
    if (csr == nullptr) {
        return {};
    }
    const CertificateRecord* issuer = m_issuePage->ca();
    const Profile profile = m_issuePage->profile();
    const QStringList requested = csr->subjectAltNames();
    const QStringList sans = m_requestPage->resultingSans(profile);
    QString sanText = sans.isEmpty() ? tr("none") : sans.join(QLatin1Char('\n'));
    if (!requested.isEmpty()) {
        sanText += QLatin1Char('\n') + tr("(exactly as requested)");
    } else if (!sans.isEmpty()) {
        sanText += QLatin1Char('\n') + tr("(the request has none; its common name is used, as browsers need one)");
    }
    const QString name = m_issuePage->name();
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Profile:"), profileLabel(profile));
    rows << qMakePair(tr("Issuer:"), issuer ? QStringLiteral("%1\n%2").arg(issuer->name, issuer->subject) : QString());
    rows << qMakePair(tr("Name:"), name);
    rows << qMakePair(tr("Subject:"), csr->subject());
    rows << qMakePair(tr("Subject alternative names:"), sanText);
    rows << qMakePair(tr("Key type:"), tr("%1 (the requester keeps the private key)").arg(csr->publicKeyDescription()));
    rows << qMakePair(tr("Validity:"),
                      tr("%n day(s), until %1", nullptr, m_issuePage->days()).arg(formatDate(m_issuePage->endDate())));
    if (issuer && !issuer->crlUrl.isEmpty()) {
        rows << qMakePair(tr("CRL distribution point:"), issuer->crlUrl);
    }
    if (issuer && !issuer->aiaUrl.isEmpty()) {
        rows << qMakePair(tr("CA issuers (AIA):"), issuer->aiaUrl);
    }
    return summaryTable(rows);
}

} // namespace signet
