#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <tuple>

#include <optional>

namespace signet {

class WorkspaceContext;

enum class ServerKind { Nginx, Apache, Haproxy };

std::optional<ServerKind> serverKindFromName(const QString& name);
QString serverKindName(ServerKind kind);

struct ServerConfigOptions {
    ServerKind kind = ServerKind::Nginx;
    QString serverCert;  // reference to the server certificate (needs its key in the workspace)
    QString clientCa;    // reference to the CA whose client certificates are accepted
    QString outDir;      // created when missing; files use absolute paths into it
    int port = 443;
    QString backend = QStringLiteral("http://127.0.0.1:8080"); // where requests (with the client DN) go
};

struct ServerConfigResult {
    QString directory;
    QString configFile;      // the snippet to include
    QStringList files;       // every file written
    QString snippet;         // the configuration text
    QString testCommand;     // curl line that checks the setup
    int verifyDepth = 0;
    QString hostName;        // the name the server answers to (its first DNS name or IP address)
    QString clientCaName;
    QDateTime crlNextUpdate; // when the earliest CRL in the CRL file expires
};

// Writes a ready-to-include nginx / Apache httpd / HAProxy mutual-TLS configuration plus every file
// it references: server certificate chain, server key (0600), client-CA bundle, CRL bundle.
class ServerConfigWriter {
public:
    explicit ServerConfigWriter(WorkspaceContext& context) : m_ctx(context) {}

    Result<ServerConfigResult> write(const ServerConfigOptions& options);
    // write() without its audit record, for a caller that writes one for a larger use case
    // (the deployment kit writes all three configurations into one folder).
    Result<ServerConfigResult> writeFiles(const ServerConfigOptions& options);
    // What write() would produce, without writing anything (for showing the snippet first).
    Result<ServerConfigResult> preview(const ServerConfigOptions& options);

private:
    struct Prepared {
        ServerConfigResult result;
        QList<std::tuple<QString, QByteArray, bool>> outputs; // path, contents, secret
        QString serverName;
        QString clientCaName;
    };
    // `publishMissingCrls`: publish a CRL for each CA in the client chain that has no current one.
    Result<Prepared> prepare(const ServerConfigOptions& options, bool publishMissingCrls);
    Result<Prepared> writePrepared(const ServerConfigOptions& options);

    WorkspaceContext& m_ctx;
};

} // namespace signet
