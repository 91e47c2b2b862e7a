#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/Extensions.h"
#include "crypto/OsslPtr.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <optional>
#include <vector>

namespace signet {

// An X.509 certificate, read-only. Move-only; clone() shares the underlying object.
//
// One read by fromDerDeferringKey leaves its public key undecoded until something needs it (the
// key, its description, matching a private key, or the X509 itself through get(), which then
// parses the certificate once more in full). Reading names, dates, extensions, fingerprints and
// checking its signature with an issuer's key need no second parse. One object, like a QString
// being written, is not for two threads at once; clones are.
class Certificate {
public:
    Certificate() = default;
    explicit Certificate(X509Ptr cert);

    static Result<Certificate> fromDer(const QByteArray& der);
    // For bulk reading (import): about eight times faster than fromDer with OpenSSL 3.0.
    static Result<Certificate> fromDerDeferringKey(const QByteArray& der);
    static Result<Certificate> fromPem(const QByteArray& pem); // the first CERTIFICATE block
    static Result<Certificate> fromData(const QByteArray& data); // PEM or DER
    static Result<std::vector<Certificate>> listFromPem(const QByteArray& pem);

    [[nodiscard]] Certificate clone() const;
    [[nodiscard]] bool isNull() const { return !m_cert; }
    [[nodiscard]] X509* get() const;

    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QString toText() const; // as `openssl x509 -text`

    [[nodiscard]] DistinguishedName subjectName() const;
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] QString commonName() const;
    [[nodiscard]] QString serialHex() const; // upper-case hex, no separators
    [[nodiscard]] QDateTime notBefore() const;
    [[nodiscard]] QDateTime notAfter() const;
    [[nodiscard]] int version() const; // 1..3

    [[nodiscard]] bool isCa() const;
    [[nodiscard]] int pathLength() const; // -1 when unlimited or not a CA
    [[nodiscard]] QStringList subjectAltNames() const; // "DNS:x", "IP:y", "email:z"
    [[nodiscard]] QStringList dnsNames() const;
    [[nodiscard]] QStringList emailAddresses() const;
    [[nodiscard]] QStringList keyUsage() const; // "digitalSignature", "keyCertSign", ...
    [[nodiscard]] QStringList extendedKeyUsage() const; // "serverAuth", "clientAuth", ...
    [[nodiscard]] QStringList crlDistributionPoints() const;
    [[nodiscard]] QStringList caIssuersUrls() const; // Authority Information Access, caIssuers
    [[nodiscard]] QStringList permittedDnsDomains() const;
    [[nodiscard]] QByteArray subjectKeyId() const;
    [[nodiscard]] QByteArray authorityKeyId() const;
    [[nodiscard]] QList<ExtensionInfo> extensions() const;

    [[nodiscard]] QString fingerprint(const EVP_MD* digest) const; // "AB:CD:..."
    [[nodiscard]] QString sha256Fingerprint() const { return fingerprint(EVP_sha256()); }
    [[nodiscard]] QString sha1Fingerprint() const { return fingerprint(EVP_sha1()); }
    [[nodiscard]] QString publicKeyDescription() const; // "RSA 2048", "ECDSA P-256", ...
    [[nodiscard]] QByteArray publicKeyDer() const;
    // The SubjectPublicKeyInfo as the certificate holds it (no key decoded or encoded).
    [[nodiscard]] QByteArray publicKeyInfoDer() const;
    [[nodiscard]] QString signatureAlgorithm() const;

    [[nodiscard]] bool isSelfIssued() const;
    [[nodiscard]] bool isSignedBy(const Certificate& issuer) const;
    [[nodiscard]] bool matchesKey(EVP_PKEY* key) const;

    static QDateTime fromAsn1Time(const ASN1_TIME* time);

private:
    struct Full;

    [[nodiscard]] bool verifiedBy(EVP_PKEY* issuerKey) const;
    [[nodiscard]] std::optional<bool> verifiedWithoutDecodedKey(EVP_PKEY* issuerKey) const;

    X509Ptr m_cert;
    std::shared_ptr<Full> m_full; // set when the key was deferred; shared by clones
};

} // namespace signet
