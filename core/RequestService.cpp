#include "RequestService.h"

#include "IssueJob.h"

#include "WorkspaceContext.h"
#include "crypto/CertificateRequest.h"
#include "pki/CertificateIssuer.h"
#include "pki/Profile.h"
#include "pki/SubjectAltNames.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "RequestService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RequestService)
};

// The request's content, checked by the same rules as a certificate Signet issues itself.
Result<RequestContent> contentFor(const RequestOptions& typed)
{
    RequestOptions options = typed;
    const DistinguishedName* subject = &options.subject;
    if (Status st = SubjectAltNames::normalize(options.dnsNames, options.ipAddresses, options.emails); !st) {
        return st.error();
    }
    const bool named = !options.dnsNames.isEmpty() || !options.ipAddresses.isEmpty() || !options.emails.isEmpty();
    if (options.ca && named) {
        return makeError(Tr::tr("a CA's request names no hosts or addresses: only its subject"));
    }
    IssuanceRequest check;
    check.profile = options.ca ? Profile::IntermediateCa : Profile::Server;
    check.subject = *subject;
    check.dnsNames = options.dnsNames;
    check.ipAddresses = options.ipAddresses;
    check.emails = options.emails;
    if (Status st = CertificateIssuer::validate(check); !st) {
        return st.error();
    }
    if (!options.ca && subject->commonName().isEmpty() && !named) {
        return makeError(Tr::tr("the request needs a common name or at least one host name, address or e-mail address"));
    }
    return RequestContent{*subject, options.dnsNames, options.ipAddresses, options.emails, options.ca};
}

QString defaultName(const RequestContent& content)
{
    QString name = content.subject.commonName();
    for (const QStringList* names : {&content.dnsNames, &content.ipAddresses, &content.emails}) {
        if (name.isEmpty() && !names->isEmpty()) {
            name = names->front();
        }
    }
    return name;
}
} // namespace

Result<CreatedRequest> RequestService::create(const RequestOptions& options, PrivateKey presetKey)
{
    auto content = contentFor(options);
    if (!content) {
        return content.error();
    }
    const bool explicitName = !options.name.isEmpty();
    const QString wanted = explicitName ? options.name : defaultName(*content);
    // Checked before spending seconds on an RSA key; chosen again inside the transaction.
    if (auto name = m_ctx.uniqueName(wanted, explicitName); !name) {
        return name.error();
    }
    const KeySpec spec = options.key.value_or(defaultKeySpec(options.ca ? Profile::IntermediateCa : Profile::Server));
    auto key = presetKey.isNull() ? PrivateKey::generate(spec) : Result<PrivateKey>(std::move(presetKey));
    if (!key) {
        return key.error();
    }
    auto csr = CertificateRequest::create(*content, *key);
    if (!csr) {
        return csr.error();
    }
    if (Status st = csr->verifySignature(); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx.now();
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto name = m_ctx.uniqueName(wanted, explicitName);
    if (!name) {
        return name.error();
    }
    auto keyId = m_ctx.keys().store(*key, now);
    if (!keyId) {
        return keyId.error();
    }
    RequestRecord record;
    record.name = *name;
    record.keyId = *keyId;
    record.subject = csr->subject();
    record.isCa = options.ca;
    record.der = csr->toDer();
    record.createdAt = now;
    auto id = m_ctx.requests().insert(record);
    if (!id) {
        return id.error();
    }
    record.id = *id;
    if (Status st = m_ctx.audit(options.ca ? QStringLiteral("create-ca-request") : QStringLiteral("create-request"),
                                record.name,
                                QStringLiteral("subject=%1 key=%2").arg(record.subject, key->description()));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return CreatedRequest{std::move(record), csr->toPem()};
}

Result<QList<RequestRecord>> RequestService::pending()
{
    return m_ctx.requests().pending();
}

Result<CreatedRequest> RequestService::find(const QString& name)
{
    auto found = m_ctx.requests().byName(name);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(Tr::tr("no certificate request named '%1' in this workspace").arg(name));
    }
    auto csr = CertificateRequest::fromData((*found)->der);
    if (!csr) {
        return csr.error();
    }
    return CreatedRequest{std::move(**found), csr->toPem()};
}

Result<std::optional<RequestRecord>> RequestService::waitingFor(const Certificate& cert)
{
    auto keyId = m_ctx.keys().findByPublicKey(cert.publicKeyDer());
    if (!keyId) {
        return keyId.error();
    }
    if (!*keyId) {
        return std::optional<RequestRecord>();
    }
    return m_ctx.requests().pendingForKey(**keyId);
}

Status RequestService::answerWith(IssueJob& job, const CertificateRequest& csr, bool nameGiven)
{
    auto keyId = m_ctx.keys().findByPublicKey(csr.publicKeyDer());
    if (!keyId || !*keyId) {
        return keyId ? Status() : Status(keyId.error());
    }
    auto request = m_ctx.requests().pendingForKey(**keyId);
    if (!request || !*request) {
        return request ? Status() : Status(request.error());
    }
    job.requestName = (*request)->name;
    if (!nameGiven) {
        job.name = (*request)->name;
    }
    job.auditDetails += QStringLiteral(" request=%1").arg((*request)->name);
    // The job outlives this service object: the hook holds the context, not `this`.
    job.afterStore = [&ctx = m_ctx, waiting = **request, key = **keyId](const CertificateRecord& record) -> Status {
        if (Status st = ctx.certificates().setKey(record.id, key); !st) {
            return st;
        }
        return ctx.requests().complete(waiting, record.id);
    };
    return {};
}

Result<QString> RequestService::keepWaiting(const CertificateRequest& csr, const PrivateKey& key, const QString& wanted)
{
    if (key.publicKeyDer() != csr.publicKeyDer()) {
        return makeError(Tr::tr("its private key is not the request's"));
    }
    if (Status st = csr.verifySignature(); !st) {
        return st.error();
    }
    auto name = m_ctx.uniqueName(wanted, false);
    if (!name) {
        return name.error();
    }
    const QDateTime now = m_ctx.now();
    auto keyId = m_ctx.keys().store(key, now);
    if (!keyId) {
        return keyId.error();
    }
    RequestRecord record;
    record.name = *name;
    record.keyId = *keyId;
    record.subject = csr.subject();
    record.der = csr.toDer();
    record.createdAt = now;
    if (auto id = m_ctx.requests().insert(record); !id) {
        return id.error();
    }
    return *name;
}

} // namespace signet
