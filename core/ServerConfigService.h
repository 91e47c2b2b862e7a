#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "export/ServerConfigSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <tuple>

namespace signet {

class WorkspaceContext;

struct ServerConfigOptions {
    ServerKind kind = ServerKind::Nginx;
    CertificateRef serverCert; //  to the server certificate (needs its key in the workspace)
    CertificateRef clientCa;   //  to the CA whose client certificates (and those of CAs below it) pass
    QString outDir;      // created when missing; files use absolute paths into it
    int port = 443;
    QString backend = QStringLiteral("http://127.0.0.1:8080"); // where requests (with the client DN) go
    QList<SubjectRule> rules; // conditions on the client's subject, all of which must hold
    bool force = false;       // write even when a CA of the client chain is revoked or expired
    bool replaceFiles = false; // replace files of the folder that exist (else refused, naming them)
};

struct ServerConfigResult {
    QString directory;
    QString configFile;      // the snippet to include (server.js for Node)
    QStringList files;       // every file written
    QString snippet;         // the configuration text
    QString testCommand;     // curl line that checks the setup
    QString reloadCommand;   // how to load changed files into the server
    int verifyDepth = 0;
    QString hostName;        // the name the server answers to (its first DNS name or IP address)
    QString clientCaName;
    QStringList admission;   // who is admitted, as the configuration's header says it
    QDateTime crlNextUpdate; // when the earliest CRL in the CRL file expires
    QStringList problems;    // why servers would refuse every client (write() refuses them unless force)
};

// The mutual-TLS configuration of one server: nginx, Apache httpd, HAProxy or Node.js, with every
// file it refers to (server chain, key 0600, client CA bundle, CRL bundle). It admits exactly the
// clients of the chosen CA and of the CAs below it (and, with rules, only those subjects); the
// folder is recorded as a deployment whose CRL file follows every CRL published for its CAs.
class ServerConfigService {
public:
    explicit ServerConfigService(WorkspaceContext& context) : m_ctx(context) {}

    Result<ServerConfigResult> write(const ServerConfigOptions& options);
    // What write() would produce, without writing or publishing anything (for showing it first).
    Result<ServerConfigResult> preview(const ServerConfigOptions& options);
    // write() without its deployment record and audit, for the deployment kit, which writes several
    // configurations into one folder and records that once.
    Result<ServerConfigResult> writeFiles(const ServerConfigOptions& options);

private:
    struct Prepared {
        ServerConfigResult result;
        QList<std::tuple<QString, QByteArray, bool>> outputs; // path, contents, secret
        qint64 serverId = 0;
        qint64 clientCaId = 0;
        QString serverName;
        QString crlFile;
    };
    Result<Prepared> prepare(const ServerConfigOptions& options, bool publish);
    Result<Prepared> writePrepared(const ServerConfigOptions& options);

    WorkspaceContext& m_ctx;
};

} // namespace signet
