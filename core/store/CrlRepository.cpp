#include "store/CrlRepository.h"

#include "store/Database.h"

namespace signet {

namespace {
const QString kColumns = QStringLiteral("ca_id, crl_number, this_update, next_update, der, revoked_count");

CrlRecord fromRow(const QSqlQuery& q)
{
    CrlRecord r{q.value(0).toLongLong(), q.value(1).toLongLong(),
                QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC), q.value(4).toByteArray(), std::nullopt};
    if (!q.value(5).isNull()) {
        r.revokedCount = q.value(5).toLongLong();
    }
    return r;
}
} // namespace

Result<std::optional<CrlRecord>> CrlRepository::forCa(qint64 caId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM crls WHERE ca_id = ?"),
                       {caId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<CrlRecord>();
    }
    return std::optional<CrlRecord>(fromRow(*q));
}

Status CrlRepository::store(const CrlRecord& r)
{
    const QVariant count = r.revokedCount ? QVariant(*r.revokedCount) : QVariant(QMetaType::fromType<qint64>());
    auto q = m_db.exec(QStringLiteral("INSERT INTO crls(ca_id, crl_number, this_update, next_update, der, revoked_count)"
                                      " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(ca_id) DO UPDATE SET"
                                      " crl_number = excluded.crl_number, this_update = excluded.this_update,"
                                      " next_update = excluded.next_update, der = excluded.der,"
                                      " revoked_count = excluded.revoked_count"),
                       {r.caId, r.number, r.thisUpdate.toSecsSinceEpoch(), r.nextUpdate.toSecsSinceEpoch(), r.der, count});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<CrlRecord>> CrlRepository::expiringBefore(const QDateTime& limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM crls WHERE next_update <= ? ORDER BY next_update"),
                       {limit.toSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    QList<CrlRecord> out;
    while (q->next()) {
        out.append(fromRow(*q));
    }
    return out;
}

Result<QList<UnpublishedRevocations>> CrlRepository::unpublishedRevocations()
{
    // A CRL lists every revocation its CA had when it was signed, and revocations are never undone:
    // what is beyond its count is new. CRLs from before the count was kept compare times instead.
    auto q = m_db.exec(QStringLiteral(
        "SELECT c.issuer_id, COUNT(*), r.revoked_count, r.ca_id,"
        " SUM(CASE WHEN c.revoked_at > r.this_update THEN 1 ELSE 0 END)"
        " FROM certificates c LEFT JOIN crls r ON r.ca_id = c.issuer_id"
        " WHERE c.status = 'revoked' AND c.issuer_id IS NOT NULL AND c.issuer_id != c.id"
        " GROUP BY c.issuer_id ORDER BY c.issuer_id"));
    if (!q) {
        return q.error();
    }
    QList<UnpublishedRevocations> out;
    while (q->next()) {
        const qint64 revoked = q->value(1).toLongLong();
        qint64 unpublished = revoked;
        if (!q->value(2).isNull()) {
            unpublished = revoked - q->value(2).toLongLong();
        } else if (!q->value(3).isNull()) {
            unpublished = q->value(4).toLongLong();
        }
        if (unpublished > 0) {
            out.append({q->value(0).toLongLong(), unpublished});
        }
    }
    return out;
}

} // namespace signet
