#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace signet {

class Database;

// Envelope encryption of private keys: a random 256-bit master key seals every key with
// AES-256-GCM (fresh nonce, caller's associated data); the master key itself is sealed with a
// key derived from the workspace password by scrypt, whose parameters are stored beside it.
class KeyVault {
public:
    struct KdfParams {
        quint64 n = 1u << 16; // 64 MiB with r = 8
        quint32 r = 8;
        quint32 p = 1;
    };

    KeyVault() = default;

    static bool isInitialized(Database& db);
    static Result<KeyVault> create(Database& db, const QByteArray& password, const KdfParams& params);
    static Result<KeyVault> unlock(Database& db, const QByteArray& password);
    // Re-seals the master key under a new password; the keys themselves are untouched.
    Status changePassword(Database& db, const QByteArray& newPassword, const KdfParams& params);

    // The same unlocked vault, for a second connection to the workspace.
    [[nodiscard]] KeyVault duplicate() const;

    // nonce (12) || ciphertext || tag (16)
    [[nodiscard]] Result<QByteArray> seal(const SecretBytes& plaintext, const QByteArray& associatedData) const;
    [[nodiscard]] Result<SecretBytes> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    static Result<QByteArray> sealWith(const SecretBytes& key, const SecretBytes& plaintext, const QByteArray& ad);
    static Result<SecretBytes> openWith(const SecretBytes& key, const QByteArray& sealed, const QByteArray& ad);
    static Result<SecretBytes> deriveKey(const QByteArray& password, const QByteArray& salt, const KdfParams& params);

private:
    static Status storeWrapped(Database& db, const SecretBytes& masterKey, const QByteArray& password,
                               const KdfParams& params);
    SecretBytes m_masterKey;
};

} // namespace signet
