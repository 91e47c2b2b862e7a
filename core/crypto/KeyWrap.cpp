#include "crypto/KeyWrap.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "crypto/SealedBox.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "KeyWrap", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyWrap)
};

constexpr std::size_t kRawSize = 32;
constexpr int kSealedOverhead = 12 + 16; // nonce, tag

EvpPkeyPtr privateKeyFrom(const SecretBytes& raw)
{
    return EvpPkeyPtr(EVP_PKEY_new_raw_private_key_ex(nullptr, "X25519", nullptr, raw.data(), raw.size()));
}

EvpPkeyPtr publicKeyFrom(const QByteArray& raw)
{
    return EvpPkeyPtr(EVP_PKEY_new_raw_public_key_ex(nullptr, "X25519", nullptr,
                                                     reinterpret_cast<const unsigned char*>(raw.constData()),
                                                     static_cast<size_t>(raw.size())));
}

// HKDF-SHA-256 of the X25519 shared secret of `own` and `peer`, bound to both public keys.
Result<SecretBytes> agree(EVP_PKEY* own, EVP_PKEY* peer, const QByteArray& ephemeralPublic, const QByteArray& recipientPublic)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    size_t length = kRawSize;
    SecretBytes shared(kRawSize);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != kRawSize) {
        return opensslError(Tr::tr("the key agreement failed"));
    }
    return SealedBox::hkdf(shared, QByteArrayLiteral("signet:key-share:v1") + ephemeralPublic + recipientPublic);
}

Result<QByteArray> rawPublic(EVP_PKEY* key)
{
    QByteArray raw(static_cast<qsizetype>(kRawSize), '\0');
    size_t length = kRawSize;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1 || length != kRawSize) {
        return opensslError(Tr::tr("cannot read an X25519 public key"));
    }
    return raw;
}

} // namespace

Result<SecretBytes> KeyWrap::randomKey()
{
    SecretBytes key(kRawSize);
    if (RAND_priv_bytes(key.data(), static_cast<int>(key.size())) != 1) {
        return opensslError(Tr::tr("the random number generator failed"));
    }
    return key;
}

Result<KeyWrap::KeyPair> KeyWrap::generate()
{
    auto secret = randomKey();
    if (!secret) {
        return secret.error();
    }
    auto publicKey = publicKeyOf(*secret);
    if (!publicKey) {
        return publicKey.error();
    }
    return KeyPair{std::move(secret).value(), *publicKey};
}

Result<QByteArray> KeyWrap::publicKeyOf(const SecretBytes& privateKey)
{
    EvpPkeyPtr key = privateKeyFrom(privateKey);
    if (!key) {
        return opensslError(Tr::tr("not an X25519 private key"));
    }
    return rawPublic(key.get());
}

Result<QByteArray> KeyWrap::wrap(const SecretBytes& secret, const QByteArray& recipientPublicKey, const QByteArray& ad)
{
    EvpPkeyPtr recipient = publicKeyFrom(recipientPublicKey);
    auto ephemeralRaw = randomKey();
    if (!recipient || !ephemeralRaw) {
        return !recipient ? Error(opensslError(Tr::tr("not an X25519 public key"))) : ephemeralRaw.error();
    }
    EvpPkeyPtr ephemeral = privateKeyFrom(*ephemeralRaw);
    auto ephemeralPublic = ephemeral ? rawPublic(ephemeral.get()) : Result<QByteArray>(opensslError(Tr::tr("X25519 is not available")));
    if (!ephemeralPublic) {
        return ephemeralPublic.error();
    }
    auto key = agree(ephemeral.get(), recipient.get(), *ephemeralPublic, recipientPublicKey);
    if (!key) {
        return key.error();
    }
    auto sealed = SealedBox::seal(*key, secret, ad);
    if (!sealed) {
        return sealed.error();
    }
    return *ephemeralPublic + *sealed;
}

Result<SecretBytes> KeyWrap::unwrap(const QByteArray& wrapped, const SecretBytes& recipientPrivateKey, const QByteArray& ad)
{
    if (wrapped.size() < static_cast<qsizetype>(kRawSize) + kSealedOverhead) {
        return makeError(Tr::tr("a shared key is truncated"));
    }
    const QByteArray ephemeralPublic = wrapped.left(kRawSize);
    EvpPkeyPtr own = privateKeyFrom(recipientPrivateKey);
    EvpPkeyPtr ephemeral = publicKeyFrom(ephemeralPublic);
    if (!own || !ephemeral) {
        return opensslError(Tr::tr("a shared key does not open: it is not for this member, or it was altered"));
    }
    auto ownPublic = rawPublic(own.get());
    if (!ownPublic) {
        return ownPublic.error();
    }
    auto key = agree(own.get(), ephemeral.get(), ephemeralPublic, *ownPublic);
    if (!key) {
        return key.error();
    }
    auto opened = SealedBox::open(*key, wrapped.mid(kRawSize), ad);
    if (!opened) {
        return makeError(Tr::tr("a shared key does not open: it is not for this member, or it was altered"));
    }
    return opened;
}

} // namespace signet
