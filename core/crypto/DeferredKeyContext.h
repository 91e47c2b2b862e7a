#pragma once

#include <openssl/types.h>

namespace signet {

// A library context for reading certificates without decoding their public keys.
//
// OpenSSL 3.0 decodes the public key of every certificate it parses, and finding the decoder for
// it costs about 85 % of a d2i_X509: an import of a million certificates spent most of its time
// there, for keys it never used. This context holds no key management and no decoders, so a
// certificate parsed in it skips that step (its key stays undecoded), and only the SHA-1 and
// SHA-256 digests that OpenSSL computes while reading a certificate's extensions and fingerprint.
// Those digests are answered by the default context's own implementations.
//
// Certificate::fromDerDeferringKey uses it; everything that needs the key parses it again in the
// default context (see Certificate).
OSSL_LIB_CTX* deferredKeyContext();

} // namespace signet
