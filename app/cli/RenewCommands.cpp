#include "RenewCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "IssueCommands.h"
#include "JsonOutput.h"
#include "LintCommands.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RenewCommands", text);
}

void reportRenewed(const Renewed& renewed)
{
    const CertificateRecord& fresh = renewed.issued.record;
    Console::out(tr("renewed '%1' %2; the previous certificate is now '%3'%4")
                     .arg(Console::escape(fresh.name), IssueCommands::summary(fresh),
                          Console::escape(renewed.previous.name),
                          renewed.previous.revoked ? tr(" (revoked: superseded)") : QString()));
    LintCommands::printIssuanceFindings(renewed.issued.findings);
}

QJsonObject renewedJson(Workspace& ws, const Renewed& renewed)
{
    return {{QStringLiteral("certificate"), JsonOutput::certificate(ws, renewed.issued.record)},
            {QStringLiteral("previous"), JsonOutput::certificate(ws, renewed.previous)},
            {QStringLiteral("findings"), JsonOutput::findings(renewed.issued.findings)}};
}
} // namespace

int RenewCommands::renew(const QStringList& args)
{
    CommandLine cl(QStringLiteral("renew"),
                   tr("Renew a certificate: the same subject, names, profile and constraints under a new serial. "
                      "The name moves to the new certificate; the previous one is kept, renamed after its serial. "
                      "A CA keeps its key unless --rekey, so what it issued still verifies."));
    cl.addPositional(QStringLiteral("CERT"), tr("Name, serial (hex) or id:N of the certificate."), QStringLiteral("[CERT]"));
    cl.addOption({QStringLiteral("expiring")}, tr("Renew every certificate that expires soon instead of one."));
    cl.addOption({QStringLiteral("within")}, tr("With --expiring: expiring within DAYS (default 30)."),
                 QStringLiteral("DAYS"));
    cl.addOption({QStringLiteral("rekey")}, tr("Make a new key of the same kind (a CA re-keyed is a new generation)."));
    cl.addOption({QStringLiteral("days")}, tr("Validity in days (default: as long as before, within the CA's own)."),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("revoke-old")}, tr("Revoke the previous certificate (reason superseded)."));
    cl.addOption({QStringLiteral("force")}, tr("Issue even when the linter finds errors (see 'lint')."));
    JsonOutput::addOption(cl, tr("Print the new and the previous certificate (with --expiring: each renewal and "
                                 "each failure) as JSON."));
    if (!cl.parse(args)) {
        return cl.exitCode();
    }
    const bool expiring = cl.isSet(QStringLiteral("expiring"));
    if (!cl.expectPositional(expiring ? QStringList() : QStringList{QStringLiteral("CERT")})) {
        return cl.exitCode();
    }
    if (!expiring && cl.isSet(QStringLiteral("within"))) {
        return cl.usage(tr("--within goes with --expiring"));
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 100000, 0);
    const auto within = cl.intOption(QStringLiteral("within"), 1, 3650, 30);
    if (!days || !within) {
        return cl.exitCode();
    }
    RenewOptions options;
    options.rekey = cl.isSet(QStringLiteral("rekey"));
    options.days = *days;
    options.revokeOld = cl.isSet(QStringLiteral("revoke-old"));
    options.force = cl.isSet(QStringLiteral("force"));
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    if (expiring) {
        return renewExpiring(**ws, *within, options, cl.isSet(QStringLiteral("json")));
    }
    auto renewed = (*ws)->renew(CertificateRef::typed(cl.positional().at(0)), options);
    if (!renewed) {
        if (renewed.error().forceable) {
            return Console::fail(tr("%1; add --force to issue it anyway").arg(renewed.error().toString()));
        }
        return Console::fail(renewed.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print(renewedJson(**ws, *renewed));
    } else {
        reportRenewed(*renewed);
    }
    return Console::kSuccess;
}

int RenewCommands::renewExpiring(Workspace& ws, int within, const RenewOptions& options, bool json)
{
    auto candidates = ws.renewable(within);
    if (!candidates) {
        return Console::fail(candidates.error());
    }
    int failed = 0;
    QJsonArray renewals;
    QJsonArray failures;
    for (const CertificateRecord& record : *candidates) {
        auto renewed = ws.renew(CertificateRef::id(record.id), options);
        if (!renewed) {
            ++failed;
            Console::err(tr("'%1' not renewed: %2").arg(Console::escape(record.name), renewed.error().toString()));
            failures.append(QJsonObject{{QStringLiteral("certificate"), JsonOutput::certificate(ws, record)},
                                        {QStringLiteral("error"), renewed.error().toString()}});
            continue;
        }
        if (json) {
            renewals.append(renewedJson(ws, *renewed));
        } else {
            reportRenewed(*renewed);
        }
    }
    if (json) {
        JsonOutput::print({{QStringLiteral("withinDays"), within},
                           {QStringLiteral("renewed"), renewals},
                           {QStringLiteral("failed"), failures}});
        return failed == 0 ? Console::kSuccess : Console::kFailure;
    }
    const qsizetype done = candidates->size() - failed;
    Console::out(tr("%1 of %2 certificates expiring within %3 days renewed, %4 failed")
                     .arg(done)
                     .arg(candidates->size())
                     .arg(within)
                     .arg(failed));
    return failed == 0 ? Console::kSuccess : Console::kFailure;
}

} // namespace signet
