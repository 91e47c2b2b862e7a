#pragma once

#include "Result.h"
#include "crypto/OsslPtr.h"

#include <QDateTime>

#include <vector>

namespace signet {

class Certificate;

struct RevokedEntry {
    QString serialHex;
    QDateTime revokedAt;
    int reason = -1; // RFC 5280 CRLReason, -1 when the CRL entry carries none
};

// A certificate revocation list.
class Crl {
public:
    Crl() = default;
    explicit Crl(X509CrlPtr crl);

    static Result<Crl> fromData(const QByteArray& data); // PEM or DER
    // The PEM form of a CRL's DER, as OpenSSL writes it, made without parsing the DER.
    static QByteArray pemFromDer(const QByteArray& der);

    [[nodiscard]] X509_CRL* get() const { return m_crl.get(); }
    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] int version() const; // 1 or 2
    [[nodiscard]] QDateTime lastUpdate() const;
    [[nodiscard]] QDateTime nextUpdate() const;
    [[nodiscard]] qint64 crlNumber() const; // -1 when absent
    [[nodiscard]] QByteArray authorityKeyId() const;
    [[nodiscard]] std::vector<RevokedEntry> revoked() const;
    [[nodiscard]] bool isSignedBy(const Certificate& issuer) const;

private:
    X509CrlPtr m_crl;
};

} // namespace signet
