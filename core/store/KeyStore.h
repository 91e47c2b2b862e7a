#pragma once

#include "Result.h"
#include "crypto/PrivateKey.h"
#include "crypto/SecretBytes.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace signet {

class Database;
class KeyVault;
class RowAuthenticator;

// A private key as the store keeps it, encoded ahead (on any thread): storing it then only seals
// and inserts, which a batch does on one thread while its workers make the next keys.
struct PreparedKey {
    SecretBytes pkcs8;
    QString algorithm;
    QByteArray publicKeyDer;
};

// Private keys in the workspace, each sealed by the vault with its row id as associated data,
// so a sealed key copied onto another row does not open; the public half and algorithm, which
// import uses to match keys to certificates, are covered by the row's MAC.
class KeyStore {
public:
    KeyStore(Database& db, const KeyVault& vault, const RowAuthenticator& auth) : m_db(db), m_vault(vault), m_auth(auth) {}

    Result<qint64> store(const PrivateKey& key, const QDateTime& now);
    Result<qint64> store(const PreparedKey& key, const QDateTime& now);
    // Thread-safe: touches no database.
    static Result<PreparedKey> prepare(const PrivateKey& key);
    Result<PrivateKey> load(qint64 id);
    Result<std::optional<qint64>> findByPublicKey(const QByteArray& publicKeyDer);
    // Deletes the key for good, leaving no copy of its sealed bytes in the file. Fails while a
    // certificate or a request still links to it.
    Status destroy(qint64 id);
    // How many pending certificate requests wait with this key.
    Result<qint64> requestsUsing(qint64 id);
    // Every key row: its MAC, and that its sealed key opens. `problem` is called for each failure.
    Result<qint64> verifyAll(const std::function<void(qint64 id, const QString& problem)>& problem);
    // Writes the MAC of every row (sealing a workspace from before row authentication).
    Status sealAll();

    // A CA's key (store/KeyVaultMembers): sealed under a key of its own instead of the workspace
    // key, that key wrapped for this vault's member, who holds it from then on.
    Status protect(qint64 id);
    // Whether this vault's member can open the key (always for a key sealed under the workspace key).
    Result<bool> isHeld(qint64 id);
    // Wraps the key's own key for `memberId` too (the vault's member must hold it).
    Status share(qint64 id, qint64 memberId, const QByteArray& memberPublicKey);
    // Seals the key under a new own key, wrapped for exactly `holders` (id and public key each):
    // what anyone dropped from it kept of the old own key opens nothing stored any more.
    Status reseal(qint64 id, const QList<std::pair<qint64, QByteArray>>& holders);

private:
    Result<SecretBytes> open(qint64 id, const QByteArray& sealed);
    Result<SecretBytes> ownKey(qint64 id);
    Result<QByteArray> sealedOf(qint64 id);
    Database& m_db;
    const KeyVault& m_vault;
    const RowAuthenticator& m_auth;
};

} // namespace signet
