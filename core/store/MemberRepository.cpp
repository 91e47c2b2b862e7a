#include "store/MemberRepository.h"

#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "MemberRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)
};

const QString kColumns = QStringLiteral("id, name, public_key, scrypt_n, scrypt_r, scrypt_p, salt, sealed, created_at, mac");

QByteArray encodeMember(qint64 id, const QString& name, const QByteArray& publicKey)
{
    return RowEncoding("member:v1").add(id).add(name).add(publicKey).bytes();
}

QByteArray encodeShare(qint64 keyId, qint64 memberId, const QByteArray& wrapped)
{
    return RowEncoding("key-share:v1").add(keyId).add(memberId).add(wrapped).bytes();
}

Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db.exec(sql, bindings);
    if (!q) {
        return q.error();
    }
    QList<qint64> list;
    while (q->next()) {
        list << q->value(0).toLongLong();
    }
    return list;
}
} // namespace

MemberRecord MemberRepository::read(const QSqlQuery& q) const
{
    MemberRecord m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.publicKey = q.value(2).toByteArray();
    m.kdf = {static_cast<quint64>(q.value(3).toLongLong()), static_cast<quint32>(q.value(4).toLongLong()),
             static_cast<quint32>(q.value(5).toLongLong())};
    m.salt = q.value(6).toByteArray();
    m.sealed = q.value(7).toByteArray();
    m.createdAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    m.authentic = m_auth.verify(encodeMember(m.id, m.name, m.publicKey), q.value(9).toByteArray());
    return m;
}

bool MemberRepository::verify(const MemberRecord& member) const
{
    auto q = m_db.exec(QStringLiteral("SELECT mac FROM members WHERE id = ?"), {member.id});
    return q && q->next() && m_auth.verify(encodeMember(member.id, member.name, member.publicKey), q->value(0).toByteArray());
}

Result<QList<MemberRecord>> MemberRepository::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM members ORDER BY %2").arg(kColumns, m_db.dialect().nocase(QStringLiteral("name"))));
    if (!q) {
        return q.error();
    }
    QList<MemberRecord> list;
    while (q->next()) {
        list << read(*q);
    }
    return list;
}

Result<std::optional<MemberRecord>> MemberRepository::byName(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM members WHERE %2").arg(kColumns, m_db.dialect().sameName(QStringLiteral("name"))),
                       {name});
    if (!q) {
        return q.error();
    }
    return q->next() ? std::optional<MemberRecord>(read(*q)) : std::nullopt;
}

Result<std::optional<MemberRecord>> MemberRepository::byId(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(kColumns), {id});
    if (!q) {
        return q.error();
    }
    return q->next() ? std::optional<MemberRecord>(read(*q)) : std::nullopt;
}

Result<qint64> MemberRepository::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM members"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> MemberRepository::insert(const MemberRecord& member, const std::function<Result<QByteArray>(qint64)>& seal)
{
    if (auto existing = byName(member.name); !existing || *existing) {
        return !existing ? existing.error() : Error(makeError(Tr::tr("a member named '%1' already exists").arg(member.name)));
    }
    auto id = m_db.insert(QStringLiteral("INSERT INTO members(name, public_key, scrypt_n, scrypt_r, scrypt_p, salt, sealed,"
                                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {member.name, member.publicKey, qint64(member.kdf.n), qint64(member.kdf.r), qint64(member.kdf.p),
                           member.salt, QByteArray("", 0), member.createdAt.toSecsSinceEpoch()});
    if (!id) {
        return id.error();
    }
    auto sealed = seal(*id);
    if (!sealed) {
        return sealed.error();
    }
    if (Status st = m_db.write(QStringLiteral("UPDATE members SET sealed = ?, mac = ? WHERE id = ?"),
                               {*sealed, m_auth.mac(encodeMember(*id, member.name, member.publicKey)), *id});
        !st) {
        return st.error();
    }
    return *id;
}

Status MemberRepository::updateSecret(qint64 id, const KeyVault::KdfParams& kdf, const QByteArray& salt, const QByteArray& sealed)
{
    return m_db.write(QStringLiteral("UPDATE members SET scrypt_n = ?, scrypt_r = ?, scrypt_p = ?, salt = ?, sealed = ? WHERE id = ?"),
                      {qint64(kdf.n), qint64(kdf.r), qint64(kdf.p), salt, sealed, id});
}

Status MemberRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM members WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::optional<QByteArray>> MemberRepository::share(qint64 keyId, qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("SELECT wrapped, mac FROM key_shares WHERE key_id = ? AND member_id = ?"), {keyId, memberId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<QByteArray>();
    }
    const QByteArray wrapped = q->value(0).toByteArray();
    if (!m_auth.verify(encodeShare(keyId, memberId, wrapped), q->value(1).toByteArray())) {
        return makeError(Tr::tr("the share of private key %1 was changed outside Signet").arg(keyId));
    }
    return std::optional<QByteArray>(wrapped);
}

Result<bool> MemberRepository::isShared(qint64 keyId)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM key_shares WHERE key_id = ? LIMIT 1"), {keyId});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Result<QList<qint64>> MemberRepository::holders(qint64 keyId)
{
    return ids(m_db, QStringLiteral("SELECT member_id FROM key_shares WHERE key_id = ? ORDER BY member_id"), {keyId});
}

Result<QList<qint64>> MemberRepository::keysOf(qint64 memberId)
{
    return ids(m_db, QStringLiteral("SELECT key_id FROM key_shares WHERE member_id = ? ORDER BY key_id"), {memberId});
}

Status MemberRepository::putShare(qint64 keyId, qint64 memberId, const QByteArray& wrapped)
{
    return m_db.write(QStringLiteral("INSERT INTO key_shares(key_id, member_id, wrapped, mac) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT(key_id, member_id) DO UPDATE SET wrapped = excluded.wrapped, mac = excluded.mac"),
                      {keyId, memberId, wrapped, m_auth.mac(encodeShare(keyId, memberId, wrapped))});
}

Status MemberRepository::removeShare(qint64 keyId, qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM key_shares WHERE key_id = ? AND member_id = ?"), {keyId, memberId});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<qint64>> MemberRepository::unsharedCaKeys()
{
    return ids(m_db, QStringLiteral("SELECT DISTINCT key_id FROM certificates WHERE is_ca = 1 AND key_id IS NOT NULL"
                                    " AND NOT EXISTS (SELECT 1 FROM key_shares s WHERE s.key_id = certificates.key_id)"
                                    " ORDER BY key_id"),
               {});
}

Result<QStringList> MemberRepository::caNamesOf(qint64 memberId)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.name FROM key_shares s JOIN certificates c ON c.key_id = s.key_id"
                                      " WHERE s.member_id = ? AND c.is_ca = 1 AND c.removed_at IS NULL ORDER BY %1")
                           .arg(m_db.dialect().nocase(QStringLiteral("c.name"))),
                       {memberId});
    if (!q) {
        return q.error();
    }
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
    }
    return names;
}

} // namespace signet
