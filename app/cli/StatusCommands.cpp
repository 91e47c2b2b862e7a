#include "StatusCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
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
                      "that no CRL lists yet (servers still admit those clients).")
                       .arg(kCrlWarningDays));
    cl.addOption({QStringLiteral("days")}, tr("List certificates that expire within N days (default 30)."),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("check")},
                 tr("Exit with status 1 when anything needs attention, 0 otherwise (for cron and monitoring)."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 3650, 30);
    if (!days) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    const QDateTime now = w.now();
    auto certificates = reportCertificates(w, now, *days);
    if (!certificates) {
        return Console::fail(certificates.error());
    }
    auto crls = reportCrls(w, now);
    if (!crls) {
        return Console::fail(crls.error());
    }
    auto unpublished = reportRevocations(w);
    if (!unpublished) {
        return Console::fail(unpublished.error());
    }
    if (!cl.isSet(QStringLiteral("check")) || (*certificates == 0 && *crls == 0 && *unpublished == 0)) {
        return Console::kSuccess;
    }
    return Console::fail(tr("attention needed: CRLs expired or expiring within %1 days: %2; certificates expired "
                            "or expiring within %3 days: %4; revocations not yet published: %5")
                             .arg(kCrlWarningDays)
                             .arg(*crls)
                             .arg(*days)
                             .arg(*certificates)
                             .arg(*unpublished));
}

Result<qint64> StatusCommands::reportCertificates(Workspace& ws, const QDateTime& now, int days)
{
    CertificateRepository::Filter filter;
    filter.now = now;
    filter.expiringDays = days;
    filter.withDer = false;
    const QList<CertificateStatus> states = {CertificateStatus::Valid, CertificateStatus::Expiring,
                                             CertificateStatus::Expired, CertificateStatus::Revoked};
    QList<qint64> counts;
    for (CertificateStatus state : states) {
        filter.status = state;
        auto n = ws.count(filter);
        if (!n) {
            return n.error();
        }
        counts << *n;
    }
    Console::out(tr("Certificates: %1 valid, %2 expiring within %3 days, %4 expired, %5 revoked")
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(days)
                     .arg(counts[2])
                     .arg(counts[3]));

    QList<QStringList> rows;
    for (CertificateStatus state : {CertificateStatus::Expired, CertificateStatus::Expiring}) {
        filter.status = state;
        filter.limit = kShownPerState;
        auto page = ws.list(filter);
        if (!page) {
            return page.error();
        }
        for (const CertificateRecord& r : *page) {
            const QString when = state == CertificateStatus::Expired
                                     ? isoTime(r.notAfter)
                                     : tr("%1 (in %2 days)").arg(isoTime(r.notAfter)).arg(now.daysTo(r.notAfter));
            rows.append({certificateStatusName(state), r.name, profileName(r.profile), when});
        }
        const qint64 total = counts[states.indexOf(state)];
        if (total > static_cast<qint64>(page->size())) {
            rows.append({certificateStatusName(state), tr("... and %1 more").arg(total - static_cast<qint64>(page->size()))});
        }
    }
    printRows(rows);
    return counts[1] + counts[2];
}

Result<qint64> StatusCommands::reportRevocations(Workspace& ws)
{
    auto pending = ws.unpublishedRevocations();
    if (!pending) {
        return pending.error();
    }
    qint64 total = 0;
    QList<QStringList> rows;
    for (const UnpublishedRevocations& entry : *pending) {
        auto ca = ws.find(CertificateRef::id(entry.caId));
        if (!ca) {
            return ca.error();
        }
        total += entry.count;
        rows.append({QStringLiteral("unpublished"), ca->name,
                     tr("%1 revocation(s) not yet on its CRL: servers still admit those clients").arg(entry.count)});
    }
    if (total == 0) {
        Console::out(tr("Revocations: all published"));
        return 0;
    }
    Console::out(tr("Revocations: %1 not yet published").arg(total));
    printRows(rows);
    Console::out(tr("Publish the CRLs ('signet-cli crl CA'): that also rewrites the CRL file of every recorded "
                    "deployment; then reload those servers."));
    return total;
}

Result<qint64> StatusCommands::reportCrls(Workspace& ws, const QDateTime& now)
{
    auto crls = ws.crlsExpiringBefore(now.addDays(kCrlWarningDays));
    if (!crls) {
        return crls.error();
    }
    if (crls->isEmpty()) {
        Console::out(tr("CRLs: none expired or expiring within %1 days").arg(kCrlWarningDays));
        return 0;
    }
    const auto expired = std::count_if(crls->cbegin(), crls->cend(),
                                       [&now](const CrlRecord& crl) { return crl.nextUpdate <= now; });
    Console::out(tr("CRLs: %1 expired, %2 expiring within %3 days")
                     .arg(expired)
                     .arg(crls->size() - expired)
                     .arg(kCrlWarningDays));
    QList<QStringList> rows;
    for (const CrlRecord& crl : *crls) {
        auto ca = ws.find(CertificateRef::id(crl.caId));
        if (!ca) {
            return ca.error();
        }
        const bool isExpired = crl.nextUpdate <= now;
        rows.append({isExpired ? QStringLiteral("expired") : QStringLiteral("expiring"), ca->name,
                     isExpired ? tr("next update was %1: servers that check it reject every client")
                                     .arg(isoTime(crl.nextUpdate))
                               : tr("next update %1").arg(isoTime(crl.nextUpdate))});
    }
    printRows(rows);
    Console::out(tr("Publish new CRLs ('signet-cli crl CA', or 'signet-cli crl CA --bundle --out FILE' for a "
                    "server's bundle) and reload the servers that use them."));
    return static_cast<qint64>(crls->size());
}

} // namespace signet
