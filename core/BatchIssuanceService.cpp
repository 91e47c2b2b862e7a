#include "BatchIssuanceService.h"

#include "IssuanceService.h"
#include "IssueJob.h"
#include "RevocationService.h"
#include "WorkspaceContext.h"
#include "crypto/PrivateKey.h"
#include "pki/NameRules.h"
#include "store/Database.h"
#include "store/Savepoint.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "BatchIssuanceService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BatchIssuanceService)
};

// One entry on its way: made and signed on a worker, then stored by the calling thread.
struct Prepared {
    const IssuanceListEntry* entry = nullptr;
    IssueJob job;
    std::unique_ptr<PrivateKey> key; // the job points to it
    std::optional<PreparedKey> preparedKey; // and to this
    std::optional<SignedCertificate> signedCert;
    Error error;
};

QString labelOf(const IssuanceListEntry& entry)
{
    if (!entry.name.isEmpty()) {
        return entry.name;
    }
    if (!entry.subject.commonName().isEmpty()) {
        return entry.subject.commonName();
    }
    return entry.dnsNames.value(0, entry.ipAddresses.value(0));
}

// OpenSSL's verifier judges what all certificates of a list share (the CA's chain: validity, path
// length, key usage, signatures) and the leaf's names, which checkNameConstraints in sign() judges
// for every certificate too. So the first certificate of each chunk goes through both, the others
// through the name checks only: the verifier's signature checks cost more than the signing.
void prepare(Prepared& item, const CertificateRecord& ca, const SigningAuthority& authority, const QDateTime& now,
             bool force, bool openSslVerify)
{
    const IssuanceListEntry& entry = *item.entry;
    LeafOptions options;
    options.profile = entry.profile;
    options.subject = entry.subject;
    options.dnsNames = entry.dnsNames;
    options.ipAddresses = entry.ipAddresses;
    options.emails = entry.emails;
    options.days = entry.days;
    options.name = entry.name;
    options.force = force;
    if (Status st = IssuanceService::prepareLeaf(options, ca, now, item.job); !st) {
        item.error = st.error();
        return;
    }
    auto key = PrivateKey::generate(entry.key.value_or(defaultKeySpec(entry.profile)));
    if (!key) {
        item.error = key.error();
        return;
    }
    item.key = std::make_unique<PrivateKey>(std::move(key).value());
    item.job.newKey = item.key.get();
    item.job.publicKey = item.key->get();
    auto prepared = KeyStore::prepare(*item.key);
    if (!prepared) {
        item.error = prepared.error();
        return;
    }
    item.preparedKey = std::move(prepared).value();
    item.job.preparedNewKey = &*item.preparedKey;
    auto signedCert = IssuanceService::sign(item.job, &authority, now, openSslVerify);
    if (!signedCert) {
        item.error = signedCert.error();
        return;
    }
    item.signedCert = std::move(signedCert).value();
}

// Prepares a chunk on the pool's threads, each taking the next item until none is left; the caller
// waits with pool.waitForDone() and meanwhile stores the chunk before. The workers hold the items'
// storage, not the vector, which the caller moves (its buffer stays where it is).
void startPreparing(QThreadPool& pool, std::vector<Prepared>& items, const CertificateRecord& ca,
                    const SigningAuthority& authority, const QDateTime& now, bool force)
{
    auto next = std::make_shared<std::atomic<std::size_t>>(0);
    Prepared* const first = items.data();
    const std::size_t count = items.size();
    const int workers = std::max(1, std::min<int>(pool.maxThreadCount(), static_cast<int>(count)));
    for (int i = 0; i < workers; ++i) {
        pool.start([first, count, &ca, &authority, now, force, next] {
            for (std::size_t index = (*next)++; index < count; index = (*next)++) {
                prepare(first[index], ca, authority, now, force, index == 0);
            }
        });
    }
}

QString failureText(const Error& error)
{
    return error.forceable ? Tr::tr("%1; issue it anyway with force").arg(error.toString()) : error.toString();
}

// What one chunk stored: the count and serials its audit record names.
struct ChunkLog {
    int first = 0;
    int last = 0;
    QStringList serials;

    // What the record is about when no single certificate is: "lines 2-257".
    [[nodiscard]] QString target() const { return QStringLiteral("lines %1-%2").arg(first).arg(last); }
    [[nodiscard]] QString details(const QString& extra = {}) const
    {
        return QStringLiteral("count=%1 lines=%2-%3%4 serials=%5")
            .arg(serials.size())
            .arg(first)
            .arg(last)
            .arg(extra, serials.join(QLatin1Char(',')));
    }
};

// Ends the list as the options say: what was never tried is reported as cancelled, and an atomic
// list that did not fully succeed turns every success into "rolled back".
void finish(BatchReport& report, const BatchOptions& options)
{
    std::sort(report.lines.begin(), report.lines.end(),
              [](const BatchLineResult& a, const BatchLineResult& b) { return a.line < b.line; });
    report.succeeded = 0;
    report.failed = 0;
    const bool rollBack = options.atomic && (report.cancelled || std::any_of(report.lines.begin(), report.lines.end(),
                                                                             [](const auto& l) { return !l.ok(); }));
    for (BatchLineResult& line : report.lines) {
        if (rollBack && line.ok()) {
            line.record.reset();
            line.findings.clear();
            line.error = report.cancelled ? Tr::tr("not stored: the list was cancelled, and it is all or nothing")
                                          : Tr::tr("not stored: another line failed, and the list is all or nothing");
        }
        line.ok() ? ++report.succeeded : ++report.failed;
    }
    report.rolledBack = rollBack;
}

// Stores every line of a chunk under one savepoint; false, with nothing of the chunk left, when a
// line fails. `stored` gets each stored line's record.
bool storeWhole(IssuanceService& issuance, Database& db, std::vector<Prepared>& items, const QDateTime& now,
                std::vector<std::optional<CertificateRecord>>& stored)
{
    Savepoint savepoint(db);
    if (!savepoint.begin()) {
        return false;
    }
    stored.assign(items.size(), std::nullopt);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].signedCert) {
            auto record = issuance.store(items[i].job, *items[i].signedCert, now);
            if (!record) {
                return false;
            }
            stored[i] = std::move(record).value();
        }
    }
    return static_cast<bool>(savepoint.release());
}

// Stores what was signed and reports every line. The chunk goes in whole first; when a line fails,
// it is stored again line by line, each under a savepoint of its own, so that the failed line
// alone is left out. (Every savepoint makes the search index write out what it holds: one per
// line cost more than the insert itself.)
void storeChunk(IssuanceService& issuance, Database& db, std::vector<Prepared>& items, const QDateTime& now,
                ChunkLog& log, BatchReport& report)
{
    std::vector<std::optional<CertificateRecord>> stored;
    const bool whole = storeWhole(issuance, db, items, now, stored);
    for (std::size_t i = 0; i < items.size(); ++i) {
        Prepared& item = items[i];
        BatchLineResult result{item.entry->line, labelOf(*item.entry), std::nullopt, QString(), {}};
        std::optional<CertificateRecord> record = whole ? std::move(stored[i]) : std::nullopt;
        if (!whole && item.signedCert) {
            Savepoint savepoint(db);
            Status begun = savepoint.begin();
            auto single = begun ? issuance.store(item.job, *item.signedCert, now)
                                : Result<CertificateRecord>(begun.error());
            Status released = single ? savepoint.release() : Status(single.error());
            if (released) {
                record = std::move(single).value();
            } else {
                item.error = released.error();
            }
        }
        if (record) {
            result.label = record->name;
            log.serials << record->serial;
            result.record = std::move(record);
            result.findings = item.signedCert->findings;
        }
        if (!result.ok()) {
            result.error = failureText(item.error);
        }
        report.lines.append(std::move(result));
    }
}

void addUntried(BatchReport& report, const QList<BatchLineResult>& untried)
{
    for (BatchLineResult line : untried) {
        line.error = Tr::tr("not tried: the list was cancelled");
        report.lines.append(line);
    }
}
} // namespace

Result<BatchReport> BatchIssuanceService::issue(const IssuanceList& list, const CertificateRef& caRef,
                                                const BatchOptions& options)
{
    BatchReport report;
    for (const ListProblem& problem : list.problems) {
        report.lines.append({problem.line, QString(), std::nullopt, problem.message, {}});
    }
    if (options.atomic && !list.problems.isEmpty()) {
        for (const IssuanceListEntry& entry : list.entries) {
            report.lines.append({entry.line, labelOf(entry), std::nullopt,
                                 Tr::tr("not issued: a line of the list cannot be read, and it is all or nothing"), {}});
        }
        finish(report, options);
        return report;
    }
    auto ca = m_ctx.resolveSigningCa(caRef);
    if (!ca) {
        return ca.error();
    }
    IssuanceService issuance(m_ctx);
    auto authority = issuance.authority(*ca);
    if (!authority) {
        return authority.error();
    }
    const int chunkSize = std::max(1, options.chunkSize);
    const int total = static_cast<int>(list.entries.size());
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::optional<Transaction> whole;
    if (options.atomic) {
        whole.emplace(m_ctx.db());
        if (Status st = whole->begin(); !st) {
            return st.error();
        }
    }
    ChunkLog wholeLog;
    const auto makeChunk = [&](int start) {
        std::vector<Prepared> items(static_cast<std::size_t>(std::min(chunkSize, total - start)));
        for (std::size_t i = 0; i < items.size(); ++i) {
            items[i].entry = &list.entries[start + static_cast<int>(i)];
        }
        return items;
    };
    std::vector<Prepared> current = makeChunk(0);
    QDateTime currentNow = m_ctx.now();
    startPreparing(pool, current, *ca, *authority, currentNow, options.force);
    for (int start = 0; start < total; start += chunkSize) {
        pool.waitForDone();
        // The next chunk is made while this one is stored.
        std::vector<Prepared> following;
        QDateTime followingNow;
        const bool stopping = options.cancelled && options.cancelled();
        if (!stopping && start + chunkSize < total) {
            following = makeChunk(start + chunkSize);
            followingNow = m_ctx.now();
            startPreparing(pool, following, *ca, *authority, followingNow, options.force);
        }
        if (stopping) {
            report.cancelled = true;
            QList<BatchLineResult> untried;
            for (int i = start; i < total; ++i) {
                untried.append({list.entries[i].line, labelOf(list.entries[i]), std::nullopt, QString(), {}});
            }
            addUntried(report, untried);
            break;
        }
        std::optional<Transaction> chunkTx;
        if (!options.atomic) {
            chunkTx.emplace(m_ctx.db());
            if (Status st = chunkTx->begin(); !st) {
                pool.waitForDone();
                return st.error();
            }
        }
        ChunkLog log{current.front().entry->line, current.back().entry->line, {}};
        storeChunk(issuance, m_ctx.db(), current, currentNow, log, report);
        if (Status st = m_ctx.db().connection(); !st) {
            pool.waitForDone();
            return st.error();
        }
        if (!options.atomic && !log.serials.isEmpty()) {
            const QString mode = QStringLiteral(" chunk=%1").arg(start / chunkSize + 1);
            if (Status st = m_ctx.audit(QStringLiteral("issue-batch"), ca->name, log.details(mode)); !st) {
                pool.waitForDone();
                return st.error();
            }
        }
        if (chunkTx) {
            if (Status st = chunkTx->commit(); !st) {
                pool.waitForDone();
                return st.error();
            }
        }
        wholeLog.serials << log.serials;
        wholeLog.first = wholeLog.first == 0 ? log.first : wholeLog.first;
        wholeLog.last = log.last;
        if (options.progress) {
            options.progress(std::min(start + chunkSize, total), total);
        }
        current = std::move(following);
        currentNow = followingNow;
    }
    pool.waitForDone();
    finish(report, options);
    if (whole && !report.rolledBack && !wholeLog.serials.isEmpty()) {
        if (Status st = m_ctx.audit(QStringLiteral("issue-batch"), ca->name, wholeLog.details(QStringLiteral(" atomic")));
            !st) {
            return st.error();
        }
        if (Status st = whole->commit(); !st) {
            return st.error();
        }
    }
    return report;
}

Result<BatchReport> BatchIssuanceService::revoke(const QList<ListedReference>& references, RevocationReason reason,
                                                 const BatchOptions& options)
{
    BatchReport report;
    RevocationService revocation(m_ctx);
    const int chunkSize = std::max(1, options.chunkSize);
    const int total = static_cast<int>(references.size());
    std::optional<Transaction> whole;
    if (options.atomic) {
        whole.emplace(m_ctx.db());
        if (Status st = whole->begin(); !st) {
            return st.error();
        }
    }
    ChunkLog wholeLog;
    const QString reasonText = QStringLiteral(" reason=") + revocationReasonName(reason);
    for (int start = 0; start < total; start += chunkSize) {
        const int end = std::min(start + chunkSize, total);
        if (options.cancelled && options.cancelled()) {
            report.cancelled = true;
            QList<BatchLineResult> untried;
            for (int i = start; i < total; ++i) {
                untried.append({references[i].line, references[i].text, std::nullopt, QString(), {}});
            }
            addUntried(report, untried);
            break;
        }
        std::optional<Transaction> chunkTx;
        if (!options.atomic) {
            chunkTx.emplace(m_ctx.db());
            if (Status st = chunkTx->begin(); !st) {
                return st.error();
            }
        }
        // Read inside the transaction: a reference listed twice is revoked once, then refused.
        const QDateTime now = m_ctx.now();
        ChunkLog log{references[start].line, references[end - 1].line, {}};
        for (int i = start; i < end; ++i) {
            BatchLineResult result{references[i].line, references[i].text, std::nullopt, QString(), {}};
            auto record = revocation.revocable(CertificateRef::typed(references[i].text), reason);
            Status marked = record ? m_ctx.certificates().markRevoked(record->id, now, reason) : Status(record.error());
            if (Status st = m_ctx.db().connection(); !st) {
                return st.error();
            }
            if (marked) {
                record->revoked = true;
                record->revokedAt = now;
                record->revocationReason = reason;
                result.label = record->name;
                log.serials << record->serial;
                result.record = std::move(record).value();
            } else {
                result.error = marked.error().toString();
            }
            report.lines.append(std::move(result));
        }
        if (chunkTx && !log.serials.isEmpty()) {
            if (Status st = m_ctx.audit(QStringLiteral("revoke-batch"), log.target(), log.details(reasonText)); !st) {
                return st.error();
            }
        }
        if (chunkTx) {
            if (Status st = chunkTx->commit(); !st) {
                return st.error();
            }
        }
        wholeLog.serials << log.serials;
        wholeLog.first = wholeLog.first == 0 ? log.first : wholeLog.first;
        wholeLog.last = log.last;
        if (options.progress) {
            options.progress(end, total);
        }
    }
    finish(report, options);
    if (whole && !report.rolledBack && !wholeLog.serials.isEmpty()) {
        if (Status st = m_ctx.audit(QStringLiteral("revoke-batch"), wholeLog.target(),
                                    wholeLog.details(reasonText + QStringLiteral(" atomic")));
            !st) {
            return st.error();
        }
        if (Status st = whole->commit(); !st) {
            return st.error();
        }
    }
    return report;
}

} // namespace signet
