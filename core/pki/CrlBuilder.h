#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"

#include <vector>

namespace signet {

// Builds a v2 CRL (AKI, CRL number, nextUpdate, reason codes) signed by a CA.
class CrlBuilder {
public:
    static Result<Crl> build(const Certificate& ca, EVP_PKEY* caKey, const std::vector<RevokedEntry>& entries,
                             qint64 crlNumber, const QDateTime& now, int validityDays);
};

} // namespace signet
