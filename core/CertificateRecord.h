#pragma once

#include "pki/Profile.h"
#include "pki/RevocationReason.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace signet {

// One certificate as the workspace stores it: the DER plus the columns that lists and filters need.
struct CertificateRecord {
    qint64 id = 0;
    QString name;
    std::optional<qint64> issuerId; // empty for roots and for certificates whose issuer is not here
    std::optional<qint64> keyId;    // empty when the workspace holds no private key for it
    QString serial;                 // upper-case hex
    QString subject;
    QString commonName;
    QString issuerDn;
    QStringList sans;
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
    Profile profile = Profile::Imported;
    bool revoked = false;
    QDateTime revokedAt;
    RevocationReason revocationReason = RevocationReason::Unspecified;
    QString crlUrl; // CAs: where this CA's CRL is published
    QString aiaUrl; // CAs: where this CA's certificate is published (Authority Information Access)
    QString sha256;
    QByteArray der;
    qint64 lastCrlNumber = 0; // CAs: the number of the last CRL signed; the next one is higher
    qint64 revocations = 0;   // CAs: how many certificates they issued are revoked
    // False when the row's MAC does not verify: it was changed outside Signet. Only lists made for
    // display carry such rows; every other read refuses them.
    bool authentic = true;

    // "altered", "revoked", "expired", "expiring" (within `expiringDays`) or "valid".
    [[nodiscard]] QString statusAt(const QDateTime& now, int expiringDays = 30) const
    {
        if (!authentic) {
            return QStringLiteral("altered");
        }
        if (revoked) {
            return QStringLiteral("revoked");
        }
        if (notAfter <= now) {
            return QStringLiteral("expired");
        }
        if (notAfter <= now.addDays(expiringDays)) {
            return QStringLiteral("expiring");
        }
        if (notBefore > now) {
            return QStringLiteral("not-yet-valid");
        }
        return QStringLiteral("valid");
    }
};

} // namespace signet
