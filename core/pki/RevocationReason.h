#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

// RFC 5280 5.3.1 CRLReason codes. 7 is unused; 8 (removeFromCRL) is no reason to revoke: it is the
// entry that ends a certificateHold (kRemoveFromCrlCode), so it is not among them.
enum class RevocationReason {
    Unspecified = 0,
    KeyCompromise = 1,
    CaCompromise = 2,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    CertificateHold = 6,
    PrivilegeWithdrawn = 9,
    AaCompromise = 10,
};

// By the names administrators type ("keyCompromise"), case-insensitive.
std::optional<RevocationReason> revocationReasonFromName(const QString& name);
QString revocationReasonName(RevocationReason reason);
// The reason with RFC 5280 code `code`, when it is one a full CRL may carry.
std::optional<RevocationReason> revocationReasonFromCode(int code);
inline int revocationReasonCode(RevocationReason reason) { return static_cast<int>(reason); }
// The CRL entry reason of a released certificateHold: relying parties treat the serial as not revoked.
inline constexpr int kRemoveFromCrlCode = 8;
QStringList revocationReasonNames();

} // namespace signet
