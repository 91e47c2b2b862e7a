#include "ConfigCommands.h"

#include "AccessOptions.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ConfigCommands", text);
}

QStringList serverNames()
{
    QStringList names;
    for (ServerKind kind : allServerKinds()) {
        names << serverKindName(kind);
    }
    return names;
}
} // namespace

int ConfigCommands::config(const QStringList& args)
{
    const QString kinds = serverNames().join(QLatin1Char('|'));
    CommandLine cl(QStringLiteral("config"),
                   tr("Write a mutual-TLS configuration for nginx, Apache httpd, HAProxy or Node.js (server.js) into "
                      "a folder, with every file it references: the server certificate chain, its key (mode 0600), "
                      "the client CA bundle and the CRLs. It admits exactly the client certificates of --client-ca "
                      "and of the CAs below it (and, with --allow, only those subjects). The folder is recorded "
                      "(see 'deployments'): every CRL published for these CAs rewrites its CRL file."));
    cl.addPositional(QStringLiteral("SERVER"), kinds, kinds, serverNames());
    cl.addOption({QStringLiteral("server")}, tr("The server certificate (its key must be in the workspace)."),
                 QStringLiteral("CERT"));
    cl.addOption({QStringLiteral("client-ca")},
                 tr("The CA whose client certificates are admitted, with those of the CAs below it."),
                 QStringLiteral("CA"));
    cl.addOption({QStringLiteral("out")}, tr("The folder to write (created when missing)."), QStringLiteral("DIR"));
    cl.addOption({QStringLiteral("port")}, tr("The port to listen on (default 443)."), QStringLiteral("N"));
    cl.addOption({QStringLiteral("backend")},
                 tr("Where requests go, with the client's DN (default %1).").arg(ServerConfigOptions().backend),
                 QStringLiteral("URL"));
    AccessOptions::addAllow(cl);
    AccessOptions::addForce(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("SERVER")}) || !cl.require(QStringLiteral("server"))
        || !cl.require(QStringLiteral("client-ca")) || !cl.require(QStringLiteral("out"))) {
        return cl.exitCode();
    }
    ServerConfigOptions options;
    const QString kindName = cl.positional().at(0);
    const auto kind = serverKindFromName(kindName);
    if (!kind) {
        return cl.usage(tr("unknown server '%1' (use %2)").arg(kindName, kinds));
    }
    const auto port = cl.intOption(QStringLiteral("port"), 1, 65535, options.port);
    const auto rules = port ? AccessOptions::rules(cl) : std::nullopt;
    if (!port || !rules) {
        return cl.exitCode();
    }
    options.rules = *rules;
    options.force = cl.isSet(QStringLiteral("force"));
    options.replaceFiles = options.force;
    options.kind = *kind;
    options.serverCert = CertificateRef::typed(cl.value(QStringLiteral("server")));
    options.clientCa = CertificateRef::typed(cl.value(QStringLiteral("client-ca")));
    options.outDir = cl.value(QStringLiteral("out"));
    options.port = *port;
    if (cl.isSet(QStringLiteral("backend"))) {
        options.backend = cl.value(QStringLiteral("backend"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto result = (*ws)->writeServerConfig(options);
    if (!result) {
        if (!result.error().existingFiles.isEmpty()) {
            return Console::fail(tr("%1; add --force to replace them").arg(result.error().toString()));
        }
        if (result.error().forceable) {
            return Console::fail(tr("%1; add --force to write it anyway").arg(result.error().toString()));
        }
        return Console::fail(result.error());
    }
    Console::out(tr("wrote %1 configuration to %2:").arg(serverKindName(options.kind), result->directory));
    for (const QString& file : result->files) {
        Console::out(QStringLiteral("  ") + file);
    }
    AccessOptions::printAdmission(result->admission);
    Console::out(options.kind == ServerKind::Node
                     ? tr("start it with: node %1; test it with:").arg(result->configFile)
                     : tr("include %1 in the server's configuration; test it with:").arg(result->configFile));
    Console::out(QStringLiteral("  ") + result->testCommand);
    Console::out(tr("every CRL published for these CAs rewrites %1/client-crl.pem; then: %2")
                     .arg(result->directory, result->reloadCommand));
    return Console::kSuccess;
}

} // namespace signet
