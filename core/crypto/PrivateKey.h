#pragma once

#include "Result.h"
#include "crypto/KeySpec.h"
#include "crypto/OsslPtr.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <atomic>

namespace signet {

// A private key (and so its public half). Move-only: there is one owner of key material.
class PrivateKey {
public:
    PrivateKey() = default;
    explicit PrivateKey(EvpPkeyPtr key);

    // `cancel`, when given, is polled during generation (RSA takes seconds): set it to stop.
    static Result<PrivateKey> generate(const KeySpec& spec, const std::atomic<bool>* cancel = nullptr);
    // PEM (PKCS#8, encrypted PKCS#8, or traditional RSA/EC) or DER PKCS#8; `password` for encrypted ones.
    static Result<PrivateKey> fromData(const QByteArray& data, const QByteArray& password = {});
    static Result<PrivateKey> fromPkcs8Der(const SecretBytes& der);

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] EVP_PKEY* get() const { return m_key.get(); }

    // Plain PKCS#8 DER, for the key vault only: the caller encrypts it at once.
    [[nodiscard]] Result<SecretBytes> toPkcs8Der() const;
    // PKCS#8 PEM, encrypted with AES-256-CBC and PBKDF2 when a password is given.
    [[nodiscard]] Result<QByteArray> toPkcs8Pem(const QByteArray& password = {}) const;
    [[nodiscard]] QByteArray publicKeyDer() const;

    [[nodiscard]] QString description() const; // "RSA 4096", "ECDSA P-256", "Ed25519"
    [[nodiscard]] QString algorithmName() const; // "rsa", "ec", "ed25519"
    // The digest to sign with for this key type (nullptr for Ed25519, which has its own).
    [[nodiscard]] const EVP_MD* signingDigest() const;

    static QString describe(EVP_PKEY* key);
    static const EVP_MD* signingDigestFor(EVP_PKEY* key);

private:
    EvpPkeyPtr m_key;
};

} // namespace signet
