#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <openssl/types.h>

#include <optional>

namespace signet {

// PKCS#8 and SubjectPublicKeyInfo of an EC key on P-256, P-384 or P-521, written directly: OpenSSL
// 3.0 sets up an encoder for each such call by searching every provider, which cost a batch more
// than the key generation itself. The bytes are those OpenSSL's encoders write (the tests compare
// them); other keys return nothing, and the caller uses the encoders.
class EcKeyDer {
public:
    // PrivateKeyInfo { 0, ecPublicKey + curve, ECPrivateKey { 1, scalar, [1] public point } }.
    static std::optional<SecretBytes> privateKeyInfo(EVP_PKEY* key);
    // SubjectPublicKeyInfo { ecPublicKey + curve, public point }.
    static std::optional<QByteArray> subjectPublicKeyInfo(EVP_PKEY* key);
};

} // namespace signet
