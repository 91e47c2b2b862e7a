#include "KitCommands.h"

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
    return QCoreApplication::translate("KitCommands", text);
}
} // namespace

int KitCommands::kit(const QStringList& args)
{
    CommandLine cl(QStringLiteral("kit"),
                   tr("Write a deployment kit for a server certificate into a folder: its chain and key (mode 0600), "
                      "the client CA and CRL bundles, nginx, Apache httpd, HAProxy and Node.js configurations, "
                      "test-mtls.sh (checks the running server with curl) and a README saying where each file "
                      "goes. The folder is recorded (see 'deployments'): every CRL published for its CAs rewrites "
                      "its CRL file."));
    cl.addPositional(QStringLiteral("CERT"), tr("The server certificate (its key must be in the workspace)."));
    cl.addOption({QStringLiteral("client-ca")},
                 tr("The CA whose client certificates are admitted, with those of the CAs below it (default: the CA "
                    "that issued CERT)."),
                 QStringLiteral("CA"));
    cl.addOption({QStringLiteral("out")}, tr("The folder to write (created when missing)."), QStringLiteral("DIR"));
    cl.addOption({QStringLiteral("port")}, tr("The port to listen on (default 443)."), QStringLiteral("N"));
    cl.addOption({QStringLiteral("backend")},
                 tr("Where requests go, with the client's DN (default %1).").arg(DeploymentKitOptions().backend),
                 QStringLiteral("URL"));
    AccessOptions::addAllow(cl);
    AccessOptions::addForce(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CERT")}) || !cl.require(QStringLiteral("out"))) {
        return cl.exitCode();
    }
    DeploymentKitOptions options;
    const auto port = cl.intOption(QStringLiteral("port"), 1, 65535, options.port);
    const auto rules = port ? AccessOptions::rules(cl) : std::nullopt;
    if (!port || !rules) {
        return cl.exitCode();
    }
    options.rules = *rules;
    options.force = cl.isSet(QStringLiteral("force"));
    options.replaceFiles = options.force;
    options.serverCert = CertificateRef::typed(cl.positional().at(0));
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
    auto kit = (*ws)->writeDeploymentKit(options);
    if (!kit) {
        if (!kit.error().existingFiles.isEmpty()) {
            return Console::fail(tr("%1; add --force to replace them").arg(kit.error().toString()));
        }
        if (kit.error().forceable) {
            return Console::fail(tr("%1; add --force to write it anyway").arg(kit.error().toString()));
        }
        return Console::fail(kit.error());
    }
    Console::out(tr("wrote a deployment kit to %1:").arg(kit->directory));
    for (const QString& file : kit->files) {
        Console::out(QStringLiteral("  ") + file);
    }
    Console::out(tr("%1 says where each file goes and how to reload each server; test the server with:")
                     .arg(kit->readme));
    Console::out(QStringLiteral("  ") + kit->testCommand);
    return Console::kSuccess;
}

} // namespace signet
