#pragma once

#include "CertificateRecord.h"
#include "Result.h"

#include <QDateTime>
#include <QStringList>

namespace signet {

class CliContext;
class Workspace;

// status: what needs the administrator's attention soon — certificates that expired or expire
// within N days, CRLs past or near their nextUpdate (an expired CRL makes nginx, Apache and
// HAProxy reject every client), and revocations no CRL lists yet (the servers still admit them).
// With --check the exit status says whether anything does (3), for cron, monitoring and the
// package's systemd timer.
class StatusCommands {
public:
    explicit StatusCommands(const CliContext& context) : m_ctx(context) {}

    int status(const QStringList& args);

    // A CRL whose nextUpdate is within this many days counts as about to expire.
    static constexpr int kCrlWarningDays = 7;

private:
    struct Report {
        int days = 30;
        qint64 valid = 0;
        qint64 expiring = 0;
        qint64 expired = 0;
        qint64 revoked = 0;
        QList<CertificateRecord> expiredShown;  // at most kShownPerState of each
        QList<CertificateRecord> expiringShown;
        struct Crl {
            QString ca;
            QDateTime nextUpdate;
            bool expired = false;
        };
        QList<Crl> crls;
        struct Pending {
            QString ca;
            qint64 count = 0;
        };
        QList<Pending> unpublished;
        qint64 unpublishedTotal = 0;
        qint64 changesSinceBackup = 0; // audit entries since the last backup (all of them without one)
        bool backedUp = false;

        [[nodiscard]] bool needsAttention() const
        {
            return expiring + expired > 0 || !crls.isEmpty() || unpublishedTotal > 0;
        }
    };

    static Status gatherCertificates(Workspace& ws, Report& report);
    static Status gatherCrls(Workspace& ws, Report& report);
    static Status gatherRevocations(Workspace& ws, Report& report);
    static Status gatherBackup(Workspace& ws, Report& report);
    static void printText(const Report& report, const QDateTime& now);
    static void printJson(Workspace& ws, const Report& report);

    const CliContext& m_ctx;
};

} // namespace signet
