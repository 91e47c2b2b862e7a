#pragma once

#include "Result.h"

namespace signet {

class Crl;
class WorkspaceContext;
struct ImportReport;

// A CRL brought in for a CA whose key is elsewhere, such as an offline root: it becomes that CA's
// current CRL here, so that server configurations can bundle it (nginx, Apache and HAProxy need a
// CRL for every CA in the chain), and the certificates it lists are marked revoked. The CRLs of CAs
// whose key the workspace holds are Signet's own to publish and are not replaced.
class CrlImport {
public:
    // Inside the import's transaction; adds what it did, or why it did not, to `report`.
    static Status import(WorkspaceContext& ctx, const Crl& crl, const QString& fileName, ImportReport& report);
};

} // namespace signet
