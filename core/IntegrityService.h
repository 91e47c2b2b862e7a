#pragma once

#include "Result.h"

#include <QStringList>

namespace signet {

class WorkspaceContext;

// What a full check of the workspace found.
struct IntegrityReport {
    qint64 certificates = 0;
    qint64 keys = 0;
    qint64 crls = 0;
    qint64 deployments = 0;
    qint64 auditEntries = 0;
    QStringList problems; // each names the item that was changed outside Signet

    [[nodiscard]] bool intact() const { return problems.isEmpty(); }
};

// Row authentication over the whole workspace: checking every row and the audit chain, and
// sealing a workspace written before rows carried MACs.
class IntegrityService {
public:
    explicit IntegrityService(WorkspaceContext& context) : m_ctx(context) {}

    // Every certificate (MAC, DER against its fingerprint, private key against the certificate),
    // every key, CRL and deployment record, each CA's revocation count, and the audit chain up to
    // its authenticated head. Reads only.
    Result<IntegrityReport> verify();

    // For a workspace from before row authentication, once, right after the first unlock: MACs for
    // every row, the audit log re-chained with its key, and the vault moved to the format that says
    // so. One transaction.
    Status sealLegacy(const QByteArray& password);

private:
    void verifyCertificates(IntegrityReport& report);
    WorkspaceContext& m_ctx;
};

} // namespace signet
