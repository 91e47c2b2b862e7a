#include "store/RequestRepository.h"

#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "RequestRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)
};

const QString kColumns = QStringLiteral("id, name, key_id, subject, is_ca, der, created_at, certificate_id, mac");

RequestRecord fromRow(const QSqlQuery& q)
{
    RequestRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.keyId = q.value(2).toLongLong();
    r.subject = q.value(3).toString();
    r.isCa = q.value(4).toLongLong() != 0;
    r.der = q.value(5).toByteArray();
    r.createdAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    if (!q.value(7).isNull()) {
        r.certificateId = q.value(7).toLongLong();
    }
    return r;
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

QByteArray RequestRepository::encode(const RequestRecord& r)
{
    return RowEncoding("request:v1")
        .add(r.id)
        .add(r.name)
        .add(r.keyId)
        .add(r.subject)
        .add(qint64(r.isCa ? 1 : 0))
        .add(r.der)
        .add(r.createdAt.toSecsSinceEpoch())
        .add(r.certificateId)
        .bytes();
}

Result<qint64> RequestRepository::insert(const RequestRecord& record)
{
    // The MAC covers the row id, known only after the insert: the row is sealed in the same
    // transaction, and a row left without a MAC never verifies.
    auto q = m_db.insert(QStringLiteral("INSERT INTO requests(name, key_id, subject, is_ca, der, created_at, certificate_id)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {record.name, record.keyId, record.subject, record.isCa ? 1 : 0, record.der,
                        record.createdAt.toSecsSinceEpoch(), nullableId(record.certificateId)});
    if (!q) {
        return q.error();
    }
    RequestRecord stored = record;
    stored.id = *q;
    auto sealed = m_db.exec(QStringLiteral("UPDATE requests SET mac = ? WHERE id = ?"),
                            {m_auth.mac(encode(stored)), stored.id});
    if (!sealed) {
        return sealed.error();
    }
    return stored.id;
}

Result<QList<RequestRecord>> RequestRepository::query(const QString& where, const QVariantList& bindings,
                                                      bool markAltered)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests ") + where, bindings);
    if (!q) {
        return q.error();
    }
    QList<RequestRecord> out;
    while (q->next()) {
        RequestRecord r = fromRow(*q);
        r.authentic = m_auth.verify(encode(r), q->value(8).toByteArray());
        if (!r.authentic && !markAltered) {
            return makeError(Tr::tr("the certificate request '%1' was changed outside Signet").arg(r.name));
        }
        out.append(std::move(r));
    }
    return out;
}

Result<std::optional<RequestRecord>> RequestRepository::byName(const QString& name)
{
    auto rows = query(QStringLiteral("WHERE %1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                      {name.trimmed()}, false);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<RequestRecord>();
    }
    return std::optional<RequestRecord>(std::move(rows->first()));
}

Result<QList<RequestRecord>> RequestRepository::pending()
{
    return query(QStringLiteral("WHERE certificate_id IS NULL ORDER BY created_at, id"), {}, false);
}

Result<std::optional<RequestRecord>> RequestRepository::pendingForKey(qint64 keyId)
{
    auto rows = query(QStringLiteral("WHERE key_id = ? AND certificate_id IS NULL ORDER BY id"), {keyId}, false);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<RequestRecord>();
    }
    return std::optional<RequestRecord>(std::move(rows->first()));
}

Result<QList<RequestRecord>> RequestRepository::all()
{
    return query(QStringLiteral("ORDER BY id"), {}, true);
}

Result<bool> RequestRepository::nameExists(const QString& name)
{
    return m_db.exists(QStringLiteral("SELECT 1 FROM requests WHERE %1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                       {name});
}

Status RequestRepository::complete(RequestRecord record, qint64 certificateId)
{
    record.certificateId = certificateId;
    auto q = m_db.exec(QStringLiteral("UPDATE requests SET certificate_id = ?, mac = ? WHERE id = ?"),
                       {certificateId, m_auth.mac(encode(record)), record.id});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace signet
