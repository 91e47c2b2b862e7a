#pragma once

#include "Result.h"
#include "store/KeyVault.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace signet {

class Database;
class RowAuthenticator;

// A member of the workspace: who opens it with a password of their own.
struct MemberRecord {
    qint64 id = 0;
    QString name;
    QByteArray publicKey; // X25519, raw: what CA keys are shared to
    KeyVault::KdfParams kdf;
    QByteArray salt;
    QByteArray sealed; // workspace key || X25519 private key, under the password's key
    QDateTime createdAt;
    bool authentic = true; // false: the row's MAC does not verify
};

// The members and the CA keys shared with them (key_shares: a CA key's own key, wrapped for the
// member's public key). A member's row and each share carry a MAC, so a public key swapped in or a
// share moved to another member shows; the sealed parts are bound to their row by associated data.
class MemberRepository {
public:
    MemberRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    Result<QList<MemberRecord>> all();
    // Read before the workspace key is known (unlocking): `authentic` is not decided here.
    Result<std::optional<MemberRecord>> byName(const QString& name);
    Result<std::optional<MemberRecord>> byId(qint64 id);
    Result<qint64> count();
    // A new member; `seal` makes the sealed part for the row's id.
    Result<qint64> insert(const MemberRecord& member, const std::function<Result<QByteArray>(qint64 id)>& seal);
    Status updateSecret(qint64 id, const KeyVault::KdfParams& kdf, const QByteArray& salt, const QByteArray& sealed);
    Status remove(qint64 id);
    [[nodiscard]] bool verify(const MemberRecord& member) const;

    // The wrapped key of `keyId` for `memberId`, checked by its MAC; empty when none is stored.
    Result<std::optional<QByteArray>> share(qint64 keyId, qint64 memberId);
    // Whether the key is sealed under a key of its own (it has shares) rather than the workspace key.
    Result<bool> isShared(qint64 keyId);
    Result<QList<qint64>> holders(qint64 keyId);
    Result<QList<qint64>> keysOf(qint64 memberId);
    Status putShare(qint64 keyId, qint64 memberId, const QByteArray& wrapped);
    Status removeShare(qint64 keyId, qint64 memberId);
    // The keys of CA certificates still sealed under the workspace key.
    Result<QList<qint64>> unsharedCaKeys();
    // The names of the (present) CAs whose keys are shared with the member, in name order.
    Result<QStringList> caNamesOf(qint64 memberId);

private:
    MemberRecord read(const QSqlQuery& q) const;
    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
