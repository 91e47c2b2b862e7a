#include "BackupService.h"

#include "WorkspaceContext.h"
#include "export/FileWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/FileSystemCheck.h"
#include "store/KeyVault.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "BackupService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

// A new empty file beside the destination, 0600 from the start: VACUUM INTO fills an empty file,
// and the copy holds the sealed keys.
Result<QString> partialFile(const QString& destination)
{
    const QFileInfo info(destination);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString path = info.absolutePath() + QStringLiteral("/.") + info.fileName()
                             + QStringLiteral(".partial-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST) {
            return makeError(Tr::tr("cannot write in %1").arg(QDir::toNativeSeparators(info.absolutePath())),
                             QString::fromLocal8Bit(strerror(errno)));
        }
    }
    return makeError(Tr::tr("cannot write in %1").arg(QDir::toNativeSeparators(info.absolutePath())));
}

Status syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(Tr::tr("cannot sync %1").arg(folder), QString::fromLocal8Bit(strerror(errno)));
    }
    const int synced = ::fsync(fd);
    ::close(fd);
    return synced == 0 ? Status() : Status(makeError(Tr::tr("cannot sync %1").arg(folder)));
}

Status checkDestination(const QString& destination, const QString& workspace, bool replace)
{
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(workspace).absoluteFilePath()) {
        return makeError(Tr::tr("a backup cannot replace the workspace it copies"));
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(destination + QLatin1String(suffix))) {
            return makeError(Tr::tr("%1 is a workspace in use (it has a %2 file)").arg(destination, QLatin1String(suffix)));
        }
    }
    if (!replace) {
        if (Status st = refuseExistingFiles({destination}); !st) {
            return st;
        }
    }
    return checkWriteDestination(destination);
}
} // namespace

Result<BackupResult> BackupService::backup(const BackupOptions& options, const VerifyCopy& verify)
{
    const QString destination = QFileInfo(options.file).absoluteFilePath();
    if (Status st = checkDestination(destination, m_ctx.db().path(), options.replaceFile); !st) {
        return st.error();
    }
    auto partial = partialFile(destination);
    if (!partial) {
        return partial.error();
    }
    const auto fail = [&partial](const Error& error) {
        QFile::remove(*partial);
        return error;
    };
    if (Status st = m_ctx.db().vacuumInto(*partial); !st) {
        return fail(st.error());
    }
    auto checked = verify(*partial);
    if (!checked) {
        return fail(makeError(Tr::tr("the copy does not open: %1").arg(checked.error().message), checked.error().detail));
    }
    if (!checked->intact()) {
        return fail(makeError(Tr::tr("the copy does not verify: %1").arg(checked->problems.join(QStringLiteral("; ")))));
    }
    if (::rename(QFile::encodeName(*partial).constData(), QFile::encodeName(destination).constData()) != 0) {
        return fail(makeError(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(destination)),
                              QString::fromLocal8Bit(strerror(errno))));
    }
    if (Status st = syncFolder(QFileInfo(destination).absolutePath()); !st) {
        return st.error();
    }
    BackupResult result{destination, QFileInfo(destination).size(), *checked};
    // BEGIN IMMEDIATE waits for a writer elsewhere; a bare insert after reads could find its
    // snapshot stale and fail at once.
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("backup"), destination,
                                QStringLiteral("certificates=%1 keys=%2 audit_entries=%3 bytes=%4")
                                    .arg(result.checked.certificates)
                                    .arg(result.checked.keys)
                                    .arg(result.checked.auditEntries)
                                    .arg(result.bytes));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return result;
}

Result<qint64> BackupService::changesSinceBackup()
{
    return AuditLog::countSince(m_ctx.db(), QStringLiteral("backup"));
}

namespace {
// The workspace at `path`, unlocked with `password` and verified; `action` audited in it when set.
Result<IntegrityReport> openAndVerify(const QString& path, const QByteArray& password, const Clock& clock,
                                      const QString& action = {}, const QString& target = {})
{
    auto db = Database::open(path, false);
    if (!db) {
        return db.error();
    }
    if (!KeyVault::isInitialized(**db)) {
        return makeError(Tr::tr("it is not a Signet workspace (it has no key vault)"));
    }
    auto vault = KeyVault::unlock(**db, password);
    if (!vault) {
        return vault.error();
    }
    auto rows = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::Rows);
    auto chain = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::AuditChain);
    if (!rows || !chain) {
        return !rows ? rows.error() : chain.error();
    }
    WorkspaceContext ctx(**db, *vault, clock, std::move(rows).value(), std::move(chain).value());
    auto report = IntegrityService(ctx).verify();
    if (!report || action.isEmpty()) {
        return report;
    }
    Transaction tx(**db);
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    if (Status st = ctx.audit(action, target, QStringLiteral("certificates=%1 keys=%2 audit_entries=%3")
                                                  .arg(report->certificates)
                                                  .arg(report->keys)
                                                  .arg(report->auditEntries));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return report;
}
} // namespace

Result<RestoreResult> BackupService::restore(const RestoreOptions& options, const Clock& clock)
{
    const QString target = QFileInfo(options.workspace).absoluteFilePath();
    const QFileInfo source(options.backupFile);
    if (source.isSymLink() || !source.isFile()) {
        return makeError(Tr::tr("%1 is not a backup file").arg(QDir::toNativeSeparators(options.backupFile)));
    }
    if (source.absoluteFilePath() == target) {
        return makeError(Tr::tr("a backup cannot be restored over itself"));
    }
    const bool exists = QFileInfo::exists(target) || QFileInfo(target).isSymLink();
    if (exists && !options.replace) {
        Error error = makeError(Tr::tr("%1 exists already and would be replaced").arg(QDir::toNativeSeparators(target)));
        error.existingFiles << target;
        return error;
    }
    if (Status st = FileSystemCheck::refuseNetworkWorkspace(target); !st) {
        return st.error();
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return makeError(Tr::tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
    }
    auto partial = partialFile(target);
    if (!partial) {
        return partial.error();
    }
    const auto fail = [&partial](const Error& error) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(*partial + QLatin1String(suffix));
        }
        return error;
    };
    if (Status st = Database::copyFile(source.absoluteFilePath(), *partial); !st) {
        return fail(st.error());
    }
    auto checked = openAndVerify(*partial, options.password, clock);
    if (!checked) {
        return fail(makeError(Tr::tr("the backup does not open: %1").arg(checked.error().message), checked.error().detail));
    }
    if (!checked->intact()) {
        return fail(makeError(Tr::tr("the backup does not verify: %1").arg(checked->problems.join(QStringLiteral("; ")))));
    }
    if (!exists) {
        if (::rename(QFile::encodeName(*partial).constData(), QFile::encodeName(target).constData()) != 0) {
            return fail(makeError(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(target)),
                                  QString::fromLocal8Bit(strerror(errno))));
        }
    } else {
        auto db = Database::open(target, false);
        if (!db) {
            return fail(db.error());
        }
        if (Status st = (*db)->copyFrom(*partial); !st) {
            return fail(st.error());
        }
        fail(Error());
    }
    auto audited = openAndVerify(target, options.password, clock, QStringLiteral("restore-backup"),
                                 source.absoluteFilePath());
    if (!audited) {
        return audited.error();
    }
    return RestoreResult{target, *audited};
}

} // namespace signet
