#pragma once

#include "pki/Profile.h"
#include "pki/RevocationReason.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace signet {

// Where a certificate stands, most urgent first (so the order is the order of attention).
// Superseded: renewed by a newer certificate, so its own expiry needs no attention.
enum class CertificateStatus { Altered, Revoked, Superseded, Expired, Expiring, NotYetValid, Valid };

// "altered", "revoked", "expired", "expiring", "not-yet-valid", "valid": the words of the command
// line and of JSON.
inline QString certificateStatusName(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Altered:
        return QStringLiteral("altered");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case CertificateStatus::Superseded:
        return QStringLiteral("superseded");
    case CertificateStatus::Expired:
        return QStringLiteral("expired");
    case CertificateStatus::Expiring:
        return QStringLiteral("expiring");
    case CertificateStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case CertificateStatus::Valid:
        break;
    }
    return QStringLiteral("valid");
}

inline std::optional<CertificateStatus> certificateStatusFromName(const QString& name)
{
    for (CertificateStatus s : {CertificateStatus::Altered, CertificateStatus::Revoked, CertificateStatus::Superseded,
                                CertificateStatus::Expired,
                                CertificateStatus::Expiring, CertificateStatus::NotYetValid, CertificateStatus::Valid}) {
        if (certificateStatusName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

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
    // SHA-256 of the public key (SubjectPublicKeyInfo DER): finds the certificate of a private key
    // through an index. A hint for look-ups, outside the MAC: a match is checked against the DER.
    QByteArray spkiSha256;
    qint64 lastCrlNumber = 0; // CAs: the number of the last CRL signed; the next one is higher
    qint64 revocations = 0;   // CAs: how many certificates they issued are revoked
    std::optional<qint64> renewedFrom;  // the certificate this one renews
    std::optional<qint64> supersededBy; // the certificate that renews this one
    QDateTime removedAt;  // valid: removed from the tree and the lists (restore brings it back)
    QDateTime releasedAt; // valid: a certificateHold ended; the next CRL says removeFromCRL
    // False when the row's MAC does not verify: it was changed outside Signet. Only lists made for
    // display carry such rows; every other read refuses them.
    bool authentic = true;

    // Where the certificate stands at `now`; expiring: within `expiringDays` of its end.
    [[nodiscard]] CertificateStatus statusAt(const QDateTime& now, int expiringDays = 30) const
    {
        if (!authentic) {
            return CertificateStatus::Altered;
        }
        if (revoked) {
            return CertificateStatus::Revoked;
        }
        if (supersededBy) {
            return CertificateStatus::Superseded;
        }
        if (notAfter <= now) {
            return CertificateStatus::Expired;
        }
        if (notAfter <= now.addDays(expiringDays)) {
            return CertificateStatus::Expiring;
        }
        if (notBefore > now) {
            return CertificateStatus::NotYetValid;
        }
        return CertificateStatus::Valid;
    }
};

} // namespace signet
