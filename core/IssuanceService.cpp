#include "IssuanceService.h"

#include "RequestService.h"

#include "IssueJob.h"
#include "WorkspaceContext.h"
#include "crypto/CertificateRequest.h"
#include "crypto/PrivateKey.h"
#include "crypto/Serial.h"
#include "pki/CertificateIssuer.h"
#include "pki/ChainVerifier.h"
#include "pki/KeyRules.h"
#include "pki/Linter.h"
#include "pki/NameConstraints.h"
#include "pki/NameRules.h"
#include "pki/SubjectAltNames.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IssuanceService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IssuanceService)
};
int effectiveDays(int requested, Profile profile, const CertificateRecord* issuer, const QDateTime& now)
{
    if (requested > 0) {
        return requested;
    }
    int days = defaultValidityDays(profile);
    if (issuer != nullptr) {
        const qint64 left = (issuer->notAfter.toSecsSinceEpoch() - now.toSecsSinceEpoch()) / 86400;
        days = static_cast<int>(std::clamp<qint64>(left, 1, days));
    }
    return days;
}

// A new CA below `issuer` adds one CA under every CA above it; RFC 5280 4.2.1.9 caps that count.
Status checkPathLength(WorkspaceContext& ctx, const CertificateRecord& issuer)
{
    auto chain = ctx.chainOf(issuer);
    if (!chain) {
        return chain.error();
    }
    for (std::size_t i = 0; i < chain->size(); ++i) {
        auto cert = ctx.certificateOf((*chain)[i]);
        if (!cert) {
            return cert.error();
        }
        const int limit = cert->pathLength();
        if (limit >= 0 && static_cast<int>(i) + 1 > limit) {
            return makeError(Tr::tr("CA '%1' has path length %2, so it allows no further CA level below '%3'")
                                 .arg((*chain)[i].name)
                                 .arg(limit)
                                 .arg(issuer.name));
        }
    }
    return {};
}
// The deepest path length a new CA below `issuer` may have (-1: no limit): each CA above leaves
// its own path length minus the levels already below it.
Result<int> allowedPathLength(WorkspaceContext& ctx, const CertificateRecord& issuer)
{
    auto chain = ctx.chainOf(issuer);
    if (!chain) {
        return chain.error();
    }
    int allowed = -1;
    for (std::size_t i = 0; i < chain->size(); ++i) {
        auto cert = ctx.certificateOf((*chain)[i]);
        if (!cert) {
            return cert.error();
        }
        if (const int limit = cert->pathLength(); limit >= 0) {
            const int left = limit - static_cast<int>(i) - 1;
            allowed = allowed < 0 ? left : std::min(allowed, left);
        }
    }
    return allowed;
}

// A CA certificate for a request: what the signer grants (path length, name constraints); the
// names the request asks for are a leaf's business and are not copied.
Status grantCa(WorkspaceContext& ctx, const CertificateRecord& issuer, const CsrOptions& options,
               IssuanceRequest& request)
{
    if (Status st = checkPathLength(ctx, issuer); !st) {
        return st;
    }
    auto allowed = allowedPathLength(ctx, issuer);
    if (!allowed) {
        return allowed.error();
    }
    request.pathLength = options.pathLength;
    if (*allowed >= 0 && options.pathLength < 0) {
        request.pathLength = *allowed;
    } else if (*allowed >= 0 && options.pathLength > *allowed) {
        return makeError(Tr::tr("CA '%1' allows at most path length %2 for a CA it signs, not %3")
                             .arg(issuer.name)
                             .arg(*allowed)
                             .arg(options.pathLength));
    }
    request.permittedDns = options.permittedDns;
    request.permittedIps = options.permittedIps;
    request.permittedEmails = options.permittedEmails;
    return {};
}

// Each CA above names what its constraints forbid, where OpenSSL's verifier would name only its code.
Status checkNameConstraints(const Certificate& cert, const std::vector<CertificateRecord>& chain,
                            const std::vector<Certificate>& chainCerts)
{
    const NameConstraints own = NameConstraints::of(cert); // a new CA's, to compare with those above
    for (std::size_t i = 0; i < chainCerts.size(); ++i) {
        const NameConstraints above = NameConstraints::of(chainCerts[i]);
        if (above.isEmpty()) {
            continue;
        }
        if (Status st = above.check(cert, chain[i].name); !st) {
            return st;
        }
        if (Status st = above.checkSubordinate(own, chain[i].name); !st) {
            return st;
        }
    }
    return {};
}
} // namespace

Result<SigningAuthority> IssuanceService::authority(const CertificateRecord& ca)
{
    SigningAuthority authority;
    auto links = m_ctx.chainOf(ca);
    if (!links) {
        return links.error();
    }
    authority.chain = std::move(links).value();
    for (const CertificateRecord& link : authority.chain) {
        auto cert = m_ctx.certificateOf(link);
        if (!cert) {
            return cert.error();
        }
        authority.chainCerts.push_back(std::move(cert).value());
    }
    auto key = m_ctx.keyOf(ca);
    if (!key) {
        return key.error();
    }
    authority.key = std::move(key).value();
    return authority;
}

Result<SignedCertificate> IssuanceService::sign(const IssueJob& job, const SigningAuthority* ca, const QDateTime& now,
                                               bool openSslVerify)
{
    auto serial = randomSerial();
    if (!serial) {
        return serial.error();
    }
    const PrivateKey* ownKey = job.newKey != nullptr ? job.newKey : job.keptKey;
    if (ca == nullptr && ownKey == nullptr) {
        return makeError(Tr::tr("a self-signed certificate needs its own private key"));
    }
    CertificateIssuer::Signer signer{ca ? &ca->chainCerts.front() : nullptr, ca ? ca->key.get() : ownKey->get()};
    auto cert = CertificateIssuer::issue(job.request, job.publicKey, signer, *serial, now, job.requestedSan);
    if (!cert) {
        return cert.error();
    }

    // Refuse what a TLS peer would refuse (name constraints, path length) before storing it.
    static const std::vector<CertificateRecord> noChain;
    static const std::vector<Certificate> noCerts;
    if (Status st = checkNameConstraints(*cert, ca ? ca->chain : noChain, ca ? ca->chainCerts : noCerts); !st) {
        return makeError(Tr::tr("refusing to issue a certificate that would not verify: %1").arg(st.error().message));
    }
    ChainVerifier::Input check;
    check.leaf = &*cert;
    if (ca == nullptr) {
        check.roots.push_back(&*cert);
    } else {
        for (std::size_t i = 0; i + 1 < ca->chainCerts.size(); ++i) {
            check.intermediates.push_back(&ca->chainCerts[i]);
        }
        check.roots.push_back(&ca->chainCerts.back());
    }
    check.at = now;
    if (Status st = openSslVerify ? ChainVerifier::verify(check) : Status(); !st) {
        return makeError(Tr::tr("refusing to issue a certificate that would not verify"), st.error().toString());
    }
    // Then what clients reject although OpenSSL accepts it (Apple's and Chrome's rules): `force` overrides.
    QList<LintFinding> findings = Linter::lint(*cert, ca != nullptr ? &ca->chainCerts.front() : nullptr,
                                               LintContext::forProfile(job.request.profile));
    if (!job.force && Linter::hasErrors(findings)) {
        Error refused = makeError(Tr::tr("refusing to issue a certificate that clients would reject: %1")
                                      .arg(Linter::describe(Linter::errors(findings))));
        refused.forceable = true;
        refused.findings = findings;
        return refused;
    }
    CertificateRecord record = CertificateRepository::recordFor(*cert);
    record.profile = job.request.profile;
    record.crlUrl = job.ownCrlUrl;
    record.aiaUrl = job.ownAiaUrl;
    if (job.ca != nullptr) {
        record.issuerId = job.ca->id;
    }
    return SignedCertificate{std::move(cert).value(), std::move(findings), std::move(record)};
}

Result<CertificateRecord> IssuanceService::store(const IssueJob& job, const SignedCertificate& signedCert, const QDateTime& now)
{
    CertificateRecord record = signedCert.record;
    auto name = m_ctx.uniqueName(job.name, job.explicitName, job.requestName);
    if (!name) {
        return name.error();
    }
    record.name = *name;
    record.keyId = job.keptKeyId;
    if (job.newKey != nullptr) {
        auto keyId = job.preparedNewKey != nullptr ? m_ctx.keys().store(*job.preparedNewKey, now)
                                                   : m_ctx.keys().store(*job.newKey, now);
        if (!keyId) {
            return keyId.error();
        }
        record.keyId = *keyId;
    }
    auto id = m_ctx.certificates().insert(record, now);
    if (!id) {
        return id.error();
    }
    record.id = *id;
    return record;
}

Result<Issued> IssuanceService::run(const IssueJob& job)
{
    const QDateTime now = m_ctx.now();
    // Checked here to fail early; chosen again inside the transaction, where no one else can take it.
    if (!job.beforeStore) {
        if (auto name = m_ctx.uniqueName(job.name, job.explicitName, job.requestName); !name) {
            return name.error();
        }
    }
    std::optional<SigningAuthority> ca;
    if (job.ca != nullptr) {
        auto loaded = authority(*job.ca);
        if (!loaded) {
            return loaded.error();
        }
        ca = std::move(loaded).value();
    }
    auto signedCert = sign(job, ca ? &*ca : nullptr, now);
    if (!signedCert) {
        return signedCert.error();
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    if (job.beforeStore) {
        if (Status st = job.beforeStore(); !st) {
            return st.error();
        }
    }
    auto record = store(job, *signedCert, now);
    if (!record) {
        return record.error();
    }
    if (job.afterStore) {
        if (Status st = job.afterStore(*record); !st) {
            return st.error();
        }
    }
    if (Status st = m_ctx.audit(job.action, record->name,
                                QStringLiteral("serial=%1 subject=%2").arg(record->serial, record->subject) + job.auditDetails);
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return Issued{std::move(record).value(), std::move(signedCert->findings)};
}

Result<Issued> IssuanceService::createCa(const CaOptions& options, PrivateKey presetKey)
{
    if (!options.crlUrl.isEmpty()) {
        if (Status st = NameRules::checkCrlUrl(options.crlUrl); !st) {
            return st.error();
        }
    }
    if (!options.aiaUrl.isEmpty()) {
        if (Status st = NameRules::checkCaIssuersUrl(options.aiaUrl); !st) {
            return st.error();
        }
    }
    std::optional<CertificateRecord> issuer;
    if (!options.issuer.isNull()) {
        auto ca = m_ctx.resolveSigningCa(options.issuer);
        if (!ca) {
            return ca.error();
        }
        issuer = std::move(ca).value();
        if (Status st = checkPathLength(m_ctx, *issuer); !st) {
            return st.error();
        }
    }
    IssueJob job;
    job.request.profile = issuer ? Profile::IntermediateCa : Profile::RootCa;
    job.request.subject = options.subject;
    job.request.validityDays =
        effectiveDays(options.days, job.request.profile, issuer ? &*issuer : nullptr, m_ctx.now());
    job.request.pathLength = options.pathLength;
    job.request.permittedDns = options.permittedDns;
    job.request.permittedIps = options.permittedIps;
    job.request.permittedEmails = options.permittedEmails;
    job.request.crlDistributionPoint = issuer ? issuer->crlUrl : QString();
    job.request.caIssuersUrl = issuer ? issuer->aiaUrl : QString();
    if (Status st = CertificateIssuer::validate(job.request); !st) {
        return st.error();
    }
    // Check the name before spending seconds on an RSA key.
    if (auto name = m_ctx.uniqueName(options.name, true); !name) {
        return name.error();
    }
    auto key = presetKey.isNull() ? PrivateKey::generate(options.key.value_or(defaultKeySpec(job.request.profile)))
                                  : Result<PrivateKey>(std::move(presetKey));
    if (!key) {
        return key.error();
    }
    job.name = options.name;
    job.explicitName = true;
    job.ca = issuer ? &*issuer : nullptr;
    job.newKey = &*key;
    job.publicKey = key->get();
    job.ownCrlUrl = options.crlUrl;
    job.ownAiaUrl = options.aiaUrl;
    job.action = issuer ? QStringLiteral("create-intermediate-ca") : QStringLiteral("create-root-ca");
    job.force = options.force;
    return run(job);
}

Status IssuanceService::prepareLeaf(LeafOptions& options, const CertificateRecord& ca, const QDateTime& now,
                                    IssueJob& job)
{
    // The names as people type them (an internationalized domain, upper case) as certificates carry them.
    if (Status st = SubjectAltNames::normalize(options.dnsNames, options.ipAddresses, options.emails); !st) {
        return st;
    }
    if (isCaProfile(options.profile)) {
        return makeError(Tr::tr("a certificate authority is not issued as a leaf certificate: create a CA instead"));
    }
    job.request.profile = options.profile;
    job.request.subject = options.subject;
    QString cn = job.request.subject.commonName();
    if (cn.isEmpty()) {
        cn = options.dnsNames.isEmpty() ? QString() : options.dnsNames.front();
        if (cn.isEmpty() && !options.ipAddresses.isEmpty()) {
            cn = options.ipAddresses.front();
        }
        if (cn.isEmpty()) {
            return makeError(options.profile == Profile::Client ? Tr::tr("a client certificate needs a common name")
                                                                : Tr::tr("a server certificate needs at least one host name or IP address"));
        }
        job.request.subject.setCommonName(cn);
    }
    const bool server = options.profile == Profile::Server || options.profile == Profile::ServerClient;
    if (server && options.dnsNames.isEmpty() && options.ipAddresses.isEmpty()) {
        return makeError(Tr::tr("a server certificate needs at least one host name or IP address "
                                "(browsers ignore the common name)"));
    }
    job.request.dnsNames = options.dnsNames;
    job.request.ipAddresses = options.ipAddresses;
    job.request.emails = options.emails;
    job.request.validityDays = effectiveDays(options.days, options.profile, &ca, now);
    job.request.crlDistributionPoint = ca.crlUrl;
    job.request.caIssuersUrl = ca.aiaUrl;
    if (Status st = CertificateIssuer::validate(job.request); !st) {
        return st;
    }
    job.name = options.name.isEmpty() ? cn : options.name;
    job.explicitName = !options.name.isEmpty();
    job.ca = &ca;
    job.action = QStringLiteral("issue-") + profileName(options.profile);
    job.force = options.force;
    return {};
}

Result<Issued> IssuanceService::issue(const LeafOptions& typed, PrivateKey presetKey)
{
    LeafOptions options = typed;
    auto ca = m_ctx.resolveSigningCa(options.ca);
    if (!ca) {
        return ca.error();
    }
    IssueJob job;
    if (Status st = prepareLeaf(options, *ca, m_ctx.now(), job); !st) {
        return st.error();
    }
    if (auto name = m_ctx.uniqueName(job.name, job.explicitName); !name) {
        return name.error();
    }
    auto key = presetKey.isNull() ? PrivateKey::generate(options.key.value_or(defaultKeySpec(options.profile)))
                                  : Result<PrivateKey>(std::move(presetKey));
    if (!key) {
        return key.error();
    }
    job.newKey = &*key;
    job.publicKey = key->get();
    return run(job);
}

Result<Issued> IssuanceService::signCsr(const CsrOptions& options)
{
    const bool caRequest = options.profile == Profile::IntermediateCa;
    if (options.profile == Profile::RootCa || options.profile == Profile::Imported) {
        return makeError(Tr::tr("CSRs can be signed as server, client, server-client or intermediate CA certificates"));
    }
    if (!caRequest && (options.pathLength >= 0 || !options.permittedDns.isEmpty() || !options.permittedIps.isEmpty()
                       || !options.permittedEmails.isEmpty())) {
        return makeError(Tr::tr("a path length and name constraints belong to CA certificates only"));
    }
    auto ca = m_ctx.resolveSigningCa(options.ca);
    if (!ca) {
        return ca.error();
    }
    auto stored = options.request.isEmpty() ? Result<CreatedRequest>(CreatedRequest{}) : RequestService(m_ctx).find(options.request);
    if (!stored || (!options.request.isEmpty() && !stored->record.pending())) {
        return stored ? makeError(Tr::tr("the request '%1' has its certificate already").arg(options.request))
                      : stored.error();
    }
    auto csr = CertificateRequest::fromData(options.request.isEmpty() ? options.csr : stored->record.der);
    if (!csr) {
        return csr.error();
    }
    if (Status st = csr->verifySignature(); !st) {
        return st.error();
    }
    // The same keys as 'issue' can make; what the request names is the linter's (SanRules) to judge.
    if (Status st = KeyRules::checkSupported(csr->publicKey()); !st) {
        return st.error();
    }
    IssueJob job;
    job.request.profile = options.profile;
    job.request.subject = csr->subjectName();
    job.request.validityDays = effectiveDays(options.days, options.profile, &*ca, m_ctx.now());
    job.request.crlDistributionPoint = ca->crlUrl;
    job.request.caIssuersUrl = ca->aiaUrl;
    X509ExtensionPtr san = caRequest ? X509ExtensionPtr() : csr->subjectAltNameExtension();
    const QString cn = job.request.subject.commonName();
    const bool server = options.profile != Profile::Client && !caRequest;
    if (caRequest) {
        if (Status st = grantCa(m_ctx, *ca, options, job.request); !st) {
            return st.error();
        }
    }
    if (!san && server) {
        // Browsers ignore the CN: a server CSR without SANs gets its CN as the one DNS name.
        if (cn.isEmpty()) {
            return makeError(Tr::tr("the request has neither subject alternative names nor a common name"));
        }
        // Read as a typed name is: an address becomes an IP entry, a host name its xn--, lower-case form.
        auto entry = SubjectAltNames::parse(cn);
        if (!entry || (entry->kind != SanEntry::Kind::Dns && entry->kind != SanEntry::Kind::Ip)) {
            return makeError(Tr::tr("the request has no subject alternative names, and its common name '%1' is "
                                    "neither a host name nor an IP address")
                                 .arg(NameRules::printable(cn)));
        }
        (entry->kind == SanEntry::Kind::Ip ? job.request.ipAddresses : job.request.dnsNames) << entry->value;
    }
    if (job.request.subject.isEmpty()) {
        return makeError(Tr::tr("the request has an empty subject"));
    }
    if (Status st = CertificateIssuer::validate(job.request); !st) {
        return st.error();
    }
    QString wanted = options.name;
    if (wanted.isEmpty()) {
        wanted = !cn.isEmpty() ? cn : csr->subjectAltNames().value(0, csr->subject());
    }
    job.name = wanted;
    job.explicitName = !options.name.isEmpty();
    job.ca = &*ca;
    job.publicKey = csr->publicKey();
    job.requestedSan = san.get();
    job.action = caRequest ? QStringLiteral("sign-ca-csr") : QStringLiteral("sign-csr");
    job.force = options.force;
    if (Status st = RequestService(m_ctx).answerWith(job, *csr, !options.name.isEmpty()); !st) {
        return st.error();
    }
    return run(job);
}

} // namespace signet
