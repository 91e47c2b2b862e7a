#include "DeploymentKitService.h"

#include "WorkspaceContext.h"
#include "export/ConfigSyntax.h"
#include "export/DeploymentKitTemplates.h"
#include "export/FileWriter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "DeploymentKit", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeploymentKit)
};

ServerConfigOptions configFor(ServerKind kind, const DeploymentKitOptions& options, qint64 serverId,
                              const CertificateRef& clientCa)
{
    ServerConfigOptions config;
    config.kind = kind;
    config.serverCert = CertificateRef::id(serverId);
    config.clientCa = clientCa;
    config.outDir = options.outDir;
    config.port = options.port;
    config.backend = options.backend;
    config.rules = options.rules;
    config.force = options.force;
    config.replaceFiles = true; // checked for the whole kit: its configurations share files
    return config;
}

// Every file the kit would write, refused when one exists already.
Status refuseExisting(ServerConfigService& writer, const DeploymentKitOptions& options, qint64 serverId,
                      const CertificateRef& clientCa)
{
    QStringList files;
    for (ServerKind kind : allServerKinds()) {
        auto planned = writer.preview(configFor(kind, options, serverId, clientCa));
        if (!planned) {
            return planned.error();
        }
        for (const QString& file : planned->files) {
            if (!files.contains(file)) {
                files << file;
            }
        }
    }
    const QDir dir(options.outDir);
    files << dir.absoluteFilePath(QStringLiteral("test-mtls.sh"));
    return refuseExistingFiles(files);
}
} // namespace

Result<DeploymentKitResult> DeploymentKitService::write(const DeploymentKitOptions& options)
{
    auto server = m_ctx.resolve(options.serverCert);
    if (!server) {
        return server.error();
    }
    CertificateRef clientCa = options.clientCa;
    if (clientCa.isNull()) {
        if (!server->issuerId) {
            return makeError(Tr::tr("'%1' has no issuer in this workspace: name the CA whose clients are accepted")
                                 .arg(server->name));
        }
        clientCa = CertificateRef::id(*server->issuerId);
    }

    // The three configurations share every file but their own; the writer checks the options
    // (server certificate with key, CA, port, backend) and publishes a missing or expired CRL once.
    DeploymentKitResult kit;
    ServerConfigResult last;
    ServerConfigService writer(m_ctx);
    if (!options.replaceFiles) {
        if (Status st = refuseExisting(writer, options, server->id, clientCa); !st) {
            return st.error();
        }
    }
    for (ServerKind kind : allServerKinds()) {
        const ServerConfigOptions config = configFor(kind, options, server->id, clientCa);
        auto written = writer.writeFiles(config);
        if (!written) {
            return written.error();
        }
        for (const QString& file : written->files) {
            if (!kit.files.contains(file)) {
                kit.files << file;
            }
        }
        kit.configFiles << written->configFile;
        last = std::move(written).value();
    }

    const QDir dir(last.directory);
    KitFacts facts;
    facts.directory = last.directory;
    facts.hostName = last.hostName;
    facts.port = options.port;
    facts.serverCertName = server->name;
    facts.clientCaName = last.clientCaName;
    facts.admission = last.admission;
    facts.backend = options.backend;
    facts.crlNextUpdate = last.crlNextUpdate;
    facts.generatedAt = m_ctx.now();

    kit.directory = last.directory;
    kit.readme = dir.absoluteFilePath(QStringLiteral("README.txt")); // replaces the writer's single-server one
    kit.testScript = dir.absoluteFilePath(QStringLiteral("test-mtls.sh"));
    if (Status st = writeFileAtomically(kit.readme, renderKitReadme(facts).toUtf8(), false); !st) {
        return st.error();
    }
    if (Status st = writeFileAtomically(kit.testScript, renderKitTestScript(facts).toUtf8(), FileAccess::Executable);
        !st) {
        return st.error();
    }
    for (const QString& file : {kit.testScript, kit.readme}) {
        if (!kit.files.contains(file)) {
            kit.files << file;
        }
    }
    kit.testCommand = QStringLiteral("%1 client.crt client.key").arg(ConfigSyntax::shellWord(kit.testScript));

    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx.now();
    auto clientCaRecord = m_ctx.resolve(clientCa);
    if (!clientCaRecord) {
        return clientCaRecord.error();
    }
    const DeploymentRecord deployment{0, QStringLiteral("kit"), kit.directory, server->id, clientCaRecord->id,
                                      dir.absoluteFilePath(QStringLiteral("client-crl.pem")), now, now};
    if (auto saved = m_ctx.deployments().save(deployment); !saved) {
        return saved.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("deployment-kit"), server->name,
                                QStringLiteral("client_ca=%1 port=%2 dir=%3")
                                    .arg(last.clientCaName, QString::number(options.port), kit.directory));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return kit;
}

} // namespace signet
