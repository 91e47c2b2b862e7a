#include "CertificateActions.h"

#include "DesktopFiles.h"
#include "Icons.h"
#include "LifecycleCommands.h"
#include "dialogs/ExportCaDialog.h"
#include "BackgroundTask.h"
#include "Workspace.h"
#include "dialogs/DeploymentKitDialog.h"
#include "dialogs/DeploymentsDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ExportSeveralDialog.h"
#include "dialogs/HandshakeDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/RevokeSeveralDialog.h"
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
    createActions();
    assignRules();
    updateEnabled();
}

void CertificateActions::createActions()
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                             void (CertificateActions::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(QString(text).remove(QLatin1Char('&')));
        if (slot != nullptr) {
            connect(action, &QAction::triggered, this, slot);
        }
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
    const auto lifecycle = [&make, this](const QString& text, const QString& name, const QKeySequence& shortcut,
                                         auto command) {
        QAction* action = make(text, name, shortcut, nullptr);
        connect(action, &QAction::triggered, this, [this, command] { changed(command(m_window, *m_workspace, m_context)); });
        return action;
    };
    renew = lifecycle(tr("Re&new…"), QStringLiteral("actionRenew"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                      [](QWidget* w, Workspace& ws, const SelectionContext& c) {
                          return LifecycleCommands::renew(w, ws, c.selected);
                      });
    releaseHold = lifecycle(tr("Re&lease Hold…"), QStringLiteral("actionReleaseHold"), QKeySequence(),
                            [](QWidget* w, Workspace& ws, const SelectionContext& c) {
                                return LifecycleCommands::release(w, ws, c.selected.first());
                            });
    rename = lifecycle(tr("Rena&me…"), QStringLiteral("actionRename"), QKeySequence(Qt::Key_F2),
                       [](QWidget* w, Workspace& ws, const SelectionContext& c) {
                           return LifecycleCommands::rename(w, ws, c.selected.first());
                       });
    remove = lifecycle(tr("Remo&ve…"), QStringLiteral("actionRemove"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                       [](QWidget* w, Workspace& ws, const SelectionContext& c) {
                           return LifecycleCommands::remove(w, ws, c.selected);
                       });
    exportCa = lifecycle(tr("Export as openssl ca &Folder…"), QStringLiteral("actionExportCa"), QKeySequence(),
                         [](QWidget* w, Workspace& ws, const SelectionContext& c) {
                             ExportCaDialog(ws, c.selected.first(), w).exec();
                             return LifecycleCommands::Changed(); // nothing in the tree changed
                         });
    restore = lifecycle(tr("Res&tore Removed…"), QStringLiteral("actionRestore"), QKeySequence(),
                        [](QWidget* w, Workspace& ws, const SelectionContext&) { return LifecycleCommands::restore(w, ws); });
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
}

void CertificateActions::assignRules()
{
    // In menu order. New certificates are offered on a CA in the context menu: they are signed by it.
    m_entries.push_back({newCa, ActionRule::workspace().offeredOn(rules::signsWithKey), 0});
    m_entries.push_back({newServer, ActionRule::workspace(true).offeredOn(rules::signsWithKey), 0});
    m_entries.push_back({newClient, ActionRule::workspace(true).offeredOn(rules::signsWithKey), 0});
    m_entries.push_back({signRequest, ActionRule::workspace(true).offeredOn(rules::signsWithKey), 0});
    m_entries.push_back({exportCertificate, ActionRule::oneOrMore(), 1});
    m_entries.push_back({exportCa, ActionRule::one(rules::signsWithKey), 1});
    m_entries.push_back({serverConfig, ActionRule::one(rules::serverWithKey), 1});
    m_entries.push_back({deploymentKit, ActionRule::one(rules::serverWithKey), 1});
    m_entries.push_back({checkHandshake, ActionRule::one(rules::serverWithKey), 1});
    m_entries.push_back({renew, ActionRule::oneOrMore(LifecycleCommands::renewable), 2});
    m_entries.push_back({revoke, ActionRule::oneOrMore(rules::revocable), 2});
    m_entries.push_back({releaseHold, ActionRule::one(LifecycleCommands::onHold), 2});
    m_entries.push_back({publishCrl, ActionRule::one(rules::signsWithKey), 2});
    m_entries.push_back({deployments, ActionRule::workspace(), 2});
    m_entries.push_back({importFiles, ActionRule::workspace(), 3});
    m_entries.push_back({rename, ActionRule::one(), 4});
    m_entries.push_back({remove, ActionRule::oneOrMore(), 4});
    m_entries.push_back({restore, ActionRule::workspace(), 4});
}

void CertificateActions::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_context.selected.clear();
    updateEnabled();
}

void CertificateActions::setSelection(QList<CertificateRecord> selected)
{
    m_context.selected = std::move(selected);
    updateEnabled();
}

void CertificateActions::populateMenu(QMenu* menu) const
{
    int group = m_entries.front().group;
    for (const Entry& entry : m_entries) {
        if (entry.group != group) {
            menu->addSeparator();
            group = entry.group;
        }
        menu->addAction(entry.action);
    }
}

void CertificateActions::populateContextMenu(QMenu* menu) const
{
    std::optional<int> group;
    for (const Entry& entry : m_entries) {
        if (!entry.rule.inContextMenu(m_context)) {
            continue;
        }
        if (group && *group != entry.group) {
            menu->addSeparator();
        }
        group = entry.group;
        menu->addAction(entry.action);
    }
}

void CertificateActions::updateEnabled()
{
    m_context.open = m_workspace != nullptr;
    m_context.hasCa = false;
    if (m_context.open) {
        CertificateRepository::Filter cas;
        cas.casOnly = true;
        cas.now = m_workspace->now();
        auto count = m_workspace->count(cas);
        m_context.hasCa = count && *count > 0;
    }
    for (const Entry& entry : m_entries) {
        entry.action->setEnabled(entry.rule.enabled(m_context));
    }
}

void CertificateActions::changed(const std::optional<std::optional<qint64>>& result)
{
    if (result) {
        emit workspaceChanged(*result);
    }
}

void CertificateActions::renewExpiring()
{
    if (m_workspace == nullptr) {
        return;
    }
    auto due = m_workspace->renewable(30);
    if (!due || due->empty()) {
        emit statusMessage(due ? tr("No certificate to renew expires within 30 days.") : due.error().toString());
        return;
    }
    changed(LifecycleCommands::renew(m_window, *m_workspace, QList<CertificateRecord>(due->begin(), due->end())));
}

std::optional<qint64> CertificateActions::selectedCaId() const
{
    if (m_context.selected.isEmpty()) {
        return std::nullopt;
    }
    if (current().isCa) {
        return current().id;
    }
    return current().issuerId;
}

void CertificateActions::runNewCa()
{
    const bool onCa = !m_context.selected.isEmpty() && current().isCa;
    NewCaWizard wizard(*m_workspace, onCa ? std::optional<qint64>(current().id) : std::nullopt, m_window);
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
    if (m_context.selected.size() > 1) {
        ExportSeveralDialog dialog(*m_workspace, m_context.selected, m_window);
        if (dialog.exec() == QDialog::Accepted) {
            emit statusMessage(dialog.summary());
        }
        return;
    }
    const CertificateRecord record = current();
    ExportDialog dialog(*m_workspace, record, m_window);
    runExportDialog(dialog, record.name);
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
    const CertificateRecord record = current();
    if (m_context.selected.size() > 1) {
        RevokeSeveralDialog dialog(*m_workspace, m_context.selected, m_window);
        dialog.exec();
        if (dialog.revokedCount() > 0) {
            emit workspaceChanged(record.id);
            emit statusMessage(tr("Revoked %n certificate(s). Publish the CRL next.", nullptr, dialog.revokedCount()));
        }
        return;
    }
    RevokeDialog dialog(*m_workspace, record, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit workspaceChanged(record.id);
    }
}

void CertificateActions::runPublishCrl()
{
    const CertificateRecord ca = current();
    PublishCrlDialog dialog(*m_workspace, ca, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    emit workspaceChanged(ca.id);
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
    const CertificateRecord server = current();
    ServerConfigDialog dialog(*m_workspace, server, m_window);
    dialog.exec();
    emit workspaceChanged(server.id); // a missing CRL may have been published
}

void CertificateActions::runDeploymentKit()
{
    const CertificateRecord server = current();
    DeploymentKitDialog dialog(*m_workspace, server, m_window);
    dialog.exec();
    if (dialog.saved()) {
        emit workspaceChanged(server.id); // a missing CRL may have been published
    }
}

void CertificateActions::runCheckHandshake()
{
    HandshakeDialog dialog(*m_workspace, current(), m_window);
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
    // The import runs on its own connection in a worker thread, reporting how far it has come;
    // Cancel rolls it back. The window goes on with the report when it has ended.
    runThenCallback(
        m_window, tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())),
        tr("Importing: %1 certificates so far…"),
        [ws = m_workspace, paths, options](TaskProgress& progress) mutable {
            auto sibling = ws->sibling();
            if (!sibling) {
                return Result<ImportReport>(sibling.error());
            }
            options.cancelled = [&progress] { return progress.cancelled.load(); };
            options.progress = [&progress](const ImportProgress& done) {
                if (done.bytesTotal > 0) {
                    progress.permille.store(static_cast<int>(done.bytesDone * 1000 / done.bytesTotal));
                }
                progress.items.store(done.certificates);
            };
            return (*sibling)->importFiles(paths, options);
        },
        [this](const Result<ImportReport>& outcome) { showImportReport(outcome); });
}

void CertificateActions::showImportReport(const Result<ImportReport>& outcome)
{
    if (!outcome) {
        QMessageBox::warning(m_window, tr("Import"), outcome.error().toString());
        return;
    }
    const ImportReport& report = outcome.value();
    QString text = tr("Imported %n certificate(s).", nullptr, static_cast<int>(report.certificateCount));
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
