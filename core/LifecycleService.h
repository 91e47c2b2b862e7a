#pragma once

#include "CertificateRecord.h"
#include "CertificateRef.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace signet {

class WorkspaceContext;

struct RemoveOptions {
    // Also delete the private keys of what is removed, for good: a restore brings the certificates
    // back without them.
    bool destroyKey = false;
    // How many certificates a confirmation counted (countForRemoval): when set, the removal is
    // refused if another number would go by now, so that exactly what was confirmed goes.
    std::optional<qint64> confirmedCount{};
};

// A certificate and what goes (or comes back) with it: for a CA, everything below it.
struct RemovalScope {
    CertificateRecord target;
    qint64 certificates = 0; // the target included
    qint64 cas = 0;          // how many of them are CAs
    qint64 keys = 0;         // private keys the workspace holds for them
    bool keysDestroyed = false;
};

// Taking certificates out of the tree and the lists and bringing them back, renaming them, and
// ending a certificateHold. A removed certificate stays in the workspace: its CA's CRLs keep
// listing it when it was revoked, and the audit log keeps naming it.
class LifecycleService {
public:
    explicit LifecycleService(WorkspaceContext& context) : m_ctx(context) {}

    // What removing the certificate would take with it, for a confirmation; changes nothing.
    Result<RemovalScope> countForRemoval(const CertificateRef& ref);
    Result<RemovalScope> remove(const CertificateRef& ref, const RemoveOptions& options);
    // Brings a removed certificate back with what was removed together with it.
    Result<RemovalScope> restore(const CertificateRef& ref);
    Result<CertificateRecord> rename(const CertificateRef& ref, const QString& newName);
    // Ends a certificateHold: the certificate is valid again, and the CA's next CRL lists it once
    // more, as removeFromCRL.
    Result<CertificateRecord> release(const CertificateRef& ref);

private:
    // The certificate, refused when it is already removed.
    Result<CertificateRecord> removable(const CertificateRef& ref);
    // What goes with `target`: the present rows of its subtree.
    Result<std::vector<CertificateRecord>> going(const CertificateRecord& target);
    static RemovalScope scopeOf(const CertificateRecord& target, const std::vector<CertificateRecord>& rows);
    // Refuses to destroy a key that a certificate staying here or a pending request still uses.
    Status checkKeysDestroyable(const std::vector<CertificateRecord>& rows);

    WorkspaceContext& m_ctx;
};

} // namespace signet
