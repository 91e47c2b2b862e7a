#include "store/CrlRepository.h"

#include "store/Database.h"

namespace signet {

namespace {
CrlRecord fromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
            QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC), q.value(4).toByteArray()};
}
} // namespace

Result<std::optional<CrlRecord>> CrlRepository::forCa(qint64 caId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ca_id, crl_number, this_update, next_update, der FROM crls WHERE ca_id = ?"),
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
    auto q = m_db.exec(QStringLiteral("INSERT INTO crls(ca_id, crl_number, this_update, next_update, der)"
                                      " VALUES (?, ?, ?, ?, ?) ON CONFLICT(ca_id) DO UPDATE SET"
                                      " crl_number = excluded.crl_number, this_update = excluded.this_update,"
                                      " next_update = excluded.next_update, der = excluded.der"),
                       {r.caId, r.number, r.thisUpdate.toSecsSinceEpoch(), r.nextUpdate.toSecsSinceEpoch(), r.der});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<CrlRecord>> CrlRepository::expiringBefore(const QDateTime& limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ca_id, crl_number, this_update, next_update, der FROM crls"
                                      " WHERE next_update <= ? ORDER BY next_update"),
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

} // namespace signet
