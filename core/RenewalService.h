#pragma once

#include "CertificateRef.h"
#include "IssuanceService.h"
#include "Result.h"
#include "crypto/PrivateKey.h"

#include <vector>

namespace signet {

class WorkspaceContext;

struct RenewOptions {
    bool rekey = false;     // a new key of the same kind instead of the certificate's own
    int days = 0;           // 0: as long as the certificate renewed, shortened to what its CA has left
    bool revokeOld = false; // revoke the renewed certificate (reason superseded)
    bool force = false;     // issue despite the linter's errors
};

// The new certificate, and the one it renews as it is now.
struct Renewed {
    Issued issued;
    CertificateRecord previous;
};

// Renewal: the same subject, subjectAltNames, profile and CA constraints under a new serial (and,
// re-keyed, a new key), in one transaction. The new certificate takes the name; the older one is
// renamed after its serial, marked superseded and linked both ways. A CA renewed with its key keeps
// everything it issued (the same key and subject verify under both certificates): its children, its
// CRL and the deployments that trust it move to the new certificate. A re-keyed CA is a new
// generation: what the old one issued stays with it.
class RenewalService {
public:
    explicit RenewalService(WorkspaceContext& context) : m_ctx(context) {}

    // `presetKey`, for a re-key, is used instead of generating one (the GUI makes it off its thread).
    Result<Renewed> renew(const CertificateRef& ref, const RenewOptions& options, PrivateKey presetKey = {});
    // What renewal would take on: certificates expiring within `days` that are present, neither
    // revoked nor superseded, and whose issuer is here (or that are self-signed with their key here).
    Result<std::vector<CertificateRecord>> expiring(int days);

private:
    struct Plan;
    Result<CertificateRecord> currentIssuer(const CertificateRecord& old);
    Status link(const CertificateRecord& old, const CertificateRecord& fresh, const RenewOptions& options);
    WorkspaceContext& m_ctx;
};

} // namespace signet
