#include "DeploymentCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DeploymentCommands", text);
}

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}
} // namespace

int DeploymentCommands::list(const QStringList& args)
{
    CommandLine cl(QStringLiteral("deployments"),
                   tr("List the folders that 'config' and 'kit' wrote. Every CRL published for a CA they cover "
                      "rewrites their CRL file; each line says how to reload that server. Reads without the password when none "
                      "is given (the rows are then not checked)."));
    cl.addOption({QStringLiteral("json")},
                 tr("Print JSON: {\"deployments\": [{id, kind, directory, server, clientCa, crlFile, created, "
                    "updated, reload}], authenticated}."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.openForReading();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto deployments = (*ws)->deployments();
    if (!deployments) {
        return Console::fail(deployments.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DeploymentInfo& d : *deployments) {
            array.append(QJsonObject{{QStringLiteral("id"), d.record.id},
                                     {QStringLiteral("kind"), d.record.kind},
                                     {QStringLiteral("directory"), d.record.directory},
                                     {QStringLiteral("server"), d.serverName},
                                     {QStringLiteral("clientCa"), d.clientCaName},
                                     {QStringLiteral("crlFile"), d.record.crlFile},
                                     {QStringLiteral("created"), utc(d.record.createdAt)},
                                     {QStringLiteral("updated"), utc(d.record.updatedAt)},
                                     {QStringLiteral("reload"), d.reloadCommand}});
        }
        JsonOutput::print({{QStringLiteral("deployments"), array},
                           {QStringLiteral("authenticated"), (*ws)->isAuthenticated()}});
        return Console::kSuccess;
    }
    if (deployments->isEmpty()) {
        Console::out(tr("no deployments yet: 'signet-cli config' and 'signet-cli kit' record the folders they write"));
        return Console::kSuccess;
    }
    for (const DeploymentInfo& d : *deployments) {
        const bool present = QFileInfo(d.record.crlFile).isFile();
        Console::out(tr("%1  %2  %3").arg(QString::number(d.record.id), d.record.kind, d.record.directory));
        Console::out(tr("    server '%1', clients of '%2', CRL file updated %3%4")
                         .arg(d.serverName, d.clientCaName, utc(d.record.updatedAt),
                              present ? QString() : tr(" (the file is missing)")));
        Console::out(tr("    reload: %1").arg(d.reloadCommand));
    }
    return Console::kSuccess;
}

} // namespace signet
