#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>

namespace signet {

class CliContext;
class Workspace;

// status: what needs the administrator's attention soon — certificates that expired or expire
// within N days, CRLs past or near their nextUpdate (an expired CRL makes nginx, Apache and
// HAProxy reject every client), and revocations no CRL lists yet (the servers still admit them). With --check the exit status says whether anything does, for cron
// and monitoring.
class StatusCommands {
public:
    explicit StatusCommands(const CliContext& context) : m_ctx(context) {}

    int status(const QStringList& args);

    // A CRL whose nextUpdate is within this many days counts as about to expire.
    static constexpr int kCrlWarningDays = 7;

private:
    // Prints the certificates counts and those that expired or expire within `days`; returns how
    // many need attention.
    Result<qint64> reportCertificates(Workspace& ws, const QDateTime& now, int days);
    // Prints the CRLs that expired or expire within kCrlWarningDays; returns how many.
    Result<qint64> reportCrls(Workspace& ws, const QDateTime& now);
    // Prints the CAs with revocations their CRL does not list yet; returns how many revocations.
    Result<qint64> reportRevocations(Workspace& ws);

    const CliContext& m_ctx;
};

} // namespace signet
