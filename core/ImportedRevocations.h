#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace signet {

class WorkspaceContext;
struct CaImportReport;

// The revocations of a migrated CA, applied to what it issued once that is stored here: each with
// its original time and reason, each serial once, whatever lists it (index.txt, a CRL, XCA's list).
// Part of CaImportService, inside its transaction.
class ImportedRevocations {
public:
    ImportedRevocations(WorkspaceContext& ctx, qint64 caId, CaImportReport& report)
        : m_ctx(ctx), m_caId(caId), m_report(report)
    {
    }

    // `subject` names the certificate in the report when it is not here (may be empty).
    Status apply(const QString& serialHex, const QDateTime& at, int reasonCode, const QString& subject);
    // The CA's next CRL gets a number above `used`, the highest its old home signed; reported in
    // `report.lastCrlNumber` (the highest over the CAs imported).
    static Status continueCrlNumbers(WorkspaceContext& ctx, qint64 caId, qint64 used, CaImportReport& report);

private:
    WorkspaceContext& m_ctx;
    qint64 m_caId;
    CaImportReport& m_report;
    QSet<QString> m_done;
};

} // namespace signet
