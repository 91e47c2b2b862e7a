#include "CrlImport.h"

#include "ImportService.h"
#include "WorkspaceContext.h"
#include "crypto/Crl.h"
#include "pki/RevocationReason.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
};

// The CA in the workspace that signed `crl`, if any.
Result<std::optional<CertificateRecord>> signerOf(WorkspaceContext& ctx, const Crl& crl)
{
    auto cas = ctx.certificates().casWithSubject(crl.issuer());
    if (!cas) {
        return cas.error();
    }
    for (CertificateRecord& ca : *cas) {
        auto cert = Certificate::fromDer(ca.der);
        if (cert && crl.isSignedBy(*cert)) {
            return std::optional<CertificateRecord>(std::move(ca));
        }
    }
    return std::optional<CertificateRecord>();
}

// Marks what the CRL lists among the CA's certificates here; returns their names.
Result<QStringList> markListed(WorkspaceContext& ctx, const CertificateRecord& ca, const Crl& crl)
{
    QStringList names;
    constexpr int kRemoveFromCrl = 8; // RFC 5280: a hold that ended; the certificate is valid again
    for (const RevokedEntry& entry : crl.revoked()) {
        if (entry.reason == kRemoveFromCrl) {
            continue;
        }
        auto matches = ctx.certificates().bySerial(entry.serialHex);
        if (!matches) {
            return matches.error();
        }
        for (const CertificateRecord& cert : *matches) {
            if (cert.issuerId != ca.id || cert.id == ca.id || cert.revoked) {
                continue;
            }
            const RevocationReason reason =
                revocationReasonFromCode(entry.reason).value_or(RevocationReason::Unspecified);
            if (Status st = ctx.certificates().markRevoked(cert.id, entry.revokedAt, reason); !st) {
                return st.error();
            }
            names << cert.name;
        }
    }
    return names;
}
} // namespace

Status CrlImport::import(WorkspaceContext& ctx, const Crl& crl, const QString& fileName, ImportReport& report)
{
    auto ca = signerOf(ctx, crl);
    if (!ca) {
        return ca.error();
    }
    if (!*ca) {
        report.skipped << Tr::tr("%1: a CRL of %2, a CA that is not in this workspace").arg(fileName, crl.issuer());
        return {};
    }
    const CertificateRecord& signer = **ca;
    if (signer.keyId) {
        report.skipped << Tr::tr("%1: a CRL of CA '%2', whose CRLs Signet publishes itself").arg(fileName, signer.name);
        return {};
    }
    auto stored = ctx.crls().forCa(signer.id);
    if (!stored) {
        return stored.error();
    }
    const bool newer = !*stored
                       || (crl.crlNumber() >= 0 ? crl.crlNumber() > (*stored)->number
                                                : crl.lastUpdate() > (*stored)->thisUpdate);
    if (!newer) {
        report.skipped << Tr::tr("%1: the CRL of CA '%2' is not newer than the one in the workspace").arg(fileName, signer.name);
        return {};
    }
    CrlRecord record{signer.id, std::max<qint64>(crl.crlNumber(), 0), crl.lastUpdate(), crl.nextUpdate(), crl.toDer(),
                     static_cast<qint64>(crl.revoked().size())};
    if (Status st = ctx.crls().store(record); !st) {
        return st;
    }
    auto revoked = markListed(ctx, signer, crl);
    if (!revoked) {
        return revoked.error();
    }
    report.crls << signer.name;
    report.revoked << *revoked;
    return {};
}

} // namespace signet
