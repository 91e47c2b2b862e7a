#pragma once

#include "IntegrityService.h"
#include "Result.h"
#include "pki/Clock.h"

#include <QString>

#include <functional>

namespace signet {

class WorkspaceContext;

struct BackupOptions {
    QString file;
    bool replaceFile = false;
};

struct RestoreOptions {
    QString backupFile;
    QString workspace;   // where the workspace is restored to
    QByteArray password; // the workspace password the backup was made under
    bool replace = false; // replace an existing workspace there
};

struct RestoreResult {
    QString workspace;
    IntegrityReport checked;
};

struct BackupResult {
    QString file;
    qint64 bytes = 0;
    IntegrityReport checked; // what the copy held when it was verified
};

// A backup is a consistent copy made by SQLite (VACUUM INTO: one read transaction, while the
// desktop or another command may go on writing), verified before it takes its name — every row's
// MAC, every key against its certificate, the audit chain — and recorded in the audit log, whose
// entries since then are the changes a reminder counts. It opens with the same password.
class BackupService {
public:
    // Checks a copy at `path` as the workspace itself would be checked (Workspace provides it: the
    // copy is opened with the same unlocked vault).
    using VerifyCopy = std::function<Result<IntegrityReport>(const QString& path)>;

    explicit BackupService(WorkspaceContext& context) : m_ctx(context) {}

    Result<BackupResult> backup(const BackupOptions& options, const VerifyCopy& verify);
    // Audit entries since the last backup (all of them when there was none).
    Result<qint64> changesSinceBackup();
    // A backup back into place: copied beside the destination, opened with the password and
    // verified there, then moved in (or, over a workspace that exists, copied into it through
    // SQLite's backup API under its locks). Recorded in the restored workspace's audit log.
    static Result<RestoreResult> restore(const RestoreOptions& options, const Clock& clock);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
