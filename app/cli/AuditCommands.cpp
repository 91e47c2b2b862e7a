#include "AuditCommands.h"

#include "CertificateView.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuditCommands", text);
}

// A day (YYYY-MM-DD, from its start) or an ISO 8601 instant; without an offset it is UTC, like
// every time the command prints.
std::optional<QDateTime> parseMoment(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10) {
        return QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        return std::nullopt;
    }
    if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeZone(QTimeZone::utc());
    }
    return at.toUTC();
}

// Reads --since or --until into `out`; false after a usage error.
bool momentOption(CommandLine& cl, const QString& option, QDateTime& out)
{
    if (!cl.isSet(option)) {
        return true;
    }
    const auto at = parseMoment(cl.value(option));
    if (!at) {
        cl.usage(tr("--%1 '%2' is not a date (2026-03-01) or an ISO 8601 time (2026-03-01T09:00:00Z)")
                     .arg(option, cl.value(option)));
        return false;
    }
    out = *at;
    return true;
}

QJsonObject toJson(const AuditLog::Entry& entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("at"), CertificateView::isoUtc(entry.at)},
            {QStringLiteral("actor"), entry.actor.isEmpty() ? QJsonValue() : QJsonValue(entry.actor)},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("target"), entry.target},
            {QStringLiteral("details"), entry.details}};
}

void print(const AuditLog::Entry& entry)
{
    // Actors, targets and details quote names and paths, which came from outside.
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(CertificateView::isoUtc(entry.at),
                            entry.actor.isEmpty() ? QStringLiteral("-") : Console::escape(entry.actor),
                            Console::escape(entry.action), Console::escape(entry.target));
    if (!entry.details.isEmpty()) {
        line += QStringLiteral("  ") + Console::escape(entry.details);
    }
    Console::out(line);
}

int verify(Workspace& ws)
{
    auto checked = ws.verifyAuditLog();
    if (!checked) {
        return Console::fail(checked.error());
    }
    Console::out(tr("audit log intact: %1 entries").arg(*checked));
    return Console::kSuccess;
}
} // namespace

int AuditCommands::audit(const QStringList& args)
{
    CommandLine cl(QStringLiteral("audit"),
                   tr("Print the audit log, newest first: time (UTC), account, action, target and details; or "
                      "check the log's hash chain with --verify."));
    cl.addOption({QStringLiteral("verify")}, tr("Check that no entry was changed, removed or reordered."));
    cl.addOption({QStringLiteral("grep")}, tr("Only entries whose action, target, details or account contain TEXT."),
                 QStringLiteral("TEXT"));
    cl.addOption({QStringLiteral("action")},
                 tr("Only this action; a one-word KIND also takes its family (\"issue\" for issue-server, "
                    "issue-client, ...)."),
                 QStringLiteral("KIND"));
    cl.addOption({QStringLiteral("since")}, tr("Only entries from DATE on (2026-03-01 or an ISO 8601 time; UTC)."),
                 QStringLiteral("DATE"));
    cl.addOption({QStringLiteral("until")}, tr("Only entries before DATE."), QStringLiteral("DATE"));
    cl.addOption({QStringLiteral("limit")}, tr("How many entries to print (default 20)."), QStringLiteral("N"));
    cl.addOption({QStringLiteral("json")}, tr("Print JSON: {\"entries\": [{id, at, actor, action, target, details}]}."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    const auto limit = cl.intOption(QStringLiteral("limit"), 1, 1000000, 20);
    if (!limit) {
        return cl.exitCode();
    }
    AuditFilter filter;
    filter.text = cl.value(QStringLiteral("grep"));
    filter.action = cl.value(QStringLiteral("action")).trimmed();
    filter.limit = *limit;
    if (!momentOption(cl, QStringLiteral("since"), filter.since) || !momentOption(cl, QStringLiteral("until"), filter.until)) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    if (cl.isSet(QStringLiteral("verify"))) {
        return verify(**ws);
    }
    auto entries = (*ws)->auditEntries(filter);
    if (!entries) {
        return Console::fail(entries.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditLog::Entry& entry : *entries) {
            array.append(toJson(entry));
        }
        JsonOutput::print({{QStringLiteral("entries"), array}});
        return Console::kSuccess;
    }
    for (const AuditLog::Entry& entry : *entries) {
        print(entry);
    }
    return Console::kSuccess;
}

} // namespace signet
