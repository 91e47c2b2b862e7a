#include "crypto/SealedBox.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "SealedBox", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SealedBox)
};

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr std::size_t kKeySize = 32;
} // namespace

Result<QByteArray> SealedBox::seal(const SecretBytes& key, const SecretBytes& plaintext, const QByteArray& ad)
{
    QByteArray out(kNonceSize + static_cast<qsizetype>(plaintext.size()) + kTagSize, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    unsigned char* body = nonce + kNonceSize;
    if (RAND_bytes(nonce, kNonceSize) != 1) {
        return opensslError(Tr::tr("the random number generator failed"));
    }
    EvpCipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int finalLen = 0;
    if (!cipher || !ctx || EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.data(), nonce, nullptr) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(ad.constData()),
                             static_cast<int>(ad.size()))
               != 1
        || EVP_EncryptUpdate(ctx.get(), body, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), body + len, &finalLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, body + plaintext.size()) != 1) {
        return opensslError(Tr::tr("encryption failed"));
    }
    return out;
}

Result<SecretBytes> SealedBox::open(const SecretBytes& key, const QByteArray& sealed, const QByteArray& ad)
{
    if (sealed.size() < kNonceSize + kTagSize) {
        return makeError(Tr::tr("an encrypted entry in the workspace is truncated"));
    }
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    const unsigned char* body = nonce + kNonceSize;
    const auto bodyLen = static_cast<std::size_t>(sealed.size() - kNonceSize - kTagSize);
    QByteArray tag = sealed.right(kTagSize);
    SecretBytes plain(bodyLen);
    EvpCipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int finalLen = 0;
    if (!cipher || !ctx || EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.data(), nonce, nullptr) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(ad.constData()),
                             static_cast<int>(ad.size()))
               != 1
        || EVP_DecryptUpdate(ctx.get(), plain.data(), &len, body, static_cast<int>(bodyLen)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &finalLen) != 1) {
        takeOpenSslErrors();
        return makeError(Tr::tr("decryption failed"));
    }
    return plain;
}

Result<SecretBytes> SealedBox::hkdf(const SecretBytes& key, const QByteArray& info)
{
    EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    EvpKdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        return opensslError(Tr::tr("HKDF is not available"));
    }
    char digest[] = "SHA256";
    QByteArray label = info;
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(key.data()), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, label.data(), static_cast<size_t>(label.size())),
        OSSL_PARAM_construct_end(),
    };
    SecretBytes derived(kKeySize);
    if (EVP_KDF_derive(ctx.get(), derived.data(), derived.size(), list) != 1) {
        return opensslError(Tr::tr("could not derive a key"));
    }
    return derived;
}

} // namespace signet
