#include "CertificateActions.h"

#include "DesktopFiles.h"
#include "Icons.h"
#include "LongTask.h"
#include "Workspace.h"
#include "dialogs/DeploymentKitDialog.h"
#include "dialogs/DeploymentsDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/HandshakeDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/ServerConfigDialog.h"
#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace signet {

CertificateActions::CertificateActions(QWidget* window) : QObject(window), m_window(window)
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                             void (CertificateActions::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(QString(text).remove(QLatin1Char('&')));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    newCa = make(tr("New Certificate &Authority…"), QStringLiteral("actionNewCa"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &CertificateActions::runNewCa);
    newServer = make(tr("New &Server Certificate…"), QStringLiteral("actionNewServer"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &CertificateActions::runNewServer);
    newClient = make(tr("New &Client Certificate…"), QStringLiteral("actionNewClient"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &CertificateActions::runNewClient);
    signRequest = make(tr("Sign a &Request…"), QStringLiteral("actionSignRequest"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &CertificateActions::runSignRequest);
    exportCertificate = make(tr("&Export…"), QStringLiteral("actionExport"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             &CertificateActions::runExport);
    revoke = make(tr("Re&voke…"), QStringLiteral("actionRevoke"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                  &CertificateActions::runRevoke);
    publishCrl = make(tr("Publish CR&L…"), QStringLiteral("actionPublishCrl"), QKeySequence(Qt::CTRL | Qt::Key_L),
                      &CertificateActions::runPublishCrl);
    serverConfig = make(tr("Server Confi&guration…"), QStringLiteral("actionServerConfig"),
                        QKeySequence(Qt::CTRL | Qt::Key_K), &CertificateActions::runServerConfig);
    deploymentKit = make(tr("Save &Deployment Kit…"), QStringLiteral("actionDeploymentKit"), QKeySequence(),
                         &CertificateActions::runDeploymentKit);
    checkHandshake = make(tr("Check &Handshake…"), QStringLiteral("actionCheckHandshake"), QKeySequence(),
                          &CertificateActions::runCheckHandshake);
    deployments = make(tr("De&ployments…"), QStringLiteral("actionDeployments"), QKeySequence(),
                       &CertificateActions::runDeployments);
    importFiles = make(tr("&Import…"), QStringLiteral("actionImport"), QKeySequence(Qt::CTRL | Qt::Key_I),
                       &CertificateActions::runImport);
    // Short labels for the toolbar, so that it fits in longer languages too.
    newCa->setIconText(tr("New CA"));
    newServer->setIconText(tr("Server"));
    newClient->setIconText(tr("Client"));
    signRequest->setIconText(tr("Sign CSR"));
    exportCertificate->setIconText(tr("Export"));
    serverConfig->setIconText(tr("Server Config"));
    revoke->setIconText(tr("Revoke"));
    publishCrl->setIconText(tr("Publish CRL"));
    importFiles->setIconText(tr("Import"));
    const QList<std::pair<QAction*, Icons::Action>> icons = {
        {newCa, Icons::Action::NewCa},
        {newServer, Icons::Action::NewServer},
        {newClient, Icons::Action::NewClient},
        {signRequest, Icons::Action::SignRequest},
        {exportCertificate, Icons::Action::Export},
        {serverConfig, Icons::Action::ServerConfig},
        {revoke, Icons::Action::Revoke},
        {publishCrl, Icons::Action::PublishCrl},
        {importFiles, Icons::Action::Import},
    };
    for (const auto& [action, icon] : icons) {
        action->setIcon(Icons::action(icon));
    }
    updateEnabled();
}

void CertificateActions::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_selected.reset();
    updateEnabled();
}

void CertificateActions::setSelection(std::optional<CertificateRecord> selected)
{
    m_selected = std::move(selected);
    updateEnabled();
}

void CertificateActions::populateMenu(QMenu* menu) const
{
    menu->addAction(newCa);
    menu->addAction(newServer);
    menu->addAction(newClient);
    menu->addAction(signRequest);
    menu->addSeparator();
    menu->addAction(exportCertificate);
    menu->addAction(serverConfig);
    menu->addAction(deploymentKit);
    menu->addAction(checkHandshake);
    menu->addSeparator();
    menu->addAction(revoke);
    menu->addAction(publishCrl);
    menu->addAction(deployments);
    menu->addSeparator();
    menu->addAction(importFiles);
}

void CertificateActions::updateEnabled()
{
    const bool open = m_workspace != nullptr;
    m_hasCa = false;
    if (open) {
        CertificateRepository::Filter cas;
        cas.casOnly = true;
        cas.now = m_workspace->now();
        auto count = m_workspace->count(cas);
        m_hasCa = count && *count > 0;
    }
    const CertificateRecord* s = m_selected ? &*m_selected : nullptr;
    newCa->setEnabled(open);
    newServer->setEnabled(open && m_hasCa);
    newClient->setEnabled(open && m_hasCa);
    signRequest->setEnabled(open && m_hasCa);
    importFiles->setEnabled(open);
    deployments->setEnabled(open);
    exportCertificate->setEnabled(open && s != nullptr);
    revoke->setEnabled(open && s != nullptr && !s->revoked && s->issuerId.has_value());
    publishCrl->setEnabled(open && s != nullptr && s->isCa && s->keyId.has_value());
    const bool serverWithKey = open && s != nullptr && s->keyId.has_value()
                               && (s->profile == Profile::Server || s->profile == Profile::ServerClient);
    serverConfig->setEnabled(serverWithKey);
    deploymentKit->setEnabled(serverWithKey);
    checkHandshake->setEnabled(serverWithKey);
}

std::optional<qint64> CertificateActions::selectedCaId() const
{
    if (!m_selected) {
        return std::nullopt;
    }
    if (m_selected->isCa) {
        return m_selected->id;
    }
    return m_selected->issuerId;
}

void CertificateActions::runNewCa()
{
    NewCaWizard wizard(*m_workspace, m_selected && m_selected->isCa ? std::optional<qint64>(m_selected->id)
                                                                      : std::nullopt,
                       m_window);
    if (wizard.exec() == QDialog::Accepted) {
        emit workspaceChanged(wizard.created().id);
    }
}

void CertificateActions::runNewServer()
{
    NewServerWizard wizard(*m_workspace, selectedCaId(), m_window);
    if (wizard.exec() == QDialog::Accepted) {
        emit workspaceChanged(wizard.created().id);
    }
}

void CertificateActions::runNewClient()
{
    NewClientWizard wizard(*m_workspace, selectedCaId(), m_window);
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    const CertificateRecord created = wizard.created();
    emit workspaceChanged(created.id);
    if (wizard.exportRequested()) {
        ExportDialog dialog(*m_workspace, created, m_window);
        dialog.selectFormat(ExportFormat::P12);
        runExportDialog(dialog, created.name);
    }
}

void CertificateActions::runSignRequest()
{
    signRequestData({});
}

void CertificateActions::signRequestData(const QByteArray& csr)
{
    if (!signRequest->isEnabled()) {
        return;
    }
    SignRequestWizard wizard(*m_workspace, selectedCaId(), m_window, csr);
    if (wizard.exec() == QDialog::Accepted) {
        emit workspaceChanged(wizard.created().id);
    }
}

void CertificateActions::runExport()
{
    ExportDialog dialog(*m_workspace, *m_selected, m_window);
    runExportDialog(dialog, m_selected->name);
}

void CertificateActions::runExportDialog(ExportDialog& dialog, const QString& name)
{
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(
            tr("Exported “%1” to %2").arg(name, QDir::toNativeSeparators(dialog.writtenFile())));
    }
}

void CertificateActions::runRevoke()
{
    RevokeDialog dialog(*m_workspace, *m_selected, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit workspaceChanged(m_selected->id);
    }
}

void CertificateActions::runPublishCrl()
{
    PublishCrlDialog dialog(*m_workspace, *m_selected, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    emit workspaceChanged(m_selected->id);
    emit statusMessage(dialog.summary());
    QString text = dialog.report();
    if (!dialog.failures().isEmpty()) {
        text += QStringLiteral("\n\n")
                + tr("These server folders still have the old CRL:\n%1").arg(dialog.failures().join(QLatin1Char('\n')));
    }
    QMessageBox box(dialog.failures().isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Publish CRL"),
                    text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("crlPublishedBox"));
    box.exec();
}

void CertificateActions::runDeployments()
{
    DeploymentsDialog dialog(*m_workspace, m_window);
    dialog.exec();
}

void CertificateActions::runServerConfig()
{
    ServerConfigDialog dialog(*m_workspace, *m_selected, m_window);
    dialog.exec();
    emit workspaceChanged(m_selected->id); // a missing CRL may have been published
}

void CertificateActions::runDeploymentKit()
{
    DeploymentKitDialog dialog(*m_workspace, *m_selected, m_window);
    dialog.exec();
    if (dialog.saved()) {
        emit workspaceChanged(m_selected->id); // a missing CRL may have been published
    }
}

void CertificateActions::runCheckHandshake()
{
    HandshakeDialog dialog(*m_workspace, *m_selected, m_window);
    dialog.exec();
}

void CertificateActions::runImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Certificates and Keys"), QString(),
        tr("Certificates, keys and PKCS#12 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr);;All files (*)"));
    if (!paths.isEmpty()) {
        importPaths(paths);
    }
}

void CertificateActions::offerSigning(const QString& path, const QByteArray& csr)
{
    const QString file = QFileInfo(path).fileName();
    if (!signRequest->isEnabled()) {
        QMessageBox::information(m_window, tr("Certificate Request"),
                                 tr("%1 is a certificate signing request. Requests are signed, not imported: "
                                    "create a CA first, then sign it with Sign a Request.")
                                     .arg(file));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Certificate Request"),
                    tr("%1 is a certificate signing request. Requests are signed, not imported.").arg(file),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("signRequestOfferBox"));
    box.setInformativeText(tr("Open the Sign CSR wizard with this request?"));
    box.button(QMessageBox::Yes)->setText(tr("&Sign…"));
    box.button(QMessageBox::No)->setText(tr("&Skip"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() == QMessageBox::Yes) {
        signRequestData(csr);
    }
}

void CertificateActions::importPaths(const QStringList& dropped)
{
    if (m_workspace == nullptr || dropped.isEmpty()) {
        return;
    }
    QStringList paths;
    for (const QString& path : dropped) {
        if (const std::optional<QByteArray> csr = DesktopFiles::requestData(path)) {
            offerSigning(path, *csr);
        } else {
            paths << path;
        }
    }
    if (paths.isEmpty()) {
        return;
    }
    ImportOptions options;
    const bool needsPassword = std::any_of(paths.begin(), paths.end(), [](const QString& p) {
        return p.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) || p.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
    });
    if (needsPassword) {
        bool ok = false;
        const QString password = QInputDialog::getText(m_window, tr("PKCS#12 Password"),
                                                       tr("Password of the PKCS#12 file:"), QLineEdit::Password,
                                                       QString(), &ok);
        if (!ok) {
            return;
        }
        options.password = password.toUtf8();
    }
    // The import runs on its own connection in a worker thread; Cancel rolls it back.
    auto outcome = runWithProgress(m_window, tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())),
                                   [ws = m_workspace, paths, options](const std::atomic<bool>& cancelled) mutable {
                                       auto sibling = ws->sibling();
                                       if (!sibling) {
                                           return Result<ImportReport>(sibling.error());
                                       }
                                       options.cancelled = [&cancelled] { return cancelled.load(); };
                                       return (*sibling)->importFiles(paths, options);
                                   });
    if (!outcome) {
        return;
    }
    if (!*outcome) {
        QMessageBox::warning(m_window, tr("Import"), outcome->error().toString());
        return;
    }
    const ImportReport& report = outcome->value();
    QString text = tr("Imported %n certificate(s).", nullptr, static_cast<int>(report.certificates.size()));
    if (!report.keysAttached.isEmpty()) {
        text += QLatin1Char(' ') + tr("Private keys added for: %1.").arg(report.keysAttached.join(QStringLiteral(", ")));
    }
    if (!report.skipped.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Not imported:") + QStringLiteral("\n• ") + report.skipped.join(QStringLiteral("\n• "));
    }
    emit workspaceChanged(std::nullopt);
    if (report.skipped.isEmpty()) {
        emit statusMessage(text);
    } else {
        QMessageBox::information(m_window, tr("Import"), text);
    }
}

} // namespace signet
