#include "CaImportService.h"

#include "FolderCaImport.h"
#include "WorkspaceContext.h"
#include "XcaCaImport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaImportService)
};
} // namespace

Result<CaImportReport> CaImportService::importCa(const QString& path, const CaImportOptions& options)
{
    const QFileInfo source(path);
    if (!source.exists()) {
        return makeError(Tr::tr("%1 does not exist").arg(path));
    }
    CaImportReport report;
    report.dryRun = options.dryRun;
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    // A folder is an openssl ca folder or an EasyRSA pki; a file, an XCA database.
    const Status st = source.isDir() && !source.isSymLink() ? FolderCaImport::run(m_ctx, path, options, report)
                                                            : XcaCaImport::run(m_ctx, path, options, report);
    if (!st) {
        return st.error();
    }
    const QString details = QStringLiteral("kind=%1 certificates=%2 keys=%3 revoked=%4 last_crl_number=%5")
                                .arg(report.format)
                                .arg(report.files.certificateCount)
                                .arg(report.files.keyCount)
                                .arg(report.revokedCount)
                                .arg(report.lastCrlNumber);
    if (Status audited = m_ctx.audit(QStringLiteral("import-ca"), report.caName, details); !audited) {
        return audited.error();
    }
    if (options.cancelled && options.cancelled()) {
        return makeError(Tr::tr("the import was cancelled"));
    }
    if (options.dryRun) {
        return report; // the transaction rolls back as it goes out of scope
    }
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace signet
