#include "crypto/PrivateKey.h"

#include "crypto/EcKeyDer.h"
#include "crypto/OsslError.h"
#include "crypto/PbeLimits.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "PrivateKey", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
};
} // namespace

PrivateKey::PrivateKey(EvpPkeyPtr key) : m_key(std::move(key)) {}

Result<PrivateKey> PrivateKey::generate(const KeySpec& spec, const std::atomic<bool>* cancel)
{
    const char* type = spec.algorithm == KeySpec::Algorithm::Rsa  ? "RSA"
                       : spec.algorithm == KeySpec::Algorithm::Ec ? "EC"
                                                                   : "ED25519";
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0) {
        return opensslError(Tr::tr("could not set up %1 key generation").arg(spec.description()));
    }
    if (spec.algorithm == KeySpec::Algorithm::Rsa
        && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), spec.rsaBits) <= 0) {
        return opensslError(Tr::tr("could not set up %1 key generation").arg(spec.description()));
    }
    if (spec.algorithm == KeySpec::Algorithm::Ec) {
        const QByteArray curve = spec.curve.toLatin1();
        if (EVP_PKEY_CTX_set_group_name(ctx.get(), curve.constData()) <= 0) {
            return opensslError(Tr::tr("could not set up %1 key generation").arg(spec.description()));
        }
    }
    if (cancel != nullptr) {
        // OpenSSL calls back while searching for primes; returning 0 stops the search.
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic<bool>*>(cancel));
        EVP_PKEY_CTX_set_cb(ctx.get(), [](EVP_PKEY_CTX* c) {
            const auto* flag = static_cast<const std::atomic<bool>*>(EVP_PKEY_CTX_get_app_data(c));
            return flag->load() ? 0 : 1;
        });
    }
    EVP_PKEY* raw = nullptr;
    const int ok = EVP_PKEY_generate(ctx.get(), &raw);
    EvpPkeyPtr key(raw);
    if (cancel != nullptr && cancel->load()) {
        takeOpenSslErrors();
        return makeError(Tr::tr("key generation was cancelled"));
    }
    if (ok <= 0 || !key) {
        return opensslError(Tr::tr("could not generate a %1 key").arg(spec.description()));
    }
    return PrivateKey(std::move(key));
}

Result<PrivateKey> PrivateKey::fromData(const QByteArray& data, const QByteArray& password)
{
    if (!password.isEmpty()) {
        if (Status cost = PbeLimits::checkEncryptedKey(data); !cost) {
            return cost.error();
        }
    }
    EVP_PKEY* raw = nullptr;
    const bool pem = data.contains("-----BEGIN");
    DecoderCtxPtr ctx(OSSL_DECODER_CTX_new_for_pkey(&raw, pem ? "PEM" : "DER", nullptr, nullptr,
                                                    EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!ctx) {
        return opensslError(Tr::tr("could not set up a key decoder"));
    }
    if (!password.isEmpty()) {
        OSSL_DECODER_CTX_set_passphrase(ctx.get(), reinterpret_cast<const unsigned char*>(password.constData()),
                                        static_cast<size_t>(password.size()));
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    size_t len = static_cast<size_t>(data.size());
    if (OSSL_DECODER_from_data(ctx.get(), &p, &len) != 1 || raw == nullptr) {
        EvpPkeyPtr discard(raw);
        const bool encrypted = data.contains("ENCRYPTED");
        if (encrypted && password.isEmpty()) {
            return opensslError(Tr::tr("the private key is encrypted and no password was given"));
        }
        if (encrypted) {
            return opensslError(Tr::tr("could not decrypt the private key: wrong password?"));
        }
        return opensslError(Tr::tr("not a private key this program can read"));
    }
    return PrivateKey(EvpPkeyPtr(raw));
}

Result<PrivateKey> PrivateKey::fromPkcs8Der(const SecretBytes& der)
{
    const unsigned char* p = der.data();
    EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size())));
    if (!key) {
        return opensslError(Tr::tr("stored private key is damaged"));
    }
    return PrivateKey(std::move(key));
}

Result<SecretBytes> PrivateKey::toPkcs8Der() const
{
    if (auto direct = EcKeyDer::privateKeyInfo(m_key.get())) {
        return std::move(direct).value();
    }
    unsigned char* out = nullptr;
    size_t len = 0;
    EncoderCtxPtr ctx(OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo",
                                                    nullptr));
    if (!ctx || OSSL_ENCODER_to_data(ctx.get(), &out, &len) != 1) {
        return opensslError(Tr::tr("could not encode the private key"));
    }
    OpenSslBytesPtr owned(out);
    SecretBytes bytes(out, len);
    OPENSSL_cleanse(out, len);
    return bytes;
}

Result<QByteArray> PrivateKey::toPkcs8Pem(const QByteArray& password) const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    int ok = 0;
    if (password.isEmpty()) {
        ok = PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(),
                                           password.constData(), static_cast<int>(password.size()), nullptr,
                                           nullptr);
    }
    if (ok != 1) {
        return opensslError(Tr::tr("could not write the private key"));
    }
    return bioContents(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (auto direct = EcKeyDer::subjectPublicKeyInfo(m_key.get())) {
        return std::move(direct).value();
    }
    unsigned char* out = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &out);
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QString PrivateKey::describe(EVP_PKEY* key)
{
    if (key == nullptr) {
        return {};
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1) {
            QString name = QString::fromLatin1(group);
            if (name == QLatin1String("prime256v1")) {
                name = QStringLiteral("P-256");
            } else if (name == QLatin1String("secp384r1")) {
                name = QStringLiteral("P-384");
            } else if (name == QLatin1String("secp521r1")) {
                name = QStringLiteral("P-521");
            }
            return QStringLiteral("ECDSA ") + name;
        }
        return QStringLiteral("ECDSA %1").arg(EVP_PKEY_get_bits(key));
    }
    if (EVP_PKEY_is_a(key, "ED25519")) {
        return QStringLiteral("Ed25519");
    }
    if (EVP_PKEY_is_a(key, "ED448")) {
        return QStringLiteral("Ed448");
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

const EVP_MD* PrivateKey::signingDigestFor(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448")) {
        return nullptr;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits > 384) {
            return EVP_sha512();
        }
        if (bits > 256) {
            return EVP_sha384();
        }
    }
    return EVP_sha256();
}

QString PrivateKey::description() const
{
    return describe(m_key.get());
}

QString PrivateKey::algorithmName() const
{
    if (EVP_PKEY_is_a(m_key.get(), "RSA")) {
        return QStringLiteral("rsa");
    }
    if (EVP_PKEY_is_a(m_key.get(), "EC")) {
        return QStringLiteral("ec");
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(m_key.get())).toLower();
}

const EVP_MD* PrivateKey::signingDigest() const
{
    return signingDigestFor(m_key.get());
}

} // namespace signet
