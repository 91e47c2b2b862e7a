#pragma once

#include "Result.h"

#include <openssl/types.h>

namespace signet {

// Which kind of key to generate, as administrators write it: rsa:4096, ec:p256, ed25519, ...
struct KeySpec {
    enum class Algorithm { Rsa, Ec, Ed25519 };
    Algorithm algorithm = Algorithm::Ec;
    int rsaBits = 0;      // RSA only
    QString curve;        // EC only: OpenSSL group name, e.g. "P-256"

    static Result<KeySpec> parse(const QString& text);
    static QStringList supportedNames();
    // The kind of an existing key, when it is one Signet makes (a re-key makes the same kind again).
    static Result<KeySpec> of(EVP_PKEY* key);
    [[nodiscard]] QString name() const;        // canonical text, e.g. "ec:p256"
    [[nodiscard]] QString description() const; // e.g. "ECDSA P-256"
};

} // namespace signet
