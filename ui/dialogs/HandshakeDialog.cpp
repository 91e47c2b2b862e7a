#include "dialogs/HandshakeDialog.h"
#include "StatusStyle.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace signet {

namespace {
QLabel* resultLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

struct HandshakeDialog::Ui {
    Ui(Workspace& ws, const CertificateRecord& rec) : workspace(ws), server(rec) {}

    Workspace& workspace;
    CertificateRecord server;
    QComboBox* client = nullptr;
    QComboBox* clientCa = nullptr;
    QLineEdit* host = nullptr;
    QPushButton* check = nullptr;
    std::array<QLabel*, 2> results = {};
    QLabel* details = nullptr;
    QLabel* error = nullptr;
    std::optional<HandshakeReport> report;
};

HandshakeDialog::HandshakeDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace, server))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("handshakeDialog"));
    setWindowTitle(tr("Check Handshake with “%1”").arg(server.name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Runs real TLS 1.3 and TLS 1.2 handshakes in memory between this server certificate "
                                "and a client certificate, with the server set up as the generated configurations "
                                "set up nginx, Apache and HAProxy: client certificate required, checked against the "
                                "client CA and its published CRLs. The client checks the server's chain and name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ui.client = new QComboBox(this);
    ui.client->setObjectName(QStringLiteral("clientCombo"));
    ui.client->setPlaceholderText(tr("No client certificate with its key in this workspace"));
    CertificateRepository::Filter clients;
    clients.profiles = {QStringLiteral("client"), QStringLiteral("server-client"), QStringLiteral("imported")};
    clients.withKeyOnly = true;
    clients.withDer = false;
    clients.limit = kMaxClients;
    clients.now = workspace.now();
    if (auto list = workspace.list(clients)) {
        for (const CertificateRecord& record : *list) {
            if (record.isCa || record.id == server.id) {
                continue;
            }
            const CertificateStatus status = record.statusAt(clients.now);
            ui.client->addItem(status == CertificateStatus::Revoked   ? tr("%1 (revoked)").arg(record.name)
                               : status == CertificateStatus::Expired ? tr("%1 (expired)").arg(record.name)
                                                                      : record.name,
                               record.id);
            ui.client->setItemData(ui.client->count() - 1, record.subject, Qt::ToolTipRole);
        }
    }
    // With a placeholder text, adding items selects none of them.
    ui.client->setCurrentIndex(ui.client->count() > 0 ? 0 : -1);
    form->addRow(tr("&Client certificate:"), ui.client);

    ui.clientCa = new QComboBox(this);
    ui.clientCa->setObjectName(QStringLiteral("clientCaCombo"));
    dialogs::fillClientCaCombo(ui.clientCa, workspace, server.issuerId);
    form->addRow(tr("Server accepts clients &from:"), ui.clientCa);

    ui.host = new QLineEdit(this);
    ui.host->setObjectName(QStringLiteral("hostEdit"));
    ui.host->setPlaceholderText(tr("the certificate's first name"));
    ui.host->setToolTip(tr("The name the client connects to and checks the server certificate against"));
    form->addRow(tr("&Host name:"), ui.host);
    layout->addLayout(form);

    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);
    ui.results = {resultLabel(QStringLiteral("tls13Result"), this), resultLabel(QStringLiteral("tls12Result"), this)};
    for (QLabel* label : ui.results) {
        layout->addWidget(label);
    }
    ui.details = resultLabel(QStringLiteral("detailsLabel"), this);
    ui.details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(ui.details, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ui.check = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    ui.check->setObjectName(QStringLiteral("checkButton"));
    ui.check->setDefault(true);
    ui.check->setEnabled(ui.client->count() > 0);
    layout->addWidget(buttons);

    connect(ui.check, &QPushButton::clicked, this, &HandshakeDialog::runCheck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 440);
    if (ui.client->count() > 0) {
        runCheck();
    } else {
        dialogs::showError(ui.error, tr("Issue a client certificate first: the check needs one with its private key."));
    }
}

HandshakeDialog::~HandshakeDialog() = default;

const std::optional<HandshakeReport>& HandshakeDialog::report() const
{
    return m_ui->report;
}

void HandshakeDialog::runCheck()
{
    Ui& ui = *m_ui;
    dialogs::clearError(ui.error);
    for (QLabel* label : ui.results) {
        label->clear();
    }
    ui.details->clear();
    ui.report.reset();
    if (ui.client->currentIndex() < 0) {
        return;
    }
    HandshakeCheckOptions options;
    if (ui.clientCa->currentIndex() >= 0) {
        options.clientCa = CertificateRef::id(ui.clientCa->currentData().toLongLong());
    }
    options.hostname = ui.host->text().trimmed();
    auto report = ui.workspace.checkHandshake(CertificateRef::id(ui.server.id),
                                              CertificateRef::id(ui.client->currentData().toLongLong()),
                                              options);
    if (!report) {
        dialogs::showError(ui.error, report.error().toString());
        return;
    }
    QStringList details;
    for (std::size_t i = 0; i < report->outcomes.size() && i < ui.results.size(); ++i) {
        const HandshakeOutcome& outcome = report->outcomes[i];
        if (outcome.ok) {
            ui.results[i]->setText(tr("<b>%1:</b> <span style=\"color: %3;\">✔ accepted</span> (%2)")
                                       .arg(outcome.protocol, outcome.cipher.toHtmlEscaped(),
                                            StatusStyle::successColorName()));
            continue;
        }
        ui.results[i]->setText(tr("<b>%1:</b> <span style=\"color: %4;\">✘ refused by %2: %3</span>")
                                   .arg(outcome.protocol, HandshakeCheck::sideName(outcome.refusedBy),
                                        outcome.reason.toHtmlEscaped(), StatusStyle::errorColorName()));
        details << tr("%1 — server's verdict on the client certificate: %2; client's verdict on the server "
                      "certificate: %3; alert: %4")
                       .arg(outcome.protocol, outcome.serverVerify.toHtmlEscaped(),
                            outcome.clientVerify.toHtmlEscaped(),
                            outcome.alert.isEmpty() ? tr("none") : outcome.alert.toHtmlEscaped());
    }
    details.prepend(tr("Connected to <b>%1</b>; the server accepts clients of “%2”.")
                        .arg(report->hostname.toHtmlEscaped(), report->clientCaName.toHtmlEscaped()));
    details << (report->crlCheckAll ? tr("Revocation was checked against a CRL for every CA in the chain.")
                : report->crlChecked
                    ? tr("Revocation was checked for the client certificate only: not every CA above it has a CRL.")
                    : tr("Revocation was not checked: no CRL is published for the client's CA yet."));
    ui.details->setText(details.join(QStringLiteral("<br>")));
    ui.report = std::move(report).value();
}

} // namespace signet
