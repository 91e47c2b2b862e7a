#include "ImportedRevocations.h"

#include "CaImportService.h"
#include "WorkspaceContext.h"
#include "pki/RevocationReason.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaImportService)
};
} // namespace

Status ImportedRevocations::apply(const QString& serialHex, const QDateTime& at, int reasonCode, const QString& subject)
{
    constexpr int kRemoveFromCrl = 8; // a hold that ended: valid again
    if (reasonCode == kRemoveFromCrl || m_done.contains(serialHex)) {
        return {};
    }
    m_done.insert(serialHex);
    auto matches = m_ctx.certificates().bySerial(serialHex);
    if (!matches) {
        return matches.error();
    }
    for (const CertificateRecord& cert : *matches) {
        if (cert.issuerId != m_caId || cert.id == m_caId) {
            continue;
        }
        if (cert.revoked) {
            return {};
        }
        const RevocationReason reason = revocationReasonFromCode(reasonCode).value_or(RevocationReason::Unspecified);
        if (Status st = m_ctx.certificates().markRevoked(cert.id, at, reason); !st) {
            return st;
        }
        if (++m_report.revokedCount <= ImportReport::kListed) {
            m_report.revoked << Tr::tr("%1 (serial %2): %3, %4")
                                    .arg(cert.name, cert.serial, revocationReasonName(reason), at.toString(Qt::ISODate));
        }
        return {};
    }
    // Without the certificate its serial cannot go on a CRL signed here: say so loudly.
    m_report.notes << Tr::tr("serial %1 (%2) is revoked, but its certificate was not brought along: Signet's CRLs "
                             "cannot list it")
                          .arg(serialHex, subject.isEmpty() ? Tr::tr("subject unknown") : subject.left(200));
    return {};
}

Status ImportedRevocations::continueCrlNumbers(WorkspaceContext& ctx, qint64 caId, qint64 used, CaImportReport& report)
{
    auto current = ctx.certificates().byId(caId);
    if (!current) {
        return current.error();
    }
    const qint64 last = std::max(current->lastCrlNumber, used);
    report.lastCrlNumber = std::max(report.lastCrlNumber, last);
    if (last == current->lastCrlNumber) {
        return {};
    }
    current->lastCrlNumber = last;
    return ctx.certificates().update(*current);
}

} // namespace signet
