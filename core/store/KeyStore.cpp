#include "store/KeyStore.h"

#include "store/Database.h"
#include "crypto/KeyWrap.h"
#include "store/KeyVault.h"
#include "store/MemberRepository.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "KeyStore", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
};

QByteArray associatedData(qint64 id)
{
    return QByteArrayLiteral("signet:key:v1:") + QByteArray::number(id);
}

// A key sealed under its own key (a CA's, shared with members) is bound to its row differently.
QByteArray ownKeyData(qint64 id)
{
    return QByteArrayLiteral("signet:key:own:v1:") + QByteArray::number(id);
}

QByteArray encode(qint64 id, const QString& algorithm, const QByteArray& publicKey)
{
    return RowEncoding("key:v1").add(id).add(algorithm).add(publicKey).bytes();
}
} // namespace

Result<PreparedKey> KeyStore::prepare(const PrivateKey& key)
{
    auto plain = key.toPkcs8Der();
    if (!plain) {
        return plain.error();
    }
    return PreparedKey{std::move(plain).value(), key.algorithmName(), key.publicKeyDer()};
}

Result<qint64> KeyStore::store(const PrivateKey& key, const QDateTime& now)
{
    auto prepared = prepare(key);
    if (!prepared) {
        return prepared.error();
    }
    return store(*prepared, now);
}

Result<qint64> KeyStore::store(const PreparedKey& key, const QDateTime& now)
{
    auto insert = m_db.insert(QStringLiteral("INSERT INTO keys(algorithm, public_key, sealed, created_at) VALUES (?, ?, ?, ?)"),
                             {key.algorithm, key.publicKeyDer, QByteArray("", 0), now.toSecsSinceEpoch()});
    if (!insert) {
        return insert.error();
    }
    const qint64 id = *insert;
    auto sealed = m_vault.seal(key.pkcs8, associatedData(id));
    if (!sealed) {
        return sealed.error();
    }
    const QByteArray mac = m_auth.mac(encode(id, key.algorithm, key.publicKeyDer));
    auto update = m_db.write(QStringLiteral("UPDATE keys SET sealed = ?, mac = ? WHERE id = ?"), {*sealed, mac, id});
    if (!update) {
        return update.error();
    }
    return id;
}

Result<PrivateKey> KeyStore::load(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT algorithm, public_key, sealed, mac FROM keys WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(Tr::tr("private key %1 is missing from the workspace").arg(id));
    }
    const QByteArray publicKey = q->value(1).toByteArray();
    const QByteArray sealed = q->value(2).toByteArray();
    if (!m_auth.verify(encode(id, q->value(0).toString(), publicKey), q->value(3).toByteArray())) {
        return makeError(Tr::tr("private key %1 was changed outside Signet").arg(id));
    }
    auto plain = open(id, sealed);
    if (!plain) {
        return plain.error();
    }
    auto key = PrivateKey::fromPkcs8Der(*plain);
    if (key && key->publicKeyDer() != publicKey) {
        return makeError(Tr::tr("private key %1 does not match its recorded public key").arg(id));
    }
    return key;
}

Result<SecretBytes> KeyStore::ownKey(qint64 id)
{
    MemberRepository members(m_db, m_auth);
    auto wrapped = members.share(id, m_vault.memberId());
    if (!wrapped) {
        return wrapped.error();
    }
    if (!*wrapped) {
        return makeError(Tr::tr("private key %1 is not shared with member '%2'").arg(id).arg(m_vault.memberName()));
    }
    return m_vault.openShare(**wrapped, id);
}

Result<SecretBytes> KeyStore::open(qint64 id, const QByteArray& sealed)
{
    auto shared = MemberRepository(m_db, m_auth).isShared(id);
    if (!shared) {
        return shared.error();
    }
    if (!*shared) {
        auto plain = m_vault.open(sealed, associatedData(id));
        if (!plain) {
            return makeError(Tr::tr("private key %1 was changed outside Signet").arg(id), plain.error().message);
        }
        return plain;
    }
    auto own = ownKey(id);
    if (!own) {
        return own.error();
    }
    auto plain = KeyVault::openWith(*own, sealed, ownKeyData(id));
    if (!plain) {
        return makeError(Tr::tr("private key %1 was changed outside Signet").arg(id), plain.error().message);
    }
    return plain;
}

Result<bool> KeyStore::isHeld(qint64 id)
{
    auto shared = MemberRepository(m_db, m_auth).isShared(id);
    if (!shared || !*shared) {
        return shared ? Result<bool>(true) : shared.error();
    }
    auto wrapped = MemberRepository(m_db, m_auth).share(id, m_vault.memberId());
    if (!wrapped) {
        return wrapped.error();
    }
    return wrapped->has_value();
}

Result<QByteArray> KeyStore::sealedOf(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT sealed FROM keys WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(Tr::tr("private key %1 is missing from the workspace").arg(id));
    }
    return q->value(0).toByteArray();
}

Status KeyStore::protect(qint64 id)
{
    auto publicKey = MemberRepository(m_db, m_auth).byId(m_vault.memberId());
    if (!publicKey || !*publicKey) {
        return !publicKey ? publicKey.error() : Error(makeError(Tr::tr("this workspace has no member to hold the key")));
    }
    return reseal(id, {{m_vault.memberId(), (*publicKey)->publicKey}});
}

Status KeyStore::share(qint64 id, qint64 memberId, const QByteArray& memberPublicKey)
{
    auto own = ownKey(id);
    if (!own) {
        return own.error();
    }
    auto wrapped = KeyVault::wrapShare(*own, memberPublicKey, id, memberId);
    if (!wrapped) {
        return wrapped.error();
    }
    return MemberRepository(m_db, m_auth).putShare(id, memberId, *wrapped);
}

Status KeyStore::reseal(qint64 id, const QList<std::pair<qint64, QByteArray>>& holders)
{
    auto sealed = sealedOf(id);
    if (!sealed) {
        return sealed.error();
    }
    auto plain = open(id, *sealed);
    auto own = KeyWrap::randomKey();
    if (!plain || !own) {
        return !plain ? plain.error() : own.error();
    }
    auto resealed = KeyVault::sealWith(*own, *plain, ownKeyData(id));
    if (!resealed) {
        return resealed.error();
    }
    MemberRepository members(m_db, m_auth);
    auto before = members.holders(id);
    if (!before) {
        return before.error();
    }
    for (qint64 member : *before) {
        if (Status st = members.removeShare(id, member); !st) {
            return st;
        }
    }
    for (const auto& [member, publicKey] : holders) {
        auto wrapped = KeyVault::wrapShare(*own, publicKey, id, member);
        if (!wrapped) {
            return wrapped.error();
        }
        if (Status st = members.putShare(id, member, *wrapped); !st) {
            return st;
        }
    }
    return m_db.write(QStringLiteral("UPDATE keys SET sealed = ? WHERE id = ?"), {*resealed, id});
}

Status KeyStore::destroy(qint64 id)
{
    // The sealed bytes are overwritten before the row goes and secure_delete zeroes the pages SQLite
    // frees, so once the WAL is checkpointed the file keeps no copy of the key. (PostgreSQL keeps
    // the row's older versions until it vacuums the table: only sealed bytes, never the key.)
    if (!m_db.isServer()) {
        if (auto pragma = m_db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !pragma) {
            return pragma.error();
        }
    }
    auto wiped = m_db.exec(QStringLiteral("UPDATE keys SET sealed = %1 WHERE id = ?").arg(m_db.dialect().zeros(QStringLiteral("sealed"))),
                           {id});
    if (!wiped) {
        return wiped.error();
    }
    if (wiped->numRowsAffected() != 1) {
        return makeError(Tr::tr("private key %1 is missing from the workspace").arg(id));
    }
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM keys WHERE id = ?"), {id});
    if (!deleted) {
        return deleted.error();
    }
    return {};
}

Result<qint64> KeyStore::requestsUsing(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM requests WHERE key_id = ?"), {id});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::optional<qint64>> KeyStore::findByPublicKey(const QByteArray& publicKeyDer)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, algorithm, mac FROM keys WHERE public_key = ? ORDER BY id"),
                       {publicKeyDer});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (m_auth.verify(encode(id, q->value(1).toString(), publicKeyDer), q->value(2).toByteArray())) {
            return std::optional<qint64>(id);
        }
    }
    return std::optional<qint64>();
}

Result<qint64> KeyStore::verifyAll(const std::function<void(qint64, const QString&)>& problem)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM keys ORDER BY id"));
    if (!q) {
        return q.error();
    }
    std::vector<qint64> ids;
    while (q->next()) {
        ids.push_back(q->value(0).toLongLong());
    }
    for (qint64 id : ids) {
        // A CA key not shared with this member is checked by its MAC only: it cannot be opened here.
        auto held = isHeld(id);
        if (!held) {
            problem(id, held.error().message);
            continue;
        }
        if (auto key = *held ? load(id) : Result<PrivateKey>(PrivateKey()); !key) {
            problem(id, key.error().message);
        }
    }
    return static_cast<qint64>(ids.size());
}

Status KeyStore::sealAll()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, algorithm, public_key FROM keys"));
    if (!q) {
        return q.error();
    }
    std::vector<std::pair<qint64, QByteArray>> macs;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        macs.emplace_back(id, m_auth.mac(encode(id, q->value(1).toString(), q->value(2).toByteArray())));
    }
    for (const auto& [id, mac] : macs) {
        if (auto u = m_db.exec(QStringLiteral("UPDATE keys SET mac = ? WHERE id = ?"), {mac, id}); !u) {
            return u.error();
        }
    }
    return {};
}

} // namespace signet
