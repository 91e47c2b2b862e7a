#include "wizards/CsrPage.h"
#include "StatusStyle.h"

#include "Workspace.h"
#include "pki/NameRules.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

CsrPage::CsrPage(Workspace& workspace, QWidget* parent) : FormPage(parent)
{
    setObjectName(QStringLiteral("csrPage"));
    setTitle(tr("Certificate Request"));
    setSubTitle(tr("A CSR made on the server or device that keeps its own private key. Load the "
                   "file or paste its PEM text."));
    auto* layout = new QVBoxLayout(this);
    auto* loadRow = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load from File…"), this);
    load->setObjectName(QStringLiteral("loadCsrButton"));
    loadRow->addWidget(load);
    addWaitingRequests(workspace, loadRow);
    loadRow->addStretch(1);
    layout->addLayout(loadRow);
    auto* templateForm = new QFormLayout;
    m_templatePicker = TemplatePicker::addRow(workspace, {Profile::Server, Profile::Client, Profile::ServerClient},
                                              templateForm, this);
    layout->addLayout(templateForm);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("csrEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE REQUEST-----\n…\n"
                                              "-----END CERTIFICATE REQUEST-----"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_edit, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("csrDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    registerField(QStringLiteral("csr"), m_edit, "plainText", SIGNAL(textChanged()));
    connect(m_edit, &QPlainTextEdit::textChanged, this, &CsrPage::parseRequest);
    connect(load, &QPushButton::clicked, this, &CsrPage::loadFile);
}

// The requests that wait in the workspace for a certificate (made here, or brought along by Import
// CA with their keys): signing one gives the certificate its key and its name.
void CsrPage::addWaitingRequests(Workspace& workspace, QHBoxLayout* row)
{
    auto pending = workspace.pendingRequests();
    if (!pending || pending->isEmpty()) {
        return;
    }
    auto* waiting = new QComboBox(this);
    waiting->setObjectName(QStringLiteral("waitingRequests"));
    waiting->addItem(tr("Choose one…"), QByteArray());
    for (const RequestRecord& request : *pending) {
        waiting->addItem(tr("%1 (%2)").arg(request.name, request.subject), request.der);
    }
    auto* label = new QLabel(tr("or a &waiting request:"), this);
    label->setBuddy(waiting);
    row->addWidget(label);
    row->addWidget(waiting);
    connect(waiting, &QComboBox::currentIndexChanged, this, [this, waiting](int index) {
        const QByteArray der = waiting->itemData(index).toByteArray();
        if (!der.isEmpty()) {
            setRequestData(der);
        }
    });
}

void CsrPage::setRequestData(const QByteArray& data)
{
    // A DER file has no text to show: show its PEM form, which holds the same request.
    auto parsed = CertificateRequest::fromData(data);
    m_edit->setPlainText(parsed ? QString::fromLatin1(parsed->toPem()) : QString::fromUtf8(data));
}

const CertificateRequest* CsrPage::request() const
{
    return m_request ? &*m_request : nullptr;
}

QString CsrPage::commonName() const
{
    return m_request ? m_request->subjectName().commonName() : QString();
}

QStringList CsrPage::resultingSans(Profile profile) const
{
    if (!m_request) {
        return {};
    }
    const QStringList requested = m_request->subjectAltNames();
    if (requested.isEmpty() && profile != Profile::Client && !commonName().isEmpty()) {
        return {QStringLiteral("DNS:") + commonName()};
    }
    return requested;
}

QString CsrPage::nameFromRequest() const
{
    QString source = commonName();
    if (source.isEmpty() && m_request) {
        source = m_request->subjectAltNames().value(0);
        source = source.mid(source.indexOf(QLatin1Char(':')) + 1); // "DNS:host" -> "host"
    }
    return NameRules::certificateNameFrom(source);
}

bool CsrPage::isComplete() const
{
    return FormPage::isComplete() && m_request && m_error.isEmpty();
}

void CsrPage::loadFile()
{
    const QString path =
        QFileDialog::getOpenFileName(window(), tr("Load Certificate Request"), QString(),
                                     tr("Certificate requests (*.csr *.req *.pem *.der);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_details->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(StatusStyle::errorColorName(), tr("Could not read %1: %2").arg(path, file.errorString()).toHtmlEscaped()));
        return;
    }
    setRequestData(file.read(1024 * 1024));
}

// The request as typed or loaded: its subject, names, key and signature, or why it is none.
void CsrPage::parseRequest()
{
    const QByteArray data = m_edit->toPlainText().trimmed().toUtf8();
    m_request.reset();
    m_error.clear();
    m_data = data;
    if (data.isEmpty()) {
        m_details->clear();
        emit completeChanged();
        return;
    }
    auto parsed = CertificateRequest::fromData(data);
    if (!parsed) {
        m_error = parsed.error().toString();
        m_details->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(StatusStyle::errorColorName(), tr("This is not a certificate request: %1").arg(m_error).toHtmlEscaped()));
        emit completeChanged();
        return;
    }
    const Status signature = parsed->verifySignature();
    if (!signature) {
        m_error = signature.error().toString();
    }
    const QStringList sans = parsed->subjectAltNames();
    const QList<QPair<QString, QString>> rows = {
        {tr("Subject:"), parsed->subject()},
        {tr("Alternative names:"), sans.isEmpty() ? tr("none") : sans.join(QStringLiteral(", "))},
        {tr("Key:"), parsed->publicKeyDescription()},
        {tr("Signature:"), signature ? tr("valid: the requester holds the private key")
                                     : tr("INVALID: %1").arg(m_error)},
    };
    QString html = summaryTable(rows);
    if (!signature) {
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(StatusStyle::errorColorName(), tr("A request whose signature does not verify may have been altered; it cannot "
                            "be signed.")
                             .toHtmlEscaped());
    }
    m_details->setText(html);
    m_request = std::move(parsed).value();
    emit completeChanged();
}

} // namespace signet
