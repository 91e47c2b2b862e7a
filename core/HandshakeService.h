#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "export/ServerConfigSpec.h"
#include "pki/HandshakeCheck.h"

#include <QString>

namespace signet {

class WorkspaceContext;

struct HandshakeCheckOptions {
    CertificateRef clientCa; // the CA the server accepts clients from; null: the server certificate's issuer
    QString hostname; // the name the client connects to; empty: the server certificate's first name
    QList<SubjectRule> rules; // conditions on the client's subject, as the configuration has them
};

// The handshake self-test on workspace certificates: keys from the vault, the chains and trust
// anchors that `config` and `kit` put into a server's files, and the CRLs stored for the client CAs.
// After a handshake succeeds it applies what the configurations check next: the client's issuer
// must be the client CA or a CA below it, and its subject must satisfy the rules (else the servers
// answer 403). It only reads: nothing is published and no audit record is written.
class HandshakeService {
public:
    explicit HandshakeService(WorkspaceContext& context) : m_ctx(context) {}

    Result<HandshakeReport> check(const CertificateRef& serverRef, const CertificateRef& clientRef,
                                  const HandshakeCheckOptions& options = {});

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
