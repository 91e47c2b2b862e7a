#pragma once

#include "CertificateRecord.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace signet {

class ExportDialog;
class Workspace;

// The certificate actions (menus, toolbar, context menu, shortcuts). Which ones are enabled
// follows from the selection alone (see updateEnabled), never from checks inside the slots.
class CertificateActions : public QObject {
    Q_OBJECT

public:
    explicit CertificateActions(QWidget* window);

    void setWorkspace(Workspace* workspace);
    void setSelection(std::optional<CertificateRecord> selected);
    void populateMenu(QMenu* menu) const;

    QAction* newCa = nullptr;
    QAction* newServer = nullptr;
    QAction* newClient = nullptr;
    QAction* signRequest = nullptr;
    QAction* exportCertificate = nullptr;
    QAction* revoke = nullptr;
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

signals:
    // Something changed in the workspace; select `id` when it is set.
    void workspaceChanged(std::optional<qint64> select);
    void statusMessage(const QString& text);

private:
    void updateEnabled();
    std::optional<qint64> selectedCaId() const;
    void runNewCa();
    void runNewServer();
    void runNewClient();
    void runSignRequest();
    void runExport();
    // Runs the dialog; after an export, the status bar says what was written where.
    void runExportDialog(ExportDialog& dialog, const QString& name);
    void runRevoke();
    void runPublishCrl();
    void runServerConfig();
    void runDeploymentKit();
    void runCheckHandshake();
    void runDeployments();
    void runImport();
    // Asks whether to open the Sign CSR wizard with the request in `path`.
    void offerSigning(const QString& path, const QByteArray& csr);

    QWidget* m_window;
    Workspace* m_workspace = nullptr;
    std::optional<CertificateRecord> m_selected;
    bool m_hasCa = false;
};

} // namespace signet
