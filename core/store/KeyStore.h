#pragma once

#include "Result.h"
#include "crypto/PrivateKey.h"

#include <QDateTime>

#include <optional>

namespace signet {

class Database;
class KeyVault;

// Private keys in the workspace, each sealed by the vault with its row id as associated data,
// so a sealed key copied onto another row does not open.
class KeyStore {
public:
    KeyStore(Database& db, const KeyVault& vault) : m_db(db), m_vault(vault) {}

    Result<qint64> store(const PrivateKey& key, const QDateTime& now);
    Result<PrivateKey> load(qint64 id);
    Result<std::optional<qint64>> findByPublicKey(const QByteArray& publicKeyDer);

private:
    Database& m_db;
    const KeyVault& m_vault;
};

} // namespace signet
