#include "store/KeyVault.h"

#include "crypto/KeyWrap.h"
#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "crypto/SealedBox.h"
#include "store/Database.h"

#include <openssl/core_names.h>
#include <openssl/rand.h>

#include <QCoreApplication>

#include <optional>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "KeyVault", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyVault)
};

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
// Format 2 seals the master key under different associated data, so a workspace cannot be passed
// off as format 1 (whose rows carry no MACs) by editing `vault.format`: the master key would not open.
const QByteArray kLegacyMasterKeyAad = QByteArrayLiteral("signet:master-key:v1");
const QByteArray kMasterKeyAad = QByteArrayLiteral("signet:master-key:v2");
const QByteArray kFormat = QByteArrayLiteral("2");

constexpr quint64 kMaxN = 1u << 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;
constexpr quint64 kMaxMemory = 1024ull * 1024 * 1024;
// Work beyond 16 times today's default (about two seconds) is refused.
constexpr quint64 kMaxWork = (1u << 16) * 8ull * 16;

KeyVault::KdfParams& kdfFloor()
{
    static KeyVault::KdfParams floor;
    return floor;
}

std::optional<quint64> parseDecimal(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 10) {
        return std::nullopt;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return text.toULongLong();
}

Result<QByteArray> metaValue(Database& db, const QString& key)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(Tr::tr("the workspace has no key vault entry '%1'").arg(key));
    }
    return q->value(0).toByteArray();
}

Status setMeta(Database& db, const QString& key, const QVariant& value)
{
    auto q = db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
    if (!q) {
        return q.error();
    }
    return {};
}
} // namespace

bool KeyVault::isInitialized(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('vault.sealed_master_key', 'vault.members')"));
    return q && q->next() && q->value(0).toInt() >= 1;
}

bool KeyVault::hasCurrentFormat(Database& db)
{
    auto format = metaValue(db, QStringLiteral("vault.format"));
    return format && *format == kFormat;
}

Result<SecretBytes> KeyVault::deriveKey(const QByteArray& password, const QByteArray& salt, const KdfParams& params)
{
    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        return opensslError(Tr::tr("scrypt is not available"));
    }
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    if (Status st = checkKdf(params); !st) {
        return st.error();
    }
    uint64_t maxmem = kMaxMemory + 1024 * 1024;
    QByteArray pw = password;
    QByteArray s = salt;
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw.data(), static_cast<size_t>(pw.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), static_cast<size_t>(s.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecretBytes key(kKeySize);
    const int ok = EVP_KDF_derive(ctx.get(), key.data(), key.size(), list);
    OPENSSL_cleanse(pw.data(), static_cast<size_t>(pw.size()));
    if (ok != 1) {
        return opensslError(Tr::tr("could not derive a key from the password"));
    }
    return key;
}

Result<QByteArray> KeyVault::sealWith(const SecretBytes& key, const SecretBytes& plaintext, const QByteArray& ad)
{
    return SealedBox::seal(key, plaintext, ad);
}

Result<SecretBytes> KeyVault::openWith(const SecretBytes& key, const QByteArray& sealed, const QByteArray& ad)
{
    auto plain = SealedBox::open(key, sealed, ad);
    if (!plain && sealed.size() >= kNonceSize + kTagSize) {
        return makeError(Tr::tr("decryption failed: wrong password, or the workspace was altered"));
    }
    return plain;
}

Status KeyVault::storeWrapped(Database& db, const SecretBytes& masterKey, const QByteArray& password,
                              const KdfParams& params)
{
    QByteArray salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), static_cast<int>(salt.size())) != 1) {
        return opensslError(Tr::tr("the random number generator failed"));
    }
    auto kek = deriveKey(password, salt, params);
    if (!kek) {
        return kek.error();
    }
    auto sealed = sealWith(*kek, masterKey, kMasterKeyAad);
    if (!sealed) {
        return sealed.error();
    }
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QVariant>>{
             {QStringLiteral("vault.format"), kFormat},
             {QStringLiteral("vault.kdf"), QByteArrayLiteral("scrypt")},
             {QStringLiteral("vault.scrypt_n"), QByteArray::number(params.n)},
             {QStringLiteral("vault.scrypt_r"), QByteArray::number(params.r)},
             {QStringLiteral("vault.scrypt_p"), QByteArray::number(params.p)},
             {QStringLiteral("vault.salt"), salt},
             {QStringLiteral("vault.sealed_master_key"), *sealed},
         }) {
        if (Status st = setMeta(db, key, value); !st) {
            return st;
        }
    }
    return {};
}

Result<KeyVault> KeyVault::create(Database& db, const QByteArray& password, const KdfParams& params)
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
    if (Status st = storeWrapped(db, vault.m_masterKey, password, params); !st) {
        return st.error();
    }
    return vault;
}

Result<KeyVault> KeyVault::unlock(Database& db, const QByteArray& password, const QString& member)
{
    auto members = hasMembers(db);
    if (!members) {
        return members.error();
    }
    if (*members) {
        return unlockMember(db, member, password);
    }
    auto kdf = metaValue(db, QStringLiteral("vault.kdf"));
    auto n = metaValue(db, QStringLiteral("vault.scrypt_n"));
    auto r = metaValue(db, QStringLiteral("vault.scrypt_r"));
    auto p = metaValue(db, QStringLiteral("vault.scrypt_p"));
    auto salt = metaValue(db, QStringLiteral("vault.salt"));
    auto sealed = metaValue(db, QStringLiteral("vault.sealed_master_key"));
    for (const auto* part : {&kdf, &n, &r, &p, &salt, &sealed}) {
        if (!*part) {
            return part->error();
        }
    }
    if (*kdf != "scrypt") {
        return makeError(Tr::tr("the workspace uses an unknown key derivation '%1'").arg(QString::fromLatin1(kdf->left(32))));
    }
    const auto format = metaValue(db, QStringLiteral("vault.format"));
    const bool legacy = !format;
    if (format && *format != kFormat) {
        return makeError(Tr::tr("the workspace's key vault has an unknown format; it was altered or written by a newer Signet"));
    }
    const auto pn = parseDecimal(*n);
    const auto pr = parseDecimal(*r);
    const auto pp = parseDecimal(*p);
    if (!pn || !pr || !pp || *pr > kMaxR || *pp > kMaxP) {
        return makeError(Tr::tr("the workspace's key derivation parameters are out of bounds; it was altered"));
    }
    const KdfParams params{*pn, static_cast<quint32>(*pr), static_cast<quint32>(*pp)};
    if (Status st = checkKdf(params); !st) {
        return st.error();
    }
    auto kek = deriveKey(password, *salt, params);
    if (!kek) {
        return kek.error();
    }
    auto master = openWith(*kek, *sealed, legacy ? kLegacyMasterKeyAad : kMasterKeyAad);
    if (!master) {
        return makeError(Tr::tr("wrong password for this workspace (or its key vault was altered)"));
    }
    KeyVault vault;
    vault.m_masterKey = std::move(master).value();
    vault.m_legacy = legacy;
    return vault;
}

Status KeyVault::upgradeFormat(Database& db, const QByteArray& password)
{
    auto n = metaValue(db, QStringLiteral("vault.scrypt_n"));
    auto r = metaValue(db, QStringLiteral("vault.scrypt_r"));
    auto p = metaValue(db, QStringLiteral("vault.scrypt_p"));
    if (!n || !r || !p) {
        return makeError(Tr::tr("the workspace has no key vault"));
    }
    const KdfParams params{n->toULongLong(), r->toUInt(), p->toUInt()};
    if (Status st = storeWrapped(db, m_masterKey, password, params); !st) {
        return st;
    }
    m_legacy = false;
    return {};
}

Status KeyVault::checkKdf(const KdfParams& params)
{
    const KdfParams& floor = kdfFloor();
    const bool powerOfTwo = params.n > 1 && (params.n & (params.n - 1)) == 0;
    if (!powerOfTwo || params.n > kMaxN || params.r > kMaxR || params.p > kMaxP || params.p == 0
        || 128ull * params.n * params.r > kMaxMemory || params.n * params.r * params.p > kMaxWork) {
        return makeError(Tr::tr("scrypt parameters N=%1, r=%2, p=%3 are out of bounds (N a power of two up to 2^20, "
                                "r up to 32, p up to 16, at most 1 GiB)")
                             .arg(params.n)
                             .arg(params.r)
                             .arg(params.p));
    }
    if (params.n < floor.n || params.r < floor.r || params.p < floor.p) {
        return makeError(Tr::tr("scrypt parameters N=%1, r=%2, p=%3 are weaker than Signet's minimum (N=%4, r=%5, p=%6)")
                             .arg(params.n)
                             .arg(params.r)
                             .arg(params.p)
                             .arg(floor.n)
                             .arg(floor.r)
                             .arg(floor.p));
    }
    return {};
}

void KeyVault::setKdfFloor(const KdfParams& floor)
{
    kdfFloor() = floor;
}

Result<SecretBytes> KeyVault::subkey(const QByteArray& label) const
{
    if (m_masterKey.empty()) {
        return makeError(Tr::tr("this needs the workspace password (the workspace was opened without it)"));
    }
    return SealedBox::hkdf(m_masterKey, label);
}

Status KeyVault::changePassword(Database& db, const QByteArray& newPassword, const KdfParams& params)
{
    if (newPassword.isEmpty()) {
        return makeError(Tr::tr("the workspace password must not be empty"));
    }
    if (hasMember()) {
        return changeMemberPassword(db, newPassword, params);
    }
    return storeWrapped(db, m_masterKey, newPassword, params);
}

KeyVault KeyVault::duplicate() const
{
    KeyVault copy;
    copy.m_masterKey = SecretBytes(m_masterKey.data(), m_masterKey.size());
    copy.m_memberId = m_memberId;
    copy.m_memberName = m_memberName;
    copy.m_memberKey = SecretBytes(m_memberKey.data(), m_memberKey.size());
    return copy;
}

Result<QByteArray> KeyVault::seal(const SecretBytes& plaintext, const QByteArray& associatedData) const
{
    if (m_masterKey.empty()) {
        return makeError(Tr::tr("this needs the workspace password (the workspace was opened without it)"));
    }
    return sealWith(m_masterKey, plaintext, associatedData);
}

Result<SecretBytes> KeyVault::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    if (m_masterKey.empty()) {
        return makeError(Tr::tr("this needs the workspace password (the workspace was opened without it)"));
    }
    return openWith(m_masterKey, sealed, associatedData);
}

} // namespace signet
