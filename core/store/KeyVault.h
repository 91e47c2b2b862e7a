#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

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
    // The vault as workspaces from before members kept it: one password's slot in `meta`. New
    // workspaces are made with createWithMember(); this remains so that the upgrade from the old
    // format (Workspace::open, MemberService::adopt) can be tested on a workspace made the old way.
    static Result<KeyVault> create(Database& db, const QByteArray& password, const KdfParams& params);
    // Opens the vault with `password`: as the member named `member` in a workspace with members
    // (none named: the only member, else the one named as this account); with the one workspace
    // password in one from before them.
    static Result<KeyVault> unlock(Database& db, const QByteArray& password, const QString& member = {});
    // Re-seals the master key under a new password (this member's own, where there are members);
    // the keys themselves are untouched.
    Status changePassword(Database& db, const QByteArray& newPassword, const KdfParams& params);

    // Members (store/KeyVaultMembers.cpp). Each member's row holds the master key and the member's
    // X25519 private key, sealed under a key derived from their own password; CA keys are shared
    // to their public key (store/KeyStore).
    static Result<bool> hasMembers(Database& db);
    // A new workspace's vault, with its first member.
    static Result<KeyVault> createWithMember(Database& db, const QString& member, const QByteArray& password,
                                             const KdfParams& params, const QDateTime& at);
    static Result<KeyVault> unlockMember(Database& db, const QString& member, const QByteArray& password);
    // A workspace from before members, unlocked with its password: that password becomes the first
    // member's, and the workspace password opens nothing any more.
    Status becomeFirstMember(Database& db, const QString& name, const QByteArray& password, const QDateTime& at);
    // Adds a member with a password of their own; nothing is shared with them yet.
    Result<qint64> addMember(Database& db, const QString& name, const QByteArray& password, const KdfParams& params,
                             const QDateTime& at) const;
    [[nodiscard]] bool hasMember() const { return m_memberId != 0; }
    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    [[nodiscard]] const QString& memberName() const { return m_memberName; }
    // A private key's own key, wrapped for a member's public key, and opened by this member.
    static Result<QByteArray> wrapShare(const SecretBytes& keyKey, const QByteArray& publicKey, qint64 keyId, qint64 memberId);
    [[nodiscard]] Result<SecretBytes> openShare(const QByteArray& wrapped, qint64 keyId) const;

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
    static Result<QByteArray> sealMemberSecret(const SecretBytes& secret, const QByteArray& password, const QByteArray& salt,
                                               const KdfParams& params, qint64 memberId);
    Status changeMemberPassword(Database& db, const QByteArray& newPassword, const KdfParams& params);
    SecretBytes m_masterKey;
    bool m_legacy = false;
    qint64 m_memberId = 0;
    QString m_memberName;
    SecretBytes m_memberKey; // X25519 private key, raw
};

} // namespace signet
