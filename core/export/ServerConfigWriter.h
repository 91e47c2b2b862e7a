#pragma once

#include "Result.h"

#include <QStringList>

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
};

// Writes a ready-to-include nginx / Apache httpd / HAProxy mutual-TLS configuration plus every file
// it references: server certificate chain, server key (0600), client-CA bundle, CRL bundle.
class ServerConfigWriter {
public:
    explicit ServerConfigWriter(WorkspaceContext& context) : m_ctx(context) {}

    Result<ServerConfigResult> write(const ServerConfigOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
