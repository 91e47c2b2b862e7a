#include "ServerConfigService.h"

#include "ClientScope.h"
#include "RevocationService.h"
#include "WorkspaceContext.h"
#include "export/FileWriter.h"
#include "export/ServerConfigTemplates.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ServerConfigWriter", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerConfigWriter)
};

// The server's side: its chain without the root (clients have that), the root for server-ca.pem,
// and its key.
struct ServerFiles {
    QByteArray chainPem;
    QByteArray rootPem;
    QByteArray keyPem;
    QString name; // the first DNS name or IP address, else the CN
};

Status checkOptions(const ServerConfigOptions& options, const QUrl& backend)
{
    if (options.port < 1 || options.port > 65535) {
        return makeError(Tr::tr("port %1 is out of range").arg(options.port));
    }
    if (!backend.isValid() || backend.host().isEmpty()
        || (backend.scheme() != QLatin1String("http") && backend.scheme() != QLatin1String("https"))) {
        return makeError(Tr::tr("'%1' is not an http:// or https:// backend address").arg(options.backend));
    }
    if (options.outDir.trimmed().isEmpty()) {
        return makeError(Tr::tr("no folder given for the configuration files"));
    }
    return {};
}

Result<CertificateRecord> serverCertificate(WorkspaceContext& ctx, const CertificateRef& ref)
{
    auto server = ctx.resolve(ref);
    if (!server) {
        return server.error();
    }
    if (server->isCa) {
        return makeError(Tr::tr("'%1' is a CA, not a server certificate").arg(server->name));
    }
    if (server->profile != Profile::Server && server->profile != Profile::ServerClient
        && server->profile != Profile::Imported) {
        return makeError(Tr::tr("'%1' is a %2 certificate; the server needs one with serverAuth")
                             .arg(server->name, profileName(server->profile)));
    }
    if (!server->keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(server->name));
    }
    return server;
}

Result<ServerFiles> serverFiles(WorkspaceContext& ctx, const CertificateRecord& server)
{
    auto chain = ctx.chainOf(server);
    if (!chain) {
        return chain.error();
    }
    ServerFiles files;
    for (std::size_t i = 0; i < chain->size(); ++i) {
        auto cert = ctx.certificateOf((*chain)[i]);
        if (!cert) {
            return cert.error();
        }
        const bool isRoot = i + 1 == chain->size() && i > 0;
        (isRoot ? files.rootPem : files.chainPem) += cert->toPem();
    }
    auto key = ctx.keyOf(server);
    if (!key) {
        return key.error();
    }
    auto keyPem = key->toPkcs8Pem();
    if (!keyPem) {
        return keyPem.error();
    }
    files.keyPem = *keyPem;
    files.name = server.sans.isEmpty() ? server.commonName : QString();
    for (const QString& san : server.sans) {
        if (san.startsWith(QLatin1String("DNS:")) || san.startsWith(QLatin1String("IP:"))) {
            files.name = san.mid(san.indexOf(QLatin1Char(':')) + 1);
            break;
        }
    }
    return files;
}

ServerConfigSpec specFor(const ServerConfigOptions& options, const QDir& dir, const ClientScope& scope)
{
    ServerConfigSpec spec;
    spec.kind = options.kind;
    spec.directory = dir.absolutePath();
    spec.certFile = dir.absoluteFilePath(QStringLiteral("server.crt"));
    spec.keyFile = dir.absoluteFilePath(QStringLiteral("server.key"));
    spec.combinedFile = dir.absoluteFilePath(QStringLiteral("server.pem"));
    spec.clientCaFile = dir.absoluteFilePath(QStringLiteral("client-ca.pem"));
    spec.crlFile = dir.absoluteFilePath(QStringLiteral("client-crl.pem"));
    spec.serverCaFile = dir.absoluteFilePath(QStringLiteral("server-ca.pem"));
    spec.clientCaName = scope.chain.front().record.name;
    spec.port = options.port;
    spec.backend = QUrl(options.backend);
    spec.verifyDepth = scope.verifyDepth;
    spec.admitted = scope.admitted();
    spec.rules = options.rules;
    return spec;
}
} // namespace

Result<ServerConfigResult> ServerConfigService::preview(const ServerConfigOptions& options)
{
    auto prepared = prepare(options, false);
    if (!prepared) {
        return prepared.error();
    }
    return prepared->result;
}

Result<ServerConfigResult> ServerConfigService::write(const ServerConfigOptions& options)
{
    auto written = writePrepared(options);
    if (!written) {
        return written.error();
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx.now();
    DeploymentRecord deployment{0, serverKindName(options.kind), written->result.directory, written->serverId,
                                written->clientCaId, written->crlFile, now, now};
    if (auto saved = m_ctx.deployments().save(deployment); !saved) {
        return saved.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("server-config"), written->serverName,
                                QStringLiteral("kind=%1 client_ca=%2 dir=%3")
                                    .arg(serverKindName(options.kind), written->result.clientCaName,
                                         written->result.directory));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return written->result;
}

Result<ServerConfigResult> ServerConfigService::writeFiles(const ServerConfigOptions& options)
{
    auto written = writePrepared(options);
    if (!written) {
        return written.error();
    }
    return written->result;
}

Result<ServerConfigService::Prepared> ServerConfigService::writePrepared(const ServerConfigOptions& options)
{
    auto prepared = prepare(options, true);
    if (!prepared) {
        return prepared.error();
    }
    if (!prepared->result.problems.isEmpty() && !options.force) {
        Error refused = makeError(prepared->result.problems.join(QStringLiteral("; ")));
        refused.forceable = true;
        return refused;
    }
    if (!options.replaceFiles) {
        if (Status st = refuseExistingFiles(prepared->result.files); !st) {
            return st.error();
        }
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

Result<ServerConfigService::Prepared> ServerConfigService::prepare(const ServerConfigOptions& options, bool publish)
{
    const QUrl backend(options.backend);
    if (Status st = checkOptions(options, backend); !st) {
        return st.error();
    }
    auto server = serverCertificate(m_ctx, options.serverCert);
    if (!server) {
        return server.error();
    }
    auto clientCa = m_ctx.resolve(options.clientCa);
    if (!clientCa) {
        return clientCa.error();
    }
    auto scope = ClientScope::of(m_ctx, *clientCa);
    if (!scope) {
        return scope.error();
    }
    auto files = serverFiles(m_ctx, *server);
    if (!files) {
        return files.error();
    }
    // With a revoked or expired CA in the chain every client is refused: then publish nothing.
    const QStringList problems = scope->problems(m_ctx.now());
    auto crls = RevocationService(m_ctx).bundleFor(*scope, publish && (problems.isEmpty() || options.force));
    if (!crls) {
        return crls.error();
    }
    const QDir dir(options.outDir);
    ServerConfigSpec spec = specFor(options, dir, *scope);
    spec.serverName = files->name;
    spec.serverCertName = server->name;
    spec.crlNextUpdate = crls->earliestNextUpdate;
    spec.generatedAt = m_ctx.now();
    auto snippet = renderServerConfig(spec);
    if (!snippet) {
        return snippet.error();
    }
    QByteArray clientCaPem;
    for (const ClientScope::Ca* ca : scope->all()) {
        clientCaPem += ca->cert.toPem();
    }

    Prepared prepared;
    auto& outputs = prepared.outputs;
    if (options.kind == ServerKind::Haproxy) {
        outputs.append({spec.combinedFile, files->chainPem + files->keyPem, true}); // chain and key in one file
    } else {
        outputs.append({spec.certFile, files->chainPem, false});
        outputs.append({spec.keyFile, files->keyPem, true});
    }
    outputs.append({spec.clientCaFile, clientCaPem, false});
    outputs.append({spec.crlFile, crls->pem, false});
    outputs.append({spec.serverCaFile, files->rootPem.isEmpty() ? files->chainPem : files->rootPem, false});
    ServerConfigResult& result = prepared.result;
    result.directory = spec.directory;
    result.configFile = dir.absoluteFilePath(serverConfigFileName(options.kind));
    result.snippet = *snippet;
    result.testCommand = renderTestCommand(spec);
    result.reloadCommand = reloadCommand(options.kind);
    result.verifyDepth = spec.verifyDepth;
    result.hostName = spec.serverName;
    result.clientCaName = spec.clientCaName;
    result.admission = admissionSentences(spec);
    result.crlNextUpdate = spec.crlNextUpdate;
    result.problems = problems;
    outputs.append({result.configFile, result.snippet.toUtf8(), false});
    outputs.append({dir.absoluteFilePath(QStringLiteral("README.txt")), renderReadme(spec).toUtf8(), false});
    for (const auto& output : outputs) {
        result.files << std::get<0>(output);
    }
    prepared.serverId = server->id;
    prepared.clientCaId = clientCa->id;
    prepared.serverName = server->name;
    prepared.crlFile = spec.crlFile;
    return prepared;
}

} // namespace signet
