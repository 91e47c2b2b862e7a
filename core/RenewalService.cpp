#include "RenewalService.h"

#include "IssueJob.h"
#include "WorkspaceContext.h"
#include "crypto/KeySpec.h"
#include "crypto/OsslPtr.h"
#include "pki/NameConstraints.h"

#include <QCoreApplication>

#include <openssl/x509.h>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "RenewalService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RenewalService)
};

// The older certificate's new name: its own name with the start of its serial, unique.
Result<QString> supersededName(WorkspaceContext& ctx, const CertificateRecord& old)
{
    for (int length = 8; length <= old.serial.size(); length += 4) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(old.name, old.serial.left(length));
        auto taken = ctx.certificates().nameExists(candidate);
        if (!taken) {
            return taken.error();
        }
        if (!*taken) {
            return candidate;
        }
    }
    return makeError(Tr::tr("no free name for the certificate '%1' that is renewed").arg(old.name));
}

// As many days as the certificate renewed had (it was backdated by minutes, not days).
int originalDays(const CertificateRecord& old)
{
    const qint64 seconds = old.notAfter.toSecsSinceEpoch() - old.notBefore.toSecsSinceEpoch();
    return static_cast<int>(std::max<qint64>(1, (seconds + 43200) / 86400));
}
} // namespace

Result<CertificateRecord> RenewalService::currentIssuer(const CertificateRecord& old)
{
    auto ca = m_ctx.resolveSigningCa(CertificateRef::id(*old.issuerId));
    // A CA renewed since keeps issuing under its newest certificate.
    for (int hops = 0; ca && ca->supersededBy && hops < 64; ++hops) {
        ca = m_ctx.resolveSigningCa(CertificateRef::id(*ca->supersededBy));
    }
    return ca;
}

Status RenewalService::link(const CertificateRecord& old, const CertificateRecord& fresh, const RenewOptions& options)
{
    auto stored = m_ctx.certificates().byId(fresh.id);
    auto previous = m_ctx.certificates().byId(old.id);
    if (!stored || !previous) {
        return stored ? previous.error() : stored.error();
    }
    stored->renewedFrom = old.id;
    previous->supersededBy = fresh.id;
    if (Status st = m_ctx.certificates().update(*stored); !st) {
        return st;
    }
    if (Status st = m_ctx.certificates().update(*previous); !st) {
        return st;
    }
    if (old.isCa && !options.rekey) {
        if (Status st = m_ctx.certificates().moveChildren(old.id, fresh.id); !st) {
            return st;
        }
        if (Status st = m_ctx.crls().moveCa(old.id, fresh.id); !st) {
            return st;
        }
        if (Status st = m_ctx.deployments().moveClientCa(old.id, fresh.id); !st) {
            return st;
        }
    }
    if (options.revokeOld) {
        return m_ctx.certificates().markRevoked(old.id, m_ctx.now(), RevocationReason::Superseded);
    }
    return {};
}

Result<Renewed> RenewalService::renew(const CertificateRef& ref, const RenewOptions& options, PrivateKey presetKey)
{
    auto old = m_ctx.resolve(ref);
    if (!old) {
        return old.error();
    }
    if (old->revoked) {
        return makeError(Tr::tr("'%1' is revoked; a revoked certificate is replaced by a new one, not renewed")
                             .arg(old->name));
    }
    if (old->supersededBy) {
        return makeError(Tr::tr("'%1' was renewed already; renew the newer certificate").arg(old->name));
    }
    if (old->profile == Profile::Imported) {
        return makeError(Tr::tr("'%1' was imported: Signet renews the certificates it issued").arg(old->name));
    }
    const bool selfSigned = !old->issuerId || *old->issuerId == old->id;
    if (selfSigned && options.revokeOld) {
        return makeError(Tr::tr("a root CA cannot be revoked; renew it without revoking"));
    }
    auto oldCert = m_ctx.certificateOf(*old);
    if (!oldCert) {
        return oldCert.error();
    }
    std::optional<CertificateRecord> ca;
    if (!selfSigned) {
        auto issuer = currentIssuer(*old);
        if (!issuer) {
            return issuer.error();
        }
        ca = std::move(issuer).value();
    }

    IssueJob job;
    job.request.profile = old->profile;
    job.request.subject = oldCert->subjectName();
    int days = options.days > 0 ? options.days : originalDays(*old);
    if (ca && options.days <= 0) {
        const qint64 left = (ca->notAfter.toSecsSinceEpoch() - m_ctx.now().toSecsSinceEpoch()) / 86400;
        days = static_cast<int>(std::clamp<qint64>(left, 1, days));
    }
    job.request.validityDays = days;
    if (old->isCa) {
        job.request.pathLength = oldCert->pathLength();
        const NameConstraints constraints = NameConstraints::of(*oldCert);
        job.request.permittedDns = constraints.permittedDns();
        job.request.permittedIps = constraints.permittedIps();
        job.request.permittedEmails = constraints.permittedEmails();
    }
    job.request.crlDistributionPoint = ca ? ca->crlUrl : QString();
    job.request.caIssuersUrl = ca ? ca->aiaUrl : QString();
    const int sanAt = X509_get_ext_by_NID(oldCert->get(), NID_subject_alt_name, -1);
    job.requestedSan = sanAt >= 0 ? X509_get_ext(oldCert->get(), sanAt) : nullptr;

    PrivateKey newKey;
    PrivateKey keptKey;
    if (options.rekey) {
        if (presetKey.isNull()) {
            auto spec = KeySpec::of(X509_get0_pubkey(oldCert->get()));
            if (!spec) {
                return spec.error();
            }
            auto made = PrivateKey::generate(*spec);
            if (!made) {
                return made.error();
            }
            presetKey = std::move(made).value();
        }
        newKey = std::move(presetKey);
        job.newKey = &newKey;
        job.publicKey = newKey.get();
    } else {
        if (old->keyId) {
            auto key = m_ctx.keyOf(*old);
            if (!key) {
                return key.error();
            }
            keptKey = std::move(key).value();
            job.keptKey = &keptKey;
            job.keptKeyId = old->keyId;
        } else if (selfSigned) {
            return makeError(Tr::tr("the workspace holds no private key for '%1', so it cannot sign itself again")
                                 .arg(old->name));
        }
        job.publicKey = X509_get0_pubkey(oldCert->get());
    }
    job.name = old->name;
    job.explicitName = true;
    job.ca = ca ? &*ca : nullptr;
    job.ownCrlUrl = old->crlUrl;
    job.ownAiaUrl = old->aiaUrl;
    job.action = options.rekey ? QStringLiteral("renew-rekey") : QStringLiteral("renew");
    job.auditDetails = QStringLiteral(" renews=%1%2").arg(old->serial, options.revokeOld ? QStringLiteral(" revoked-old") : QString());
    job.force = options.force;
    const CertificateRecord before = *old;
    job.beforeStore = [this, &before]() -> Status {
        auto renamed = supersededName(m_ctx, before);
        if (!renamed) {
            return renamed.error();
        }
        auto current = m_ctx.certificates().byId(before.id);
        if (!current) {
            return current.error();
        }
        current->name = *renamed;
        return m_ctx.certificates().update(*current);
    };
    job.afterStore = [this, &before, &options](const CertificateRecord& fresh) { return link(before, fresh, options); };

    auto issued = IssuanceService(m_ctx).run(job);
    if (!issued) {
        return issued.error();
    }
    auto previous = m_ctx.certificates().byId(before.id);
    if (!previous) {
        return previous.error();
    }
    issued->record.renewedFrom = before.id;
    return Renewed{std::move(issued).value(), std::move(previous).value()};
}

Result<std::vector<CertificateRecord>> RenewalService::expiring(int days)
{
    CertificateRepository::Filter filter;
    filter.now = m_ctx.now();
    filter.expiringDays = days;
    filter.status = CertificateStatus::Expiring;
    filter.withDer = false;
    auto rows = m_ctx.certificates().list(filter);
    if (!rows) {
        return rows.error();
    }
    std::vector<CertificateRecord> out;
    for (CertificateRecord& r : *rows) {
        const bool selfSigned = !r.issuerId || *r.issuerId == r.id;
        if (r.authentic && r.profile != Profile::Imported && (r.issuerId || (selfSigned && r.keyId))) {
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace signet
