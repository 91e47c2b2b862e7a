#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace signet {

enum class ServerKind { Nginx, Apache, Haproxy, Node };

std::optional<ServerKind> serverKindFromName(const QString& name);
QString serverKindName(ServerKind kind);
// The server kinds in the order the interfaces list them.
QList<ServerKind> allServerKinds();
// The configuration file a server kind reads: nginx.conf, apache.conf, haproxy.cfg, server.js.
QString serverConfigFileName(ServerKind kind);

// A CA whose client certificates a configuration admits, in the forms each server compares.
struct AdmittedCa {
    QString name;
    QString dnEscaped; // RFC 2253 with bytes above 0x7F as \XX: nginx's $ssl_client_i_dn, HAProxy's rfc2253
    QString dnUtf8;    // RFC 2253 with UTF-8 kept: Apache's SSL_CLIENT_I_DN
    QString sha256;    // fingerprint "AB:CD:...", which Node compares
};

// One condition on the client's subject: the attribute has one of the values ("OU=Staff|Dev").
struct SubjectRule {
    QString attribute; // CN, O, OU, C, L, ST
    QStringList values;

    // "O=Acme", "OU=Staff|Dev". Values are letters, digits, spaces and - . _ @ : what every
    // server's syntax carries unchanged.
    static Result<SubjectRule> parse(const QString& text);
    [[nodiscard]] QString toString() const;
};

// Everything a server configuration says, as absolute paths and plain values: the template input.
struct ServerConfigSpec {
    ServerKind kind = ServerKind::Nginx;
    QString directory;
    QString certFile;     // server certificate + intermediates
    QString keyFile;      // server key
    QString combinedFile; // chain + key (HAProxy)
    QString clientCaFile; // the client CA, every CA above it and every CA below it
    QString crlFile;      // one CRL per CA in clientCaFile
    QString serverCaFile; // the root that clients need to trust the server
    QString serverName;
    QString serverCertName;
    QString clientCaName;
    int port = 443;
    QUrl backend;
    int verifyDepth = 1;
    QList<AdmittedCa> admitted; // the chosen CA first, then the CAs below it
    QList<SubjectRule> rules;   // all must hold
    QDateTime crlNextUpdate;
    QDateTime generatedAt;
};

} // namespace signet
