#include "ClientScope.h"

#include "WorkspaceContext.h"
#include "pki/RevocationReason.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ClientScope", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientScope)
};

Result<ClientScope::Ca> load(WorkspaceContext& ctx, const CertificateRecord& record)
{
    auto cert = ctx.certificateOf(record);
    if (!cert) {
        return cert.error();
    }
    return ClientScope::Ca{record, std::move(cert).value()};
}
} // namespace

Result<ClientScope> ClientScope::of(WorkspaceContext& ctx, const CertificateRecord& clientCa)
{
    if (!clientCa.isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(clientCa.name));
    }
    ClientScope scope;
    auto chain = ctx.chainOf(clientCa);
    if (!chain) {
        return chain.error();
    }
    for (const CertificateRecord& link : *chain) {
        auto ca = load(ctx, link);
        if (!ca) {
            return ca.error();
        }
        scope.chain.push_back(std::move(ca).value());
    }
    scope.verifyDepth = static_cast<int>(scope.chain.size());
    auto below = ctx.certificates().casBelow(clientCa.id);
    if (!below) {
        return below.error();
    }
    for (const CertificateRecord& record : *below) {
        auto ca = load(ctx, record);
        if (!ca) {
            return ca.error();
        }
        auto path = ctx.chainOf(record);
        if (!path) {
            return path.error();
        }
        scope.verifyDepth = std::max(scope.verifyDepth, static_cast<int>(path->size()));
        scope.below.push_back(std::move(ca).value());
    }
    return scope;
}

std::vector<const ClientScope::Ca*> ClientScope::all() const
{
    std::vector<const Ca*> out;
    for (const Ca& ca : chain) {
        out.push_back(&ca);
    }
    for (const Ca& ca : below) {
        out.push_back(&ca);
    }
    return out;
}

QList<AdmittedCa> ClientScope::admitted() const
{
    QList<AdmittedCa> out;
    std::vector<const Ca*> cas{&chain.front()};
    for (const Ca& ca : below) {
        cas.push_back(&ca);
    }
    for (const Ca* ca : cas) {
        const X509_NAME* subject = X509_get_subject_name(ca->cert.get());
        out.append({ca->record.name, DistinguishedName::formatRfc2253(subject, true),
                    DistinguishedName::formatRfc2253(subject, false), ca->cert.sha256Fingerprint()});
    }
    return out;
}

bool ClientScope::admits(qint64 issuerId) const
{
    if (!chain.empty() && chain.front().record.id == issuerId) {
        return true;
    }
    return std::any_of(below.begin(), below.end(), [issuerId](const Ca& ca) { return ca.record.id == issuerId; });
}

bool ClientScope::covers(qint64 caId) const
{
    const auto all = this->all();
    return std::any_of(all.begin(), all.end(), [caId](const Ca* ca) { return ca->record.id == caId; });
}

QStringList ClientScope::problems(const QDateTime& now) const
{
    QStringList out;
    for (const Ca& ca : chain) {
        if (ca.record.revoked) {
            out << Tr::tr("CA '%1' was revoked on %2 (%3): servers refuse every client it vouches for")
                       .arg(ca.record.name, ca.record.revokedAt.toString(Qt::ISODate),
                            revocationReasonName(ca.record.revocationReason));
        } else if (ca.record.notAfter <= now) {
            out << Tr::tr("CA '%1' expired on %2: servers refuse every client it vouches for")
                       .arg(ca.record.name, ca.record.notAfter.toString(Qt::ISODate));
        }
    }
    return out;
}

} // namespace signet
