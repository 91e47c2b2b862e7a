#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/Extensions.h"
#include "crypto/OsslPtr.h"

namespace signet {

// A PKCS#10 certificate signing request made by someone else.
class CertificateRequest {
public:
    CertificateRequest() = default;
    explicit CertificateRequest(X509ReqPtr req);

    static Result<CertificateRequest> fromData(const QByteArray& data); // PEM or DER

    [[nodiscard]] X509_REQ* get() const { return m_req.get(); }
    [[nodiscard]] QByteArray toPem() const;
    [[nodiscard]] DistinguishedName subjectName() const;
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QStringList subjectAltNames() const;
    // The SAN extension exactly as requested, or null when there is none.
    [[nodiscard]] X509ExtensionPtr subjectAltNameExtension() const;
    [[nodiscard]] QList<ExtensionInfo> extensions() const;
    [[nodiscard]] QString publicKeyDescription() const;
    [[nodiscard]] EVP_PKEY* publicKey() const; // owned by the request
    // Checks the request's self-signature (proof of possession of the private key).
    [[nodiscard]] Status verifySignature() const;

private:
    X509ReqPtr m_req;
};

} // namespace signet
