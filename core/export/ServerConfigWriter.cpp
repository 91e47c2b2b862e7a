#include "export/ServerConfigWriter.h"

#include "RevocationService.h"
#include "WorkspaceContext.h"
#include "crypto/Crl.h"
#include "export/FileWriter.h"
#include "export/ServerConfigTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <optional>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ServerConfigWriter", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerConfigWriter)
};
} // namespace

std::optional<ServerKind> serverKindFromName(const QString& name)
{
    for (ServerKind kind : {ServerKind::Nginx, ServerKind::Apache, ServerKind::Haproxy}) {
        if (serverKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx:
        return QStringLiteral("nginx");
    case ServerKind::Apache:
        return QStringLiteral("apache");
    case ServerKind::Haproxy:
        return QStringLiteral("haproxy");
    }
    return {};
}

Result<ServerConfigResult> ServerConfigWriter::preview(const ServerConfigOptions& options)
{
    auto prepared = prepare(options, false);
    if (!prepared) {
        return prepared.error();
    }
    return prepared->result;
}

Result<ServerConfigResult> ServerConfigWriter::write(const ServerConfigOptions& options)
{
    auto written = writePrepared(options);
    if (!written) {
        return written.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("server-config"), written->serverName,
                                QStringLiteral("kind=%1 client_ca=%2 dir=%3")
                                    .arg(serverKindName(options.kind), written->clientCaName,
                                         written->result.directory));
        !st) {
        return st.error();
    }
    return written->result;
}

Result<ServerConfigResult> ServerConfigWriter::writeFiles(const ServerConfigOptions& options)
{
    auto written = writePrepared(options);
    if (!written) {
        return written.error();
    }
    return written->result;
}

Result<ServerConfigWriter::Prepared> ServerConfigWriter::writePrepared(const ServerConfigOptions& options)
{
    auto prepared = prepare(options, true);
    if (!prepared) {
        return prepared.error();
    }
    if (!QDir().mkpath(prepared->result.directory)) {
        return makeError(Tr::tr("cannot create the folder %1").arg(options.outDir));
    }
    for (const auto& [path, data, secret] : prepared->outputs) {
        if (Status st = writeFileAtomically(path, data, secret); !st) {
            return st.error();
        }
    }
    return prepared;
}

Result<ServerConfigWriter::Prepared> ServerConfigWriter::prepare(const ServerConfigOptions& options,
                                                                bool publishMissingCrls)
{
    if (options.port < 1 || options.port > 65535) {
        return makeError(Tr::tr("port %1 is out of range").arg(options.port));
    }
    const QUrl backend(options.backend);
    if (!backend.isValid() || backend.host().isEmpty()
        || (backend.scheme() != QLatin1String("http") && backend.scheme() != QLatin1String("https"))) {
        return makeError(Tr::tr("'%1' is not an http:// or https:// backend address").arg(options.backend));
    }
    auto server = m_ctx.resolve(options.serverCert);
    if (!server) {
        return server.error();
    }
    if (server->isCa) {
        return makeError(Tr::tr("'%1' is a CA, not a server certificate").arg(server->name));
    }
    if (server->profile != QLatin1String("server") && server->profile != QLatin1String("server-client")
        && server->profile != QLatin1String("imported")) {
        return makeError(Tr::tr("'%1' is a %2 certificate; the server needs one with serverAuth")
                             .arg(server->name, server->profile));
    }
    if (!server->keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(server->name));
    }
    auto clientCa = m_ctx.resolve(options.clientCa);
    if (!clientCa) {
        return clientCa.error();
    }
    if (!clientCa->isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(clientCa->name));
    }

    if (options.outDir.trimmed().isEmpty()) {
        return makeError(Tr::tr("no folder given for the configuration files"));
    }
    ServerFiles files;
    const QDir dir(options.outDir);
    files.directory = dir.absolutePath();

    // Server certificate + intermediates (never the root: clients have it already).
    auto serverChain = m_ctx.chainOf(*server);
    if (!serverChain) {
        return serverChain.error();
    }
    QByteArray serverPem;
    QByteArray serverRootPem;
    for (std::size_t i = 0; i < serverChain->size(); ++i) {
        auto cert = m_ctx.certificateOf((*serverChain)[i]);
        if (!cert) {
            return cert.error();
        }
        const bool isRoot = i + 1 == serverChain->size() && i > 0;
        if (isRoot) {
            serverRootPem = cert->toPem();
        } else {
            serverPem += cert->toPem();
        }
    }
    auto key = m_ctx.keys().load(*server->keyId);
    if (!key) {
        return key.error();
    }
    auto keyPem = key->toPkcs8Pem();
    if (!keyPem) {
        return keyPem.error();
    }

    // Client CA with every CA above it, and a current CRL for each (nginx and HAProxy check
    // every level of the chain and reject all clients when one CRL is missing or expired).
    auto clientChain = m_ctx.chainOf(*clientCa);
    if (!clientChain) {
        return clientChain.error();
    }
    RevocationService revocation(m_ctx);
    QByteArray clientCaPem;
    QByteArray crlPem;
    QDateTime earliestNextUpdate;
    for (const CertificateRecord& link : *clientChain) {
        auto cert = m_ctx.certificateOf(link);
        if (!cert) {
            return cert.error();
        }
        clientCaPem += cert->toPem();
        // A preview changes nothing: it shows the stored CRL, or none when one is still to be published.
        std::optional<CrlRecord> crl;
        if (publishMissingCrls) {
            auto current = revocation.currentCrl(link);
            if (!current) {
                return current.error();
            }
            crl = std::move(current).value();
        } else {
            auto stored = m_ctx.crls().forCa(link.id);
            if (!stored) {
                return stored.error();
            }
            crl = std::move(stored).value();
        }
        if (!crl) {
            continue;
        }
        auto parsed = Crl::fromData(crl->der);
        if (!parsed) {
            return parsed.error();
        }
        crlPem += parsed->toPem();
        if (!earliestNextUpdate.isValid() || crl->nextUpdate < earliestNextUpdate) {
            earliestNextUpdate = crl->nextUpdate;
        }
    }

    files.serverName = server->sans.isEmpty() ? server->commonName : QString();
    for (const QString& san : server->sans) {
        if (san.startsWith(QLatin1String("DNS:")) || san.startsWith(QLatin1String("IP:"))) {
            files.serverName = san.mid(san.indexOf(QLatin1Char(':')) + 1);
            break;
        }
    }
    files.serverCertName = server->name;
    files.clientCaName = clientCa->name;
    files.port = options.port;
    files.backend = backend;
    files.verifyDepth = static_cast<int>(clientChain->size());
    files.crlNextUpdate = earliestNextUpdate;
    files.generatedAt = m_ctx.now();

    const QString certPath = dir.absoluteFilePath(QStringLiteral("server.crt"));
    const QString keyPath = dir.absoluteFilePath(QStringLiteral("server.key"));
    const QString pemPath = dir.absoluteFilePath(QStringLiteral("server.pem"));
    const QString caPath = dir.absoluteFilePath(QStringLiteral("client-ca.pem"));
    const QString crlPath = dir.absoluteFilePath(QStringLiteral("client-crl.pem"));
    const QString serverCaPath = dir.absoluteFilePath(QStringLiteral("server-ca.pem"));
    files.certFile = certPath;
    files.keyFile = keyPath;
    files.combinedFile = pemPath;
    files.clientCaFile = caPath;
    files.crlFile = crlPath;
    files.serverCaFile = serverCaPath;

    Prepared prepared;
    auto& outputs = prepared.outputs;
    if (options.kind == ServerKind::Haproxy) {
        outputs.append({pemPath, serverPem + *keyPem, true}); // HAProxy wants chain and key in one file
    } else {
        outputs.append({certPath, serverPem, false});
        outputs.append({keyPath, *keyPem, true});
    }
    outputs.append({caPath, clientCaPem, false});
    outputs.append({crlPath, crlPem, false});
    outputs.append({serverCaPath, serverRootPem.isEmpty() ? serverPem : serverRootPem, false});

    ServerConfigResult& result = prepared.result;
    result.directory = files.directory;
    result.verifyDepth = files.verifyDepth;
    result.hostName = files.serverName;
    result.clientCaName = files.clientCaName;
    result.crlNextUpdate = files.crlNextUpdate;
    result.snippet = renderServerConfig(options.kind, files);
    result.testCommand = renderTestCommand(files);
    const QString configName = options.kind == ServerKind::Nginx    ? QStringLiteral("nginx.conf")
                               : options.kind == ServerKind::Apache ? QStringLiteral("apache.conf")
                                                                    : QStringLiteral("haproxy.cfg");
    result.configFile = dir.absoluteFilePath(configName);
    outputs.append({result.configFile, result.snippet.toUtf8(), false});
    outputs.append({dir.absoluteFilePath(QStringLiteral("README.txt")), renderReadme(options.kind, files).toUtf8(), false});
    for (const auto& output : outputs) {
        result.files << std::get<0>(output);
    }
    prepared.serverName = server->name;
    prepared.clientCaName = clientCa->name;
    return prepared;
}

} // namespace signet
