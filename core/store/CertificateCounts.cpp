#include "store/CertificateRepository.h"

#include "store/Database.h"
#include "store/Schema.h"

// The status report's counts: how many present certificates are valid, expiring, expired or revoked,
// summed from certificate_counts (hourly buckets of expiry) instead of counted row by row. Only the
// one or two hours that a boundary cuts through are counted in the live expiry index.
namespace signet {

namespace {
using Filter = CertificateRepository::Filter;

// The first and last expiry that countBucketOf() puts into `bucket`.
qint64 bucketFirst(qint64 bucket)
{
    return bucket > 0 ? bucket * kCountBucketSeconds : bucket * kCountBucketSeconds - (kCountBucketSeconds - 1);
}
qint64 bucketLast(qint64 bucket)
{
    return bucket >= 0 ? bucket * kCountBucketSeconds + (kCountBucketSeconds - 1) : bucket * kCountBucketSeconds;
}

Result<qint64> single(Database& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db.exec(sql, bindings);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}
} // namespace

Result<std::optional<qint64>> CertificateRepository::countFromCounts(const Filter& f)
{
    if (f.issuerId || f.rootsOnly || f.casOnly || !f.profiles.isEmpty() || f.withKeyOnly || f.removed
        || !f.text.isEmpty() || !f.status) {
        return std::optional<qint64>();
    }
    const qint64 now = f.now.toSecsSinceEpoch();
    const qint64 soon = now + qint64(f.expiringDays) * 86400;
    Result<qint64> n = qint64(0);
    switch (*f.status) {
    case CertificateStatus::Revoked:
        n = single(m_db, QStringLiteral("SELECT coalesce(sum(n), 0) FROM certificate_counts WHERE state = ?"),
                   {int(CountedState::Revoked)});
        break;
    case CertificateStatus::Expired:
        n = countLive(std::nullopt, now);
        break;
    case CertificateStatus::Expiring:
        n = countLive(now, soon);
        break;
    case CertificateStatus::Valid:
        n = countLive(soon, std::nullopt);
        break;
    default:
        return std::optional<qint64>();
    }
    if (!n) {
        return n.error();
    }
    return std::optional<qint64>(*n);
}

// Present, valid, not superseded certificates with `after` < not_after <= `upTo` (none: unbounded).
Result<qint64> CertificateRepository::countLive(const std::optional<qint64>& after, const std::optional<qint64>& upTo)
{
    const auto exact = [this](qint64 from, qint64 to) {
        return single(m_db,
                      QStringLiteral("SELECT count(*) FROM certificates%1 WHERE"
                                     " status = 'valid' AND superseded_by IS NULL AND removed_at IS NULL"
                                     " AND not_after > ? AND not_after <= ?")
                          .arg(m_db.dialect().indexedBy(QStringLiteral("certificates_live_expiry"))),
                      {from, to});
    };
    if (after && upTo && countBucketOf(*after) == countBucketOf(*upTo)) {
        return exact(*after, *upTo);
    }
    // Whole buckets strictly between the boundaries' buckets, then the part of each boundary's own.
    QString sql = QStringLiteral("SELECT coalesce(sum(n), 0) FROM certificate_counts WHERE state = ?");
    QVariantList bindings{int(CountedState::Live)};
    if (after) {
        sql += QStringLiteral(" AND hour > ?");
        bindings << countBucketOf(*after);
    }
    if (upTo) {
        sql += QStringLiteral(" AND hour < ?");
        bindings << countBucketOf(*upTo);
    }
    auto total = single(m_db, sql, bindings);
    if (!total) {
        return total;
    }
    qint64 sum = *total;
    for (const auto& [from, to] : {std::pair{after, after ? std::optional(bucketLast(countBucketOf(*after))) : std::nullopt},
                                   std::pair{upTo ? std::optional(bucketFirst(countBucketOf(*upTo)) - 1) : std::nullopt, upTo}}) {
        if (from && to) {
            auto edge = exact(*from, *to);
            if (!edge) {
                return edge;
            }
            sum += *edge;
        }
    }
    return sum;
}

Result<bool> CertificateRepository::countsAgree()
{
    const QString kept = QStringLiteral("SELECT state, hour, n FROM certificate_counts WHERE n != 0");
    const QString made = statusCountsOfRows();
    auto differing = single(m_db,
                            QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) AS kept_only)"
                                           " + (SELECT count(*) FROM (%2 EXCEPT %1) AS made_only)")
                                .arg(kept, made),
                            {});
    if (!differing) {
        return differing.error();
    }
    return *differing == 0;
}

} // namespace signet
