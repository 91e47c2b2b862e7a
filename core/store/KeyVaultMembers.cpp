// The members of a workspace, in its key vault: each member's row holds the master key and their
// X25519 private key, sealed under a key derived from their own password by scrypt.
#include "store/KeyVault.h"

#include "crypto/KeyWrap.h"
#include "crypto/OsslError.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MemberRepository.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

#include <openssl/rand.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "KeyVault", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyVault)
};

constexpr std::size_t kKeySize = 32;
constexpr int kMaxNameLength = 64;

QByteArray memberAd(qint64 id)
{
    return QByteArrayLiteral("signet:member:v1:") + QByteArray::number(id);
}

QByteArray shareAd(qint64 keyId, qint64 memberId)
{
    return QByteArrayLiteral("signet:key-share:v1:") + QByteArray::number(keyId) + ':' + QByteArray::number(memberId);
}

Result<QByteArray> randomSalt()
{
    QByteArray salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), static_cast<int>(salt.size())) != 1) {
        return opensslError(Tr::tr("the random number generator failed"));
    }
    return salt;
}

Status checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed != name || name.size() > kMaxNameLength) {
        return makeError(Tr::tr("'%1' is not a member name: 1 to %2 characters, without spaces at either end")
                             .arg(name.left(kMaxNameLength + 1))
                             .arg(kMaxNameLength));
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return makeError(Tr::tr("a member name holds no control characters"));
        }
    }
    return {};
}

// The master key followed by the member's private key.
SecretBytes concat(const SecretBytes& a, const SecretBytes& b)
{
    SecretBytes out(a.size() + b.size());
    std::copy(a.data(), a.data() + a.size(), out.data());
    std::copy(b.data(), b.data() + b.size(), out.data() + a.size());
    return out;
}
} // namespace

Result<bool> KeyVault::hasMembers(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'vault.members'"));
    if (!q) {
        return q.error();
    }
    return q->next() && q->value(0).toInt() > 0;
}

Result<QByteArray> KeyVault::sealMemberSecret(const SecretBytes& secret, const QByteArray& password, const QByteArray& salt,
                                              const KdfParams& params, qint64 memberId)
{
    if (password.isEmpty()) {
        return makeError(Tr::tr("the workspace password must not be empty"));
    }
    auto kek = deriveKey(password, salt, params);
    if (!kek) {
        return kek.error();
    }
    return sealWith(*kek, secret, memberAd(memberId));
}

Result<qint64> KeyVault::addMember(Database& db, const QString& name, const QByteArray& password, const KdfParams& params,
                                   const QDateTime& at) const
{
    if (Status st = checkName(name); !st) {
        return st.error();
    }
    if (password.isEmpty()) {
        return makeError(Tr::tr("the workspace password must not be empty"));
    }
    if (Status st = checkKdf(params); !st) {
        return st.error();
    }
    auto pair = KeyWrap::generate();
    auto salt = randomSalt();
    auto rows = RowAuthenticator::derive(*this, RowAuthenticator::Purpose::Rows);
    if (!pair || !salt || !rows) {
        return !pair ? pair.error() : !salt ? salt.error() : rows.error();
    }
    MemberRecord member{0, name, pair->publicKey, params, *salt, {}, at, true};
    const SecretBytes secret = concat(m_masterKey, pair->privateKey);
    return MemberRepository(db, *rows).insert(member, [&](qint64 id) {
        return sealMemberSecret(secret, password, *salt, params, id);
    });
}

Result<KeyVault> KeyVault::createWithMember(Database& db, const QString& member, const QByteArray& password,
                                            const KdfParams& params, const QDateTime& at)
{
    if (password.isEmpty()) {
        return makeError(Tr::tr("the workspace password must not be empty"));
    }
    auto master = KeyWrap::randomKey();
    if (!master) {
        return master.error();
    }
    KeyVault vault;
    vault.m_masterKey = std::move(master).value();
    for (const auto& [key, value] : {std::pair{QStringLiteral("vault.format"), QByteArrayLiteral("2")},
                                     std::pair{QStringLiteral("vault.members"), QByteArrayLiteral("1")}}) {
        if (auto q = db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {key, value}); !q) {
            return q.error();
        }
    }
    auto id = vault.addMember(db, member, password, params, at);
    if (!id) {
        return id.error();
    }
    return unlockMember(db, member, password);
}

Status KeyVault::becomeFirstMember(Database& db, const QString& name, const QByteArray& password, const QDateTime& at)
{
    auto n = db.exec(QStringLiteral("SELECT value FROM meta WHERE key IN ('vault.scrypt_n', 'vault.scrypt_r', 'vault.scrypt_p')"
                                    " ORDER BY key"));
    if (!n) {
        return n.error();
    }
    QList<quint64> values; // n, p, r in key order
    while (n->next()) {
        values << n->value(0).toByteArray().toULongLong();
    }
    const KdfParams params = values.size() == 3 ? KdfParams{values[0], static_cast<quint32>(values[2]), static_cast<quint32>(values[1])}
                                                : KdfParams();
    auto id = addMember(db, name, password, params, at);
    if (!id) {
        return id.error();
    }
    // The workspace password's own slot goes: from now on only members' passwords open anything.
    if (auto q = db.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('vault.kdf', 'vault.scrypt_n', 'vault.scrypt_r',"
                                        " 'vault.scrypt_p', 'vault.salt', 'vault.sealed_master_key')"));
        !q) {
        return q.error();
    }
    if (auto q = db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('vault.members', ?)"), {QByteArrayLiteral("1")}); !q) {
        return q.error();
    }
    auto unlocked = unlockMember(db, name, password);
    if (!unlocked) {
        return unlocked.error();
    }
    *this = std::move(unlocked).value();
    return {};
}

Result<KeyVault> KeyVault::unlockMember(Database& db, const QString& member, const QByteArray& password)
{
    RowAuthenticator unchecked = RowAuthenticator::unchecked();
    MemberRepository members(db, unchecked);
    std::optional<MemberRecord> record;
    if (!member.isEmpty()) {
        auto found = members.byName(member);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return makeError(Tr::tr("this workspace has no member named '%1'").arg(member));
        }
        record = **found;
    } else {
        auto all = members.all();
        if (!all) {
            return all.error();
        }
        for (const MemberRecord& m : *all) {
            if (all->size() == 1 || m.name.compare(AuditLog::currentAccount(), Qt::CaseInsensitive) == 0) {
                record = m;
            }
        }
        if (!record) {
            QStringList names;
            for (const MemberRecord& m : *all) {
                names << m.name;
            }
            return makeError(Tr::tr("this workspace has the members %1: name the one you open it as").arg(names.join(QStringLiteral(", "))));
        }
    }
    if (Status st = checkKdf(record->kdf); !st) {
        return st.error();
    }
    auto kek = deriveKey(password, record->salt, record->kdf);
    if (!kek) {
        return kek.error();
    }
    auto secret = openWith(*kek, record->sealed, memberAd(record->id));
    if (!secret || secret->size() != 2 * kKeySize) {
        return makeError(Tr::tr("wrong password for member '%1' of this workspace (or its key vault was altered)").arg(record->name));
    }
    KeyVault vault;
    vault.m_masterKey = SecretBytes(secret->data(), kKeySize);
    vault.m_memberKey = SecretBytes(secret->data() + kKeySize, kKeySize);
    vault.m_memberId = record->id;
    vault.m_memberName = record->name;
    auto rows = RowAuthenticator::derive(vault, RowAuthenticator::Purpose::Rows);
    auto publicKey = KeyWrap::publicKeyOf(vault.m_memberKey);
    if (!rows || !publicKey) {
        return !rows ? rows.error() : publicKey.error();
    }
    if (*publicKey != record->publicKey || !MemberRepository(db, *rows).verify(*record)) {
        return makeError(Tr::tr("the member '%1' was changed outside Signet").arg(record->name));
    }
    return vault;
}

Status KeyVault::changeMemberPassword(Database& db, const QByteArray& newPassword, const KdfParams& params)
{
    if (Status st = checkKdf(params); !st) {
        return st;
    }
    auto salt = randomSalt();
    if (!salt) {
        return salt.error();
    }
    auto sealed = sealMemberSecret(concat(m_masterKey, m_memberKey), newPassword, *salt, params, m_memberId);
    if (!sealed) {
        return sealed.error();
    }
    RowAuthenticator unchecked = RowAuthenticator::unchecked();
    return MemberRepository(db, unchecked).updateSecret(m_memberId, params, *salt, *sealed);
}

Result<QByteArray> KeyVault::wrapShare(const SecretBytes& keyKey, const QByteArray& publicKey, qint64 keyId, qint64 memberId)
{
    return KeyWrap::wrap(keyKey, publicKey, shareAd(keyId, memberId));
}

Result<SecretBytes> KeyVault::openShare(const QByteArray& wrapped, qint64 keyId) const
{
    if (!hasMember()) {
        return makeError(Tr::tr("this needs the workspace password (the workspace was opened without it)"));
    }
    return KeyWrap::unwrap(wrapped, m_memberKey, shareAd(keyId, m_memberId));
}

} // namespace signet
