#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/Extensions.h"
#include "crypto/OsslPtr.h"

namespace signet {

class PrivateKey;

// What a request made here asks for. The names are taken as given: the caller has checked them.
struct RequestContent {
    DistinguishedName subject;
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    // A CA request also asks for basicConstraints CA:TRUE and keyCertSign + cRLSign, so that the
    // outside CA sees what is wanted (it decides what it grants).
    bool ca = false;
};

// A PKCS#10 certificate signing request: made by someone else, or here for an outside CA.
class CertificateRequest {
public:
    CertificateRequest() = default;
    explicit CertificateRequest(X509ReqPtr req);

    static Result<CertificateRequest> fromData(const QByteArray& data); // PEM or DER
    // A request for `content`, signed with `key` (proof of possession); the key itself stays out.
    static Result<CertificateRequest> create(const RequestContent& content, const PrivateKey& key);

    [[nodiscard]] X509_REQ* get() const { return m_req.get(); }
    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] DistinguishedName subjectName() const;
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QStringList subjectAltNames() const;
    // The SAN extension exactly as requested, or null when there is none.
    [[nodiscard]] X509ExtensionPtr subjectAltNameExtension() const;
    [[nodiscard]] QList<ExtensionInfo> extensions() const;
    [[nodiscard]] QString publicKeyDescription() const;
    [[nodiscard]] EVP_PKEY* publicKey() const; // owned by the request
    [[nodiscard]] QByteArray publicKeyDer() const; // SubjectPublicKeyInfo, as the key vault finds keys by
    // Checks the request's self-signature (proof of possession of the private key).
    [[nodiscard]] Status verifySignature() const;

private:
    X509ReqPtr m_req;
};

} // namespace signet
