#include "RevocationService.h"

#include "ClientScope.h"
#include "WorkspaceContext.h"
#include "pki/CrlBuilder.h"
#include "pki/RevocationReason.h"
#include "store/CertificateRow.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "RevocationService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RevocationService)
};
} // namespace

Result<CertificateRecord> RevocationService::revocable(const CertificateRef& ref, RevocationReason reason)
{
    if (!revocationReasonFromCode(revocationReasonCode(reason))) {
        return makeError(Tr::tr("%1 is not a revocation reason").arg(revocationReasonCode(reason)));
    }
    auto record = m_ctx.resolve(ref);
    if (!record) {
        return record;
    }
    if (record->revoked) {
        return makeError(Tr::tr("'%1' was already revoked on %2")
                             .arg(record->name, record->revokedAt.toString(Qt::ISODate)));
    }
    if (!record->issuerId) {
        return makeError(record->isCa ? Tr::tr("'%1' is a root CA: it cannot appear on any CRL; remove it from the "
                                               "trust stores instead")
                                            .arg(record->name)
                                      : Tr::tr("'%1' was not issued by a CA in this workspace").arg(record->name));
    }
    if (Status st = checkIssuerKey(*record->issuerId); !st) {
        return st.error();
    }
    return record;
}

// Only a member who can open the issuing CA's key revokes what it issued: its CRLs, which carry
// revocations to the servers, are theirs to sign. Opened once per CA and service.
Status RevocationService::checkIssuerKey(qint64 issuerId)
{
    if (m_provenIssuers.contains(issuerId)) {
        return {};
    }
    auto issuer = m_ctx.certificates().byId(issuerId);
    if (!issuer) {
        return issuer.error();
    }
    if (issuer->keyId) {
        auto key = m_ctx.keyOf(*issuer);
        if (!key) {
            return key.error();
        }
    }
    m_provenIssuers.insert(issuerId);
    return {};
}

Result<CertificateRecord> RevocationService::revoke(const CertificateRef& ref, RevocationReason reason)
{
    auto record = revocable(ref, reason);
    if (!record) {
        return record;
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx.now();
    if (Status st = m_ctx.certificates().markRevoked(record->id, now, reason); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("revoke"), record->name,
                                QStringLiteral("serial=%1 reason=%2").arg(record->serial, revocationReasonName(reason)));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    record->revoked = true;
    record->revokedAt = now;
    record->revocationReason = reason;
    return record;
}

Result<CrlRecord> RevocationService::publishCrl(const CertificateRef& caRef, int days,
                                                const std::function<bool()>& cancelled)
{
    auto ca = m_ctx.resolve(caRef);
    if (!ca) {
        return ca.error();
    }
    return publish(*ca, days, cancelled);
}

Result<CrlRecord> RevocationService::currentCrl(const CertificateRecord& ca)
{
    auto existing = m_ctx.crls().forCa(ca.id);
    if (!existing) {
        return existing.error();
    }
    if (*existing && (*existing)->nextUpdate > m_ctx.now()) {
        return std::move(**existing);
    }
    return publish(ca, kDefaultCrlDays);
}

Result<CrlBundle> RevocationService::bundleFor(const ClientScope& scope, bool publish, const CrlRecord* fresh)
{
    CrlBundle bundle;
    for (const ClientScope::Ca* ca : scope.all()) {
        std::optional<CrlRecord> crl;
        if (fresh != nullptr && fresh->caId == ca->record.id) {
            crl = *fresh;
        } else if (publish) {
            auto current = currentCrl(ca->record);
            if (!current) {
                return current.error();
            }
            crl = std::move(current).value();
        } else {
            auto stored = m_ctx.crls().forCa(ca->record.id);
            if (!stored) {
                return stored.error();
            }
            crl = std::move(stored).value();
        }
        if (!crl) {
            continue;
        }
        bundle.pem += Crl::pemFromDer(crl->der);
        if (!bundle.earliestNextUpdate.isValid() || crl->nextUpdate < bundle.earliestNextUpdate) {
            bundle.earliestNextUpdate = crl->nextUpdate;
        }
    }
    return bundle;
}

Result<CrlRecord> RevocationService::publish(const CertificateRecord& ca, int days,
                                            const std::function<bool()>& cancelled)
{
    auto cert = m_ctx.certificateOf(ca);
    if (!cert) {
        return cert.error();
    }
    if (!ca.isCa || !cert->isCa()) {
        return makeError(Tr::tr("'%1' is not a CA, so it has no CRL").arg(ca.name));
    }
    if (!ca.keyId) {
        // An offline root's CRL is signed where its key is, and imported here.
        return makeError(Tr::tr("the workspace holds no private key for CA '%1', so it cannot sign a CRL; import a "
                                "current CRL of it from the workspace that holds its key")
                             .arg(ca.name));
    }
    auto key = m_ctx.keyOf(ca);
    if (!key) {
        return key.error();
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    // Read again inside the transaction: another process may have published or revoked meanwhile.
    auto current = m_ctx.certificates().byId(ca.id);
    if (!current) {
        return current.error();
    }
    const QDateTime now = m_ctx.now();
    // CRL numbers only grow (RFC 5280 5.2.3): the CA's own row remembers the last one even if the
    // stored CRL is deleted, and the largest number is refused rather than wrapped.
    auto stored = m_ctx.crls().numberAbove(ca.id, current->lastCrlNumber);
    if (!stored) {
        return stored.error();
    }
    const qint64 last = *stored;
    if (last < 0 || last == std::numeric_limits<qint64>::max()) {
        return makeError(Tr::tr("CA '%1' has used up its CRL numbers (the last was %2)").arg(ca.name).arg(last));
    }
    const qint64 number = last + 1;
    auto builder = CrlBuilder::start(*cert, key->get(), number, now, days);
    if (!builder) {
        return builder.error();
    }
    builder->reserve(std::max<qint64>(current->revocations, 0));
    // Each row straight into the CRL as it is read and verified (on the reading worker: nothing
    // else touches the builder meanwhile). A released hold is listed once, as removeFromCRL, so
    // that a relying party that cached the hold learns it is over (OpenSSL treats the entry as not
    // revoked); the CRL after this one omits it.
    std::vector<qint64> released;
    qint64 revokedCount = 0;
    auto listed = m_ctx.certificates().forEachCrlEntry(*current, [&](const CrlRow& r) -> Status {
        if (cancelled && builder->count() % 65536 == 0 && cancelled()) {
            return makeError(Tr::tr("publishing the CRL was cancelled"));
        }
        if (r.revoked) {
            ++revokedCount;
            return builder->add(r.serialHex(), r.at, r.reason);
        }
        released.push_back(r.id);
        return builder->add(r.serialHex(), r.at, kRemoveFromCrlCode);
    });
    if (!listed) {
        return listed.error();
    }
    const qint64 entries = builder->count();
    auto der = builder->finish();
    if (!der) {
        return der.error();
    }
    CrlRecord record{ca.id, number, builder->thisUpdate(), builder->nextUpdate(), std::move(der).value(), revokedCount};
    if (cancelled && cancelled()) {
        return makeError(Tr::tr("publishing the CRL was cancelled"));
    }
    std::vector<qint64> rewritten = std::move(released);
    rewritten.insert(rewritten.end(), listed->begin(), listed->end());
    if (Status st = keep(record, *current, rewritten, entries); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return record;
}

Status RevocationService::keep(const CrlRecord& crl, CertificateRecord ca, const std::vector<qint64>& rewritten,
                               qint64 entries)
{
    if (Status st = m_ctx.crls().store(crl); !st) {
        return st;
    }
    ca.lastCrlNumber = crl.number;
    if (Status st = m_ctx.certificates().update(ca); !st) {
        return st;
    }
    for (qint64 id : rewritten) {
        auto r = m_ctx.certificates().byId(id);
        if (!r) {
            return r.error();
        }
        if (!r->revoked) {
            r->releasedAt = QDateTime(); // listed once as removeFromCRL: the next CRL omits it
        }
        if (Status st = m_ctx.certificates().update(*r); !st) {
            return st;
        }
    }
    return m_ctx.audit(QStringLiteral("publish-crl"), ca.name,
                       QStringLiteral("number=%1 entries=%2 next_update=%3")
                           .arg(crl.number)
                           .arg(entries)
                           .arg(crl.nextUpdate.toString(Qt::ISODate)));
}

} // namespace signet
