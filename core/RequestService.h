#pragma once

#include "Result.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "store/RequestRepository.h"

#include <QStringList>

#include <optional>

namespace signet {

class Certificate;
class CertificateRequest;
class WorkspaceContext;
struct IssueJob;

// A certificate signing request to make here, for a CA outside the workspace.
struct RequestOptions {
    QString name;       // in the workspace; defaults to the common name (or the first name asked for)
    DistinguishedName subject;
    // As people type them: normalized as for issuing (SubjectAltNames::normalize).
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    std::optional<KeySpec> key; // none: defaultKeySpec() of a leaf, or of a CA
    // An intermediate CA's request (for an offline or outside root): it names no hosts, and the
    // certificate imported for it becomes a CA that can issue here.
    bool ca = false;
};

// A stored request and its PKCS#10 text, ready to hand to the outside CA.
struct CreatedRequest {
    RequestRecord record;
    QByteArray pem;
};

// Requests made here (or brought along by import-ca): a new key sealed in the vault (it never leaves it unencrypted) and a signed
// PKCS#10 request for it. Importing the certificate the outside CA signed gives that certificate
// the key and the request's name (ImportService, through waitingFor).
class RequestService {
public:
    explicit RequestService(WorkspaceContext& context) : m_ctx(context) {}

    // One transaction with one audit record; nothing is stored when the subject, a name or the
    // key type is refused. `presetKey`, when given, is used instead of generating one.
    Result<CreatedRequest> create(const RequestOptions& options, PrivateKey presetKey = {});
    Result<QList<RequestRecord>> pending();
    // A request by its name, pending or done, and its PEM text.
    Result<CreatedRequest> find(const QString& name);
    // The pending request whose key `cert` certifies, if any.
    Result<std::optional<RequestRecord>> waitingFor(const Certificate& cert);
    // When `csr` is a request waiting here (made here, or brought along by import-ca with its key),
    // the certificate signed for it answers it: takes its name unless `nameGiven`, gets its key from
    // the vault, and completes it, in the signing's transaction.
    Status answerWith(IssueJob& job, const CertificateRequest& csr, bool nameGiven);
    // Keeps a request of a migrated CA that waits to be signed, with its key (checked to match), under
    // a free name like `wanted`; inside the caller's transaction. Returns the name it got.
    Result<QString> keepWaiting(const CertificateRequest& csr, const PrivateKey& key, const QString& wanted);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
