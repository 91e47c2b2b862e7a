#pragma once

#include "Result.h"
#include "pki/Linter.h"

#include <openssl/evp.h>

namespace signet {

class Certificate;
class LintFindings;

// The keys Signet certifies, whether it makes them ('issue') or a request brings them ('sign'):
// RSA of 2048 bits or more, ECDSA on P-256, P-384 or P-521, and Ed25519 (with Ed25519Rules'
// findings). Others fail somewhere: secp256k1 and Ed448 in every browser and in TLS libraries that
// do not offer them, DSA everywhere (TLS 1.3 dropped it), RSA below 2048 bits at OpenSSL's default
// security level and on Apple devices.
//
// Rules: signet.key.type (error; RSA below 2048 bits reports apple.key.rsa-2048 for servers and CAs
// instead, so a key is named once).
class KeyRules {
public:
    static Status checkSupported(EVP_PKEY* key);
    static void check(const Certificate& cert, LintContext::Purpose purpose, LintFindings& out);
};

} // namespace signet
