#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace signet {

// A member's key pair for receiving secrets (X25519), and wrapping a secret for a public key so
// that only the holder of the private key opens it: an ephemeral X25519 key agreement, HKDF-SHA-256
// over the shared secret and both public keys, AES-256-GCM under the caller's associated data.
// Wrapped: ephemeral public key (32) || nonce (12) || ciphertext || tag (16).
class KeyWrap {
public:
    struct KeyPair {
        SecretBytes privateKey; // raw, 32 bytes
        QByteArray publicKey;   // raw, 32 bytes
    };

    static Result<KeyPair> generate();
    // The raw public key of a raw private key.
    static Result<QByteArray> publicKeyOf(const SecretBytes& privateKey);
    static Result<QByteArray> wrap(const SecretBytes& secret, const QByteArray& recipientPublicKey, const QByteArray& ad);
    static Result<SecretBytes> unwrap(const QByteArray& wrapped, const SecretBytes& recipientPrivateKey,
                                      const QByteArray& ad);
    // A fresh random 256-bit key.
    static Result<SecretBytes> randomKey();
};

} // namespace signet
