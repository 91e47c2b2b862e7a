#pragma once

#include "CertificateRef.h"
#include "CertificateRecord.h"
#include "Result.h"
#include "pki/IssuanceList.h"
#include "pki/LintFinding.h"
#include "pki/RevocationReason.h"

#include <QList>

#include <functional>
#include <optional>

namespace signet {

class WorkspaceContext;

// How a list is worked through (issuance and revocation alike).
struct BatchOptions {
    // All or nothing: when any line fails (or cannot be read), nothing is stored and every line says
    // why. Otherwise a failed line is reported and the others go on.
    bool atomic = false;
    bool force = false;   // issuance: issue despite the linter's errors
    int chunkSize = 256;  // lines per transaction (and per audit record); at least 1
    // Called on the calling thread after each chunk: lines worked through so far, and all of them.
    std::function<void(int done, int total)> progress{};
    // Asked on the calling thread before each chunk: true stops. Stored chunks stay, unless atomic.
    std::function<bool()> cancelled{};
};

// What became of one line of a list.
struct BatchLineResult {
    int line = 0;
    QString label;  // the entry's name, common name or reference as given, for the report
    std::optional<CertificateRecord> record; // the certificate issued or revoked; none: it failed
    QString error;  // why not, when it failed
    QList<LintFinding> findings; // the linter's warnings about an issued certificate

    [[nodiscard]] bool ok() const { return record.has_value(); }
};

struct BatchReport {
    QList<BatchLineResult> lines; // in the order of the input, failures included
    int succeeded = 0;
    int failed = 0;
    bool cancelled = false;
    bool rolledBack = false; // atomic: something failed, so nothing was stored
};

// Issues every entry of a list with one CA (one unlock, one read of the CA's chain and key), and
// revokes every certificate of a list.
//
// Keys are made and certificates signed, checked and linted on all cores, a chunk ahead of the
// calling thread, which stores each chunk in one transaction with one audit record naming the
// count and the serials: what the transaction stored is what the record says. A line that fails
// is rolled back alone (a savepoint) and reported with its line number; with `atomic`, the whole
// list is one transaction that is committed only when every line succeeded.
class BatchIssuanceService {
public:
    explicit BatchIssuanceService(WorkspaceContext& context) : m_ctx(context) {}

    Result<BatchReport> issue(const IssuanceList& list, const CertificateRef& ca, const BatchOptions& options);
    Result<BatchReport> revoke(const QList<ListedReference>& references, RevocationReason reason,
                               const BatchOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
