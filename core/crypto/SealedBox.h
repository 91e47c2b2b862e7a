#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace signet {

// The two symmetric primitives the vault and key sharing build on: AES-256-GCM with a fresh random
// nonce and the caller's associated data (sealed: nonce (12) || ciphertext || tag (16)), and
// HKDF-SHA-256 for keys of one purpose.
class SealedBox {
public:
    static Result<QByteArray> seal(const SecretBytes& key, const SecretBytes& plaintext, const QByteArray& ad);
    // Fails when the key, the associated data or any byte of `sealed` is not what sealed it.
    static Result<SecretBytes> open(const SecretBytes& key, const QByteArray& sealed, const QByteArray& ad);
    static Result<SecretBytes> hkdf(const SecretBytes& key, const QByteArray& info);
};

} // namespace signet
