#include "store/CrlRepository.h"

#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CrlRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CrlRepository)
};

// A removed CA is out of the administrator's view. Asked of each CA by its key, after grouping:
// "NOT IN (SELECT id ... WHERE removed_at IS NOT NULL)" read the whole table (no index has
// removed_at) at every open and every status.
const QString kCaNotRemoved = QStringLiteral(
    " LEFT JOIN certificates ca ON ca.id = g.issuer_id WHERE ca.removed_at IS NULL ORDER BY g.issuer_id");

const QString kColumns = QStringLiteral("ca_id, crl_number, this_update, next_update, der, revoked_count, mac");

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

QByteArray CrlRepository::encode(const CrlRecord& r)
{
    return RowEncoding("crl:v1")
        .add(r.caId)
        .add(r.number)
        .add(r.thisUpdate.toSecsSinceEpoch())
        .add(r.nextUpdate.toSecsSinceEpoch())
        .add(r.revokedCount)
        .add(r.der)
        .bytes();
}

Result<QList<CrlRecord>> CrlRepository::query(const QString& where, const QVariantList& bindings, bool markAltered)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM crls ") + where, bindings);
    if (!q) {
        return q.error();
    }
    QList<CrlRecord> out;
    while (q->next()) {
        CrlRecord r = fromRow(*q);
        r.authentic = m_auth.verify(encode(r), q->value(6).toByteArray());
        if (!r.authentic && !markAltered) {
            auto name = m_db.exec(QStringLiteral("SELECT name FROM certificates WHERE id = ?"), {r.caId});
            const QString ca = name && name->next() ? name->value(0).toString() : QString::number(r.caId);
            return makeError(Tr::tr("the CRL of CA '%1' was changed outside Signet").arg(ca));
        }
        out.append(std::move(r));
    }
    return out;
}

Result<std::optional<CrlRecord>> CrlRepository::forCa(qint64 caId)
{
    auto rows = query(QStringLiteral("WHERE ca_id = ?"), {caId}, false);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<CrlRecord>();
    }
    return std::optional<CrlRecord>(std::move(rows->first()));
}

Result<qint64> CrlRepository::numberAbove(qint64 caId, qint64 known)
{
    // Only a larger number matters, and only one that its MAC vouches for: the check reads the
    // whole CRL, which at a million entries costs more than signing the next one.
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM crls WHERE ca_id = ? AND crl_number > ?"), {caId, known});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return known;
    }
    auto stored = forCa(caId);
    if (!stored) {
        return stored.error();
    }
    return *stored ? std::max(known, (*stored)->number) : known;
}

Status CrlRepository::store(const CrlRecord& r)
{
    const QVariant count = r.revokedCount ? QVariant(*r.revokedCount) : QVariant(QMetaType::fromType<qint64>());
    auto q = m_db.exec(QStringLiteral("INSERT INTO crls(ca_id, crl_number, this_update, next_update, der, revoked_count, mac)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(ca_id) DO UPDATE SET"
                                      " crl_number = excluded.crl_number, this_update = excluded.this_update,"
                                      " next_update = excluded.next_update, der = excluded.der,"
                                      " revoked_count = excluded.revoked_count, mac = excluded.mac"),
                       {r.caId, r.number, r.thisUpdate.toSecsSinceEpoch(), r.nextUpdate.toSecsSinceEpoch(), r.der, count,
                        m_auth.mac(encode(r))});
    if (!q) {
        return q.error();
    }
    return {};
}

Status CrlRepository::moveCa(qint64 from, qint64 to)
{
    auto current = forCa(from);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return {};
    }
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM crls WHERE ca_id = ?"), {from}); !q) {
        return q.error();
    }
    CrlRecord moved = **current;
    moved.caId = to;
    return store(moved);
}

Result<QList<CrlRecord>> CrlRepository::expiringBefore(const QDateTime& limit)
{
    // A removed CA is out of the administrator's view; a bundle that still carries its CRL renews it.
    return query(QStringLiteral("WHERE next_update <= ? AND NOT EXISTS (SELECT 1 FROM certificates ca"
                                " WHERE ca.id = crls.ca_id AND ca.removed_at IS NOT NULL) ORDER BY next_update"),
                 {limit.toSecsSinceEpoch()}, false);
}

Result<QList<CrlRecord>> CrlRepository::all()
{
    return query(QStringLiteral("ORDER BY ca_id"), {}, true);
}

Result<QList<UnpublishedRevocations>> CrlRepository::unpublishedRevocations()
{
    // A CRL lists every revocation its CA had when it was signed, and only a released hold undoes
    // one (counted apart below): what is beyond its count is new. CRLs from before the count was
    // kept compare times instead. A removed CA is out of the administrator's view. (A CA has one
    // CRL row at most: grouping by its columns too changes no group.)
    auto q = m_db.exec(QStringLiteral(
        "SELECT g.issuer_id, g.revoked, g.revoked_count, g.ca_id, g.later FROM"
        " (SELECT c.issuer_id AS issuer_id, COUNT(*) AS revoked, r.revoked_count AS revoked_count, r.ca_id AS ca_id,"
        " SUM(CASE WHEN c.revoked_at > r.this_update THEN 1 ELSE 0 END) AS later"
        " FROM certificates c LEFT JOIN crls r ON r.ca_id = c.issuer_id"
        " WHERE c.status = 'revoked' AND c.issuer_id IS NOT NULL AND c.issuer_id != c.id"
        " GROUP BY c.issuer_id, r.revoked_count, r.ca_id) g")
                       + kCaNotRemoved);
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
    return withPendingReleases(std::move(out));
}

Result<QList<UnpublishedRevocations>> CrlRepository::withPendingReleases(QList<UnpublishedRevocations> out)
{
    // A released hold lowers the revoked count, so it is counted on its own until a CRL says
    // removeFromCRL for it (publishing clears released_at).
    // The CRL index (revocations and released holds) has just these rows; "+status" keeps SQLite
    // off any index of status, which would hold every valid row.
    auto q = m_db.exec(QStringLiteral("SELECT g.issuer_id, g.pending FROM"
                                      " (SELECT issuer_id, COUNT(*) AS pending FROM certificates"
                                      " WHERE %1 = 'valid' AND released_at IS NOT NULL AND issuer_id IS NOT NULL"
                                      " AND issuer_id != id GROUP BY issuer_id) g")
                           .arg(m_db.dialect().unindexed(QStringLiteral("status")))
                       + kCaNotRemoved);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const qint64 caId = q->value(0).toLongLong();
        const qint64 pending = q->value(1).toLongLong();
        const auto known = std::find_if(out.begin(), out.end(), [caId](const auto& u) { return u.caId == caId; });
        if (known != out.end()) {
            known->count += pending;
        } else {
            out.append({caId, pending});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.caId < b.caId; });
    return out;
}

} // namespace signet
