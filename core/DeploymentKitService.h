#pragma once

#include "Result.h"
#include "ServerConfigService.h"

#include <QStringList>

namespace signet {

class WorkspaceContext;

struct DeploymentKitOptions {
    CertificateRef serverCert; // to the server certificate (needs its key in the workspace)
    CertificateRef clientCa;   // the CA whose client certificates are accepted; null: the server certificate's issuer
    QString outDir;     // created when missing
    int port = 443;
    QString backend = ServerConfigOptions().backend;
    QList<SubjectRule> rules; // conditions on the client's subject
    bool force = false;       // write even when a CA of the client chain is revoked or expired
    bool replaceFiles = false; // replace files of the folder that exist (else refused, naming them)
};

struct DeploymentKitResult {
    QString directory;
    QStringList files;       // every file written, once each
    QStringList configFiles; // nginx.conf, apache.conf, haproxy.cfg, server.js
    QString testScript;      // test-mtls.sh
    QString readme;          // README.txt
    QString testCommand;     // how to run the test script
};

// Everything a server needs for mutual TLS in one folder: the files and configurations that
// ServerConfigService writes for nginx, Apache httpd, HAProxy and Node.js, plus test-mtls.sh (the
// curl checks) and a README saying where each file goes and how to reload each server. The folder
// is recorded as one deployment.
class DeploymentKitService {
public:
    explicit DeploymentKitService(WorkspaceContext& context) : m_ctx(context) {}

    Result<DeploymentKitResult> write(const DeploymentKitOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
