#pragma once

#include "JsonText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

class Certificate;
struct CertificateRecord;

// How `list` and `show` present a certificate: the JSON objects scripts read (their keys are
// documented in the README, so they change only with it) and the summary people read.
class CertificateView {
public:
    // "id", "name", "type", "subject", "issuer", "issuerName", "serial", "notBefore", "notAfter",
    // "status", "isCa", "hasKey", "sans", "sha256", "revokedAt", "revocationReason".
    static QJsonObject summary(const CertificateRecord& record, const std::optional<QString>& issuerName,
                               const QDateTime& now);
    // The same object as text is written without building it: for lists of any length.
    static JsonText summaryText(const CertificateRecord& record, const std::optional<QString>& issuerName,
                                const QDateTime& now);
    // summary() plus "keyUsage", "extendedKeyUsage", "extensions", "sha1", "publicKey",
    // "signatureAlgorithm" and "chain" (names from the certificate up to its root).
    static QJsonObject details(const CertificateRecord& record, const Certificate& cert,
                               const std::optional<QString>& issuerName, const QStringList& chain,
                               const QDateTime& now);
    static QString humanText(const CertificateRecord& record, const Certificate& cert,
                             const std::optional<QString>& issuerName, const QDateTime& now);

    // ISO 8601 in UTC with a Z: 2027-12-25T10:00:00Z
    static QString isoUtc(const QDateTime& at);
    // A root names itself as its issuer: linked to itself, or (imported) a CA whose issuer is its subject.
    static bool issuedItself(const CertificateRecord& record);
};

} // namespace signet
