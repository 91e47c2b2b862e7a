#include "VerifyCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "VerifyCommands", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommands)
};
} // namespace

int VerifyCommands::verify(const QStringList& args)
{
    CommandLine cl(QStringLiteral("verify"),
                   Tr::tr("Check that nothing in the workspace was changed outside Signet: every certificate, key, "
                          "CRL and deployment record, and the audit log. Exit status 3 when something was."));
    JsonOutput::addOption(cl, Tr::tr("Print the result as JSON (exit status as without)."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto report = (*ws)->verify();
    if (!report) {
        return Console::fail(report.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("intact"), report->intact());
        o.insert(QStringLiteral("certificates"), report->certificates);
        o.insert(QStringLiteral("keys"), report->keys);
        o.insert(QStringLiteral("crls"), report->crls);
        o.insert(QStringLiteral("deployments"), report->deployments);
        o.insert(QStringLiteral("auditEntries"), report->auditEntries);
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(report->problems));
        JsonOutput::print(o);
    } else {
        for (const QString& problem : report->problems) {
            Console::err(Tr::tr("altered: %1").arg(problem));
        }
        const QString counts = Tr::tr("%1 certificates, %2 keys, %3 CRLs, %4 deployments, %5 audit entries")
                                   .arg(report->certificates)
                                   .arg(report->keys)
                                   .arg(report->crls)
                                   .arg(report->deployments)
                                   .arg(report->auditEntries);
        Console::out(report->intact() ? Tr::tr("workspace intact: %1").arg(counts)
                                      : Tr::tr("workspace ALTERED: %1 problems in %2").arg(report->problems.size()).arg(counts));
    }
    return report->intact() ? Console::kSuccess : kAltered;
}

} // namespace signet
