#pragma once

#include "IntegrityService.h"
#include "Result.h"
#include "store/DatabaseTransfer.h"

#include <QString>

namespace signet {

class WorkspaceContext;

struct TransferOptions {
    QString target; // a new workspace file, or a postgresql:// address of an empty database
};

struct TransferResult {
    QString target;
    QList<TableCount> tables; // rows copied and then compared, per table
    IntegrityReport checked;  // the copy, verified with this workspace's vault
};

// Moving a whole workspace to the other engine (a file to a team database and back), or to another
// file or database of the same one. The copy keeps every id, MAC and sealed key, so it opens with the
// same password. This workspace's write lock is held throughout: nobody changes it while it is
// copied. The copy is made in the one transaction that creates it, compared row by row with this
// workspace and verified (every MAC, every key against its certificate, the audit chain) before
// that transaction commits; anything short of the same workspace leaves nothing behind. Both audit
// logs record the move.
class TransferService {
public:
    explicit TransferService(WorkspaceContext& context) : m_ctx(context) {}

    Result<TransferResult> transfer(const TransferOptions& options, const DatabaseTransfer::Progress& progress = {});

private:
    Status checkTarget(const QString& target) const;
    Status fill(Database& target, TransferResult& result, const DatabaseTransfer::Progress& progress);

    WorkspaceContext& m_ctx;
};

} // namespace signet
