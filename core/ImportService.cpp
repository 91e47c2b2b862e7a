#include "ImportService.h"

#include "ImportSession.h"
#include "WorkspaceContext.h"
#include "import/BatchQueue.h"
#include "import/ImportStream.h"
#include "store/BulkWriteCache.h"
#include "store/Database.h"
#include "store/ImportRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <thread>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
};

// Up to this many certificates the audit record names each one; beyond, it counts them.
constexpr qsizetype kAuditedNames = 20;

// "certificates=N keys=K crls=A,B revoked=R", naming the certificates when they are few.
QString auditDetails(const ImportReport& report)
{
    QString details = QStringLiteral("certificates=%1 keys=%2 crls=%3 revoked=%4")
                          .arg(report.certificateCount)
                          .arg(report.keyCount)
                          .arg(report.crls.join(QLatin1Char(',')))
                          .arg(report.revoked.size());
    if (report.certificateCount <= kAuditedNames) {
        QStringList names;
        for (const ImportedCertificate& cert : report.certificates) {
            names << QStringLiteral("%1 (serial %2)").arg(cert.name, cert.serial);
        }
        details += QStringLiteral(" names=") + names.join(QLatin1Char(','));
    }
    return details;
}

// Reads and parses the files on a thread of their own, a few batches ahead of this one, which
// stores them: on two cores, OpenSSL's parsing and SQLite's writing overlap.
void readAhead(BatchQueue<ImportBatch>& queue, const QStringList& paths, const QByteArray& password)
{
    qint64 done = 0;
    for (const QString& path : paths) {
        const QString fileName = QFileInfo(path).fileName();
        const qint64 before = done;
        Status st = ImportStream::read(path, password, [&](ParsedFile& parsed, qint64 bytesRead) -> Status {
            ImportBatch batch{std::move(parsed), {}, fileName, before + bytesRead};
            ImportSession::prepare(batch);
            done = batch.bytesDone;
            // The other side stopped; what it says counts, not this.
            return queue.push(std::move(batch)) ? Status() : Status(makeError(QStringLiteral("stopped")));
        });
        if (!st) {
            queue.finish(st);
            return;
        }
    }
    queue.finish({});
}

// Stores every batch of the files, reporting progress and stopping at Cancel. `objects` counts
// what the files held, imported or not.
Status readFiles(ImportSession& session, const QStringList& paths, const ImportOptions& options,
                 const ImportReport& report, qint64& objects)
{
    ImportProgress progress;
    for (const QString& path : paths) {
        auto size = ImportStream::size(path);
        if (!size) {
            return size.error();
        }
        progress.bytesTotal += *size;
    }
    const auto cancelled = [&options] { return options.cancelled && options.cancelled(); };
    const auto cancelledError = [] { return Status(makeError(Tr::tr("the import was cancelled"))); };
    if (cancelled()) {
        return cancelledError();
    }
    BatchQueue<ImportBatch> queue(4);
    std::thread reader([&queue, &paths, &options] { readAhead(queue, paths, options.password); });
    Status result;
    while (std::optional<ImportBatch> batch = queue.take()) {
        objects += qint64(batch->parsed.certificates.size() + batch->parsed.keys.size() + batch->parsed.crls.size());
        if (Status added = session.add(*batch); !added) {
            result = added;
            break;
        }
        progress.bytesDone = batch->bytesDone;
        progress.certificates = report.certificateCount;
        if (options.progress) {
            options.progress(progress);
        }
        if (cancelled()) {
            result = cancelledError();
            break;
        }
    }
    queue.close();
    reader.join();
    return result ? queue.status() : result;
}
} // namespace

Result<ImportReport> ImportService::importFiles(const QStringList& paths, const ImportOptions& options)
{
    if (paths.isEmpty()) {
        return makeError(Tr::tr("no file to import"));
    }
    // One transaction: a failed or cancelled import leaves the workspace as it was, however much
    // it had stored. SQLite keeps what does not fit its page cache in the write-ahead log, so
    // memory stays bounded.
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    const BulkWriteCache cache(m_ctx.db());
    qint64 objects = 0;
    auto report = importWithin(paths, options, objects);
    if (!report) {
        return report.error();
    }
    if (objects == 0) {
        return makeError(Tr::tr("nothing to import: %1").arg(report->skipped.join(QStringLiteral("; "))));
    }
    if (report->nothingDone()) {
        return makeError(Tr::tr("nothing was imported: %1").arg(report->skipped.join(QStringLiteral("; "))));
    }
    if (options.cancelled && options.cancelled()) {
        return makeError(Tr::tr("the import was cancelled"));
    }
    if (Status st = m_ctx.audit(QStringLiteral("import"), paths.join(QStringLiteral(", ")), auditDetails(*report)); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return report;
}

Result<ImportReport> ImportService::importWithin(const QStringList& paths, const ImportOptions& options,
                                                qint64& objects)
{
    ImportReport report;
    ImportSession session(m_ctx, options, report);
    if (Status st = session.begin(); !st) {
        return st.error();
    }
    if (Status st = readFiles(session, paths, options, report, objects); !st) {
        return st.error();
    }
    if (objects > 0) {
        if (Status st = session.finish(); !st) {
            return st.error();
        }
    }
    return report;
}

Result<ImportReport> ImportService::importParsed(std::vector<ParsedFile>& batches, const QString& source,
                                                const ImportOptions& options)
{
    ImportReport report;
    ImportSession session(m_ctx, options, report);
    if (Status st = session.begin(); !st) {
        return st.error();
    }
    for (ParsedFile& parsed : batches) {
        ImportBatch batch{std::move(parsed), {}, source, 0};
        ImportSession::prepare(batch);
        if (Status st = session.add(batch); !st) {
            return st.error();
        }
        if (options.cancelled && options.cancelled()) {
            return makeError(Tr::tr("the import was cancelled"));
        }
    }
    if (Status st = session.finish(); !st) {
        return st.error();
    }
    return report;
}

Status ImportService::forEachImported(const ImportReport& report,
                                      const std::function<void(const ImportedCertificate&)>& visit)
{
    return ImportRepository(m_ctx.db(), m_ctx.rowAuthenticator())
        .forEachBetween(report.firstId, report.lastId,
                        [&visit](const QString& name, const QString& serial) { visit({name, serial}); });
}

} // namespace signet
