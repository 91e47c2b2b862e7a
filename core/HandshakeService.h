#pragma once

#include "Result.h"
#include "pki/HandshakeCheck.h"

#include <QString>

namespace signet {

class WorkspaceContext;

struct HandshakeCheckOptions {
    QString clientCa; // the CA the server accepts clients from; empty: the server certificate's issuer
    QString hostname; // the name the client connects to; empty: the server certificate's first name
};

// The handshake self-test on workspace certificates: keys from the vault, the chains and trust
// anchors that `config` and `kit` put into a server's files, and the CRLs stored for the client CAs.
// It only reads: nothing is published and no audit record is written.
class HandshakeService {
public:
    explicit HandshakeService(WorkspaceContext& context) : m_ctx(context) {}

    Result<HandshakeReport> check(const QString& serverRef, const QString& clientRef,
                                  const HandshakeCheckOptions& options = {});

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
