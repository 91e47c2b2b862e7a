#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/OsslPtr.h"
#include "pki/IssuanceRequest.h"

#include <QDateTime>

namespace signet {

// Turns an IssuanceRequest into a signed v3 certificate with the extensions its profile promises.
class CertificateIssuer {
public:
    struct Signer {
        const Certificate* certificate = nullptr; // null: self-signed (the subject key signs)
        EVP_PKEY* key = nullptr;
    };

    // `subjectKey` needs only its public half. `requestedSan` (from a CSR) replaces the SAN the
    // request would build, so that a CSR's names reach the certificate unchanged.
    static Result<Certificate> issue(const IssuanceRequest& request, EVP_PKEY* subjectKey, const Signer& signer,
                                     const QByteArray& serial, const QDateTime& now,
                                     X509_EXTENSION* requestedSan = nullptr);

    // Checks the request's own values before any key is made. What clients refuse (Apple's 825 days,
    // RSA below 2048 bits, ...) is the Linter's to judge, on the certificate that was built.
    static Status validate(const IssuanceRequest& request);
};

} // namespace signet
