#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "export/ServerConfigSpec.h"
#include "CertificateRecord.h"

#include <vector>

namespace signet {

class WorkspaceContext;

// What a server that accepts the clients of one CA must know, and who it admits: the chosen CA
// with every CA above it (the chain a client certificate is verified along) and every CA below it
// (whose clients it also admits). The server configurations, their CRL bundles, the deployments
// and the handshake check all work from this one scope.
struct ClientScope {
    struct Ca {
        CertificateRecord record;
        Certificate cert;
    };
    std::vector<Ca> chain; // the chosen CA first, then its issuers up to the root
    std::vector<Ca> below; // the CAs below it, at any depth
    int verifyDepth = 1;   // the longest chain from a CA in the scope up to the root

    static Result<ClientScope> of(WorkspaceContext& ctx, const CertificateRecord& clientCa);

    // Every CA of the scope: the chain, then those below.
    [[nodiscard]] std::vector<const Ca*> all() const;
    // The CAs whose client certificates are admitted: the chosen one, then those below it.
    [[nodiscard]] QList<AdmittedCa> admitted() const;
    [[nodiscard]] bool admits(qint64 issuerId) const;
    [[nodiscard]] bool covers(qint64 caId) const;
    // Why every client would be refused: a revoked or expired CA in the chain.
    [[nodiscard]] QStringList problems(const QDateTime& now) const;
};

} // namespace signet
