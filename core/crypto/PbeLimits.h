#pragma once

#include "Result.h"
#include "crypto/OsslPtr.h"

#include <QByteArray>

namespace signet {

// How much work a password-protected file may demand before Signet decrypts it. Key derivation runs
// for as many iterations as the file names, and nothing can stop it once started: an encrypted key
// or PKCS#12 file naming two billion PBKDF2 iterations would hold an import for hours.
class PbeLimits {
public:
    // Common defaults are far below: OpenSSL 2048, Windows 2000, Java 10,000, OWASP's advice 600,000.
    static constexpr qint64 kMaxIterations = 1'000'000;

    // The key derivation of a PBES1, PKCS#12 or PBES2 (PBKDF2 or scrypt) algorithm identifier.
    // Identifiers of other algorithms pass: what they are is for the decoder to judge.
    static Status check(const X509_ALGOR* algorithm);
    // An encrypted PKCS#8 key in PEM or DER; other data passes.
    static Status checkEncryptedKey(const QByteArray& data);
    // A PKCS#12 file's MAC and every encryption inside it that `password` opens.
    static Status checkPkcs12(const PKCS12* p12, const QByteArray& password);
};

} // namespace signet
