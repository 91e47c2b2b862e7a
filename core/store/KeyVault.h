#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace signet {

class Database;

// Envelope encryption of private keys: a random 256-bit master key seals every key with
// AES-256-GCM (fresh nonce, caller's associated data); the master key itself is sealed with a
// key derived from the workspace password by scrypt, whose parameters are stored beside it.
// The master key also yields, by HKDF, the keys that authenticate the workspace's rows and its
// audit log.
class KeyVault {
public:
    struct KdfParams {
        quint64 n = 1u << 16; // 64 MiB with r = 8
        quint32 r = 8;
        quint32 p = 1;
    };

    KeyVault() = default;

    static bool isInitialized(Database& db);
    // Whether the stored vault is in the current format (its rows are sealed).
    static bool hasCurrentFormat(Database& db);
    static Result<KeyVault> create(Database& db, const QByteArray& password, const KdfParams& params);
    static Result<KeyVault> unlock(Database& db, const QByteArray& password);
    // Re-seals the master key under a new password; the keys themselves are untouched.
    Status changePassword(Database& db, const QByteArray& newPassword, const KdfParams& params);

    // Workspaces from before row authentication: unlocked, but their rows are not sealed yet.
    [[nodiscard]] bool isLegacy() const { return m_legacy; }
    // Re-seals the master key in the current format, which says that every row is authenticated:
    // from then on a missing row MAC is an alteration, not an old workspace.
    Status upgradeFormat(Database& db, const QByteArray& password);

    // A 256-bit key for one purpose, derived from the master key with HKDF-SHA-256.
    [[nodiscard]] Result<SecretBytes> subkey(const QByteArray& label) const;

    // Stored parameters are outside data: scrypt with a huge N or p would run for hours, and
    // parameters below the floor (today's defaults) are refused.
    static Status checkKdf(const KdfParams& params);
    // Tests lower the floor to make throwaway workspaces quickly; the programs never call this.
    static void setKdfFloor(const KdfParams& floor);

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
    bool m_legacy = false;
};

} // namespace signet
