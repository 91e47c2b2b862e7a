#include "StatusCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "CertificateView.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StatusCommands", text);
}

// At most this many certificates are listed per state; a workspace may hold a million.
constexpr int kShownPerState = 20;

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Indented rows, each column as wide as its widest cell.
void printRows(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        }
        Console::out(line);
    }
}
} // namespace

int StatusCommands::status(const QStringList& args)
{
    CommandLine cl(QStringLiteral("status"),
                   tr("Show what needs attention: certificates that expired or expire soon, CRLs that expired "
                      "or expire within %1 days (servers reject every client once a CRL expires), and revocations "
                      "that no CRL lists yet (servers still admit those clients). Reads without the password when none is "
                      "given (the rows are then not checked).")
                       .arg(kCrlWarningDays));
    cl.addOption({QStringLiteral("days")}, tr("List certificates that expire within N days (default 30)."),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("check")},
                 tr("Exit with status 3 when anything needs attention, 0 otherwise (for cron and monitoring)."));
    JsonOutput::addOption(cl, tr("Print the counts, the certificates and CRLs that need attention and the unpublished "
                                 "revocations as JSON."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 3650, 30);
    if (!days) {
        return cl.exitCode();
    }
    auto ws = m_ctx.openForReading();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    Report report;
    report.days = *days;
    for (auto gather : {gatherCertificates, gatherCrls, gatherRevocations, gatherBackup}) {
        if (Status st = gather(w, report); !st) {
            return Console::fail(st.error());
        }
    }
    if (cl.isSet(QStringLiteral("json"))) {
        printJson(w, report);
    } else {
        printText(report, w.now());
    }
    if (!cl.isSet(QStringLiteral("check")) || !report.needsAttention()) {
        return Console::kSuccess;
    }
    Console::err(QStringLiteral("signet-cli: ")
                 + tr("attention needed: CRLs expired or expiring within %1 days: %2; certificates expired "
                      "or expiring within %3 days: %4; revocations not yet published: %5")
                       .arg(kCrlWarningDays)
                       .arg(report.crls.size())
                       .arg(report.days)
                       .arg(report.expiring + report.expired)
                       .arg(report.unpublishedTotal));
    return Console::kAttention;
}

Status StatusCommands::gatherBackup(Workspace& ws, Report& report)
{
    auto changes = ws.changesSinceBackup();
    if (!changes) {
        return changes.error();
    }
    report.changesSinceBackup = *changes;
    auto backups = ws.auditEntries([] {
        AuditFilter filter;
        filter.action = QStringLiteral("backup");
        filter.limit = 1;
        return filter;
    }());
    if (!backups) {
        return backups.error();
    }
    report.backedUp = !backups->isEmpty();
    return {};
}

Status StatusCommands::gatherCertificates(Workspace& ws, Report& report)
{
    CertificateRepository::Filter filter;
    filter.now = ws.now();
    filter.expiringDays = report.days;
    filter.withDer = false;
    const std::pair<CertificateStatus, qint64*> counts[] = {{CertificateStatus::Valid, &report.valid},
                                                            {CertificateStatus::Expiring, &report.expiring},
                                                            {CertificateStatus::Expired, &report.expired},
                                                            {CertificateStatus::Revoked, &report.revoked}};
    for (const auto& [state, count] : counts) {
        filter.status = state;
        auto n = ws.count(filter);
        if (!n) {
            return n.error();
        }
        *count = *n;
    }
    filter.limit = kShownPerState;
    for (CertificateStatus state : {CertificateStatus::Expired, CertificateStatus::Expiring}) {
        filter.status = state;
        auto page = ws.list(filter);
        if (!page) {
            return page.error();
        }
        auto& shown = state == CertificateStatus::Expired ? report.expiredShown : report.expiringShown;
        shown = QList<CertificateRecord>(page->begin(), page->end());
    }
    return {};
}

Status StatusCommands::gatherCrls(Workspace& ws, Report& report)
{
    const QDateTime now = ws.now();
    auto crls = ws.crlsExpiringBefore(now.addDays(kCrlWarningDays));
    if (!crls) {
        return crls.error();
    }
    for (const CrlRecord& crl : *crls) {
        auto ca = ws.find(CertificateRef::id(crl.caId));
        if (!ca) {
            return ca.error();
        }
        report.crls.append({ca->name, crl.nextUpdate, crl.nextUpdate <= now});
    }
    return {};
}

Status StatusCommands::gatherRevocations(Workspace& ws, Report& report)
{
    auto pending = ws.unpublishedRevocations();
    if (!pending) {
        return pending.error();
    }
    for (const UnpublishedRevocations& entry : *pending) {
        auto ca = ws.find(CertificateRef::id(entry.caId));
        if (!ca) {
            return ca.error();
        }
        report.unpublished.append({ca->name, entry.count});
        report.unpublishedTotal += entry.count;
    }
    return {};
}

void StatusCommands::printText(const Report& report, const QDateTime& now)
{
    Console::out(tr("Certificates: %1 valid, %2 expiring within %3 days, %4 expired, %5 revoked")
                     .arg(report.valid)
                     .arg(report.expiring)
                     .arg(report.days)
                     .arg(report.expired)
                     .arg(report.revoked));
    QList<QStringList> rows;
    for (CertificateStatus state : {CertificateStatus::Expired, CertificateStatus::Expiring}) {
        const bool expired = state == CertificateStatus::Expired;
        const QList<CertificateRecord>& shown = expired ? report.expiredShown : report.expiringShown;
        for (const CertificateRecord& r : shown) {
            const QString when = expired ? isoTime(r.notAfter)
                                         : tr("%1 (in %2 days)").arg(isoTime(r.notAfter)).arg(now.daysTo(r.notAfter));
            rows.append({certificateStatusName(state), r.name, profileName(r.profile), when});
        }
        const qint64 total = expired ? report.expired : report.expiring;
        if (total > shown.size()) {
            rows.append({certificateStatusName(state), tr("... and %1 more").arg(total - shown.size())});
        }
    }
    printRows(rows);

    if (report.crls.isEmpty()) {
        Console::out(tr("CRLs: none expired or expiring within %1 days").arg(kCrlWarningDays));
    } else {
        const auto expired = std::count_if(report.crls.cbegin(), report.crls.cend(),
                                           [](const Report::Crl& crl) { return crl.expired; });
        Console::out(tr("CRLs: %1 expired, %2 expiring within %3 days")
                         .arg(expired)
                         .arg(report.crls.size() - expired)
                         .arg(kCrlWarningDays));
        rows.clear();
        for (const Report::Crl& crl : report.crls) {
            rows.append({crl.expired ? QStringLiteral("expired") : QStringLiteral("expiring"), crl.ca,
                         crl.expired ? tr("next update was %1: servers that check it reject every client")
                                           .arg(isoTime(crl.nextUpdate))
                                     : tr("next update %1").arg(isoTime(crl.nextUpdate))});
        }
        printRows(rows);
        Console::out(tr("Publish new CRLs ('signet-cli crl CA', or 'signet-cli crl CA --bundle --out FILE' for a "
                        "server's bundle) and reload the servers that use them."));
    }

    Console::out(report.backedUp ? tr("Backup: %1 changes since the last one ('signet-cli backup --out FILE')")
                                       .arg(report.changesSinceBackup)
                                 : tr("Backup: none made yet ('signet-cli backup --out FILE')"));
    if (report.unpublishedTotal == 0) {
        Console::out(tr("Revocations: all published"));
        return;
    }
    Console::out(tr("Revocations: %1 not yet published").arg(report.unpublishedTotal));
    rows.clear();
    for (const Report::Pending& entry : report.unpublished) {
        rows.append({QStringLiteral("unpublished"), entry.ca,
                     tr("%1 revocation(s) not yet on its CRL: servers still admit those clients").arg(entry.count)});
    }
    printRows(rows);
    Console::out(tr("Publish the CRLs ('signet-cli crl CA'): that also rewrites the CRL file of every recorded "
                    "deployment; then reload those servers."));
}

void StatusCommands::printJson(Workspace& ws, const Report& report)
{
    QJsonArray attention;
    for (const auto* shown : {&report.expiredShown, &report.expiringShown}) {
        for (const CertificateRecord& r : *shown) {
            attention.append(JsonOutput::certificate(ws, r));
        }
    }
    QJsonArray crls;
    for (const Report::Crl& crl : report.crls) {
        crls.append(QJsonObject{{QStringLiteral("ca"), crl.ca},
                                {QStringLiteral("nextUpdate"), CertificateView::isoUtc(crl.nextUpdate)},
                                {QStringLiteral("expired"), crl.expired}});
    }
    QJsonArray unpublished;
    for (const Report::Pending& entry : report.unpublished) {
        unpublished.append(QJsonObject{{QStringLiteral("ca"), entry.ca}, {QStringLiteral("count"), entry.count}});
    }
    JsonOutput::print({{QStringLiteral("days"), report.days},
                       {QStringLiteral("crlWarningDays"), kCrlWarningDays},
                       {QStringLiteral("counts"), QJsonObject{{QStringLiteral("valid"), report.valid},
                                                              {QStringLiteral("expiring"), report.expiring},
                                                              {QStringLiteral("expired"), report.expired},
                                                              {QStringLiteral("revoked"), report.revoked}}},
                       {QStringLiteral("certificates"), attention},
                       {QStringLiteral("crls"), crls},
                       {QStringLiteral("unpublished"), unpublished},
                       {QStringLiteral("backup"), QJsonObject{{QStringLiteral("made"), report.backedUp},
                                                              {QStringLiteral("changesSince"), report.changesSinceBackup}}},
                       {QStringLiteral("attentionNeeded"), report.needsAttention()},
                       {QStringLiteral("authenticated"), ws.isAuthenticated()}});
}

} // namespace signet
