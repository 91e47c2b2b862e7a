#pragma once

#include "export/ServerConfigWriter.h"

#include <QDateTime>
#include <QUrl>

namespace signet {

// Everything a configuration template refers to, as absolute paths and plain values.
struct ServerFiles {
    QString directory;
    QString certFile;     // server certificate + intermediates
    QString keyFile;      // server key
    QString combinedFile; // chain + key (HAProxy)
    QString clientCaFile; // client CA and every CA above it
    QString crlFile;      // one CRL per CA in clientCaFile
    QString serverCaFile; // the root that clients need to trust the server
    QString serverName;
    QString serverCertName;
    QString clientCaName;
    int port = 443;
    QUrl backend;
    int verifyDepth = 1;
    QDateTime crlNextUpdate;
    QDateTime generatedAt;
};

QString renderServerConfig(ServerKind kind, const ServerFiles& files);
QString renderTestCommand(const ServerFiles& files);
QString renderReadme(ServerKind kind, const ServerFiles& files);

} // namespace signet
