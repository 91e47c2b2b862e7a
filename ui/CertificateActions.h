#pragma once

#include "ActionRules.h"
#include "CertificateRecord.h"
#include "ImportService.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace signet {

class ExportDialog;
class Workspace;

// The certificate actions (menus, toolbar, context menu, shortcuts). Each one has an ActionRule:
// whether it is enabled, and whether the tree's context menu offers it, follows from the selection
// by that rule alone, never from checks inside the slots. Actions on one certificate act on the
// current one; actions on one or more act on every selected certificate.
class CertificateActions : public QObject {
    Q_OBJECT

public:
    explicit CertificateActions(QWidget* window);

    void setWorkspace(Workspace* workspace);
    // The selected certificates, the current one first.
    void setSelection(QList<CertificateRecord> selected);
    // Every action, for the Certificates menu.
    void populateMenu(QMenu* menu) const;
    // Only the actions that apply to the selection, for the tree's context menu.
    void populateContextMenu(QMenu* menu) const;
    [[nodiscard]] const SelectionContext& context() const { return m_context; }

    QAction* newCa = nullptr;
    QAction* newServer = nullptr;
    QAction* newClient = nullptr;
    QAction* signRequest = nullptr;
    QAction* exportCertificate = nullptr;
    QAction* exportCa = nullptr;
    QAction* revoke = nullptr;
    QAction* renew = nullptr;
    QAction* releaseHold = nullptr;
    QAction* rename = nullptr;
    QAction* remove = nullptr;
    QAction* restore = nullptr;
    QAction* publishCrl = nullptr;
    QAction* serverConfig = nullptr;
    QAction* deploymentKit = nullptr;
    QAction* checkHandshake = nullptr;
    QAction* deployments = nullptr;
    QAction* importFiles = nullptr;

    // Imports the files; a certificate signing request among them is offered to the Sign CSR wizard.
    void importPaths(const QStringList& paths);
    // The Sign CSR wizard with this request (PEM or DER) already loaded; nothing when signing is not
    // possible (no workspace or no CA).
    void signRequestData(const QByteArray& csr);
    // The Renew dialog with every certificate that expires within 30 days.
    void renewExpiring();

signals:
    // Something changed in the workspace; select `id` when it is set.
    void workspaceChanged(std::optional<qint64> select);
    void statusMessage(const QString& text);

private:
    struct Entry {
        QAction* action;
        ActionRule rule;
        int group; // the menus put a separator between groups
    };
    void createActions();
    void assignRules();
    void updateEnabled();
    [[nodiscard]] const CertificateRecord& current() const { return m_context.selected.first(); }
    std::optional<qint64> selectedCaId() const;
    void runNewCa();
    void runNewServer();
    void runNewClient();
    void runSignRequest();
    void runExport();
    // Runs the dialog; after an export, the status bar says what was written where.
    void runExportDialog(ExportDialog& dialog, const QString& name);
    void runRevoke();
    // After a lifecycle command: refresh and select what it says, when something changed.
    void changed(const std::optional<std::optional<qint64>>& result);
    void runPublishCrl();
    void runServerConfig();
    void runDeploymentKit();
    void runCheckHandshake();
    void runDeployments();
    void runImport();
    void showImportReport(const Result<ImportReport>& outcome);
    // Asks whether to open the Sign CSR wizard with the request in `path`.
    void offerSigning(const QString& path, const QByteArray& csr);

    QWidget* m_window;
    Workspace* m_workspace = nullptr;
    SelectionContext m_context;
    std::vector<Entry> m_entries;
};

} // namespace signet
