// Whole-file copies of a workspace through SQLite itself (never a file copy, which misses what the
// write-ahead log holds and can catch a file halfway through a write).
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;
// Pages per step: the destination's lock is released between steps only in the source's favour.
constexpr int kPagesPerStep = 4096;
} // namespace

Status Database::vacuumInto(const QString& path)
{
    if (isServer()) {
        return makeError(Tr::tr("a team workspace on a database server is backed up there (pg_dump), or copied into a "
                                "workspace file"));
    }
    auto q = exec(QStringLiteral("VACUUM INTO ?"), {QDir::toNativeSeparators(path)});
    if (!q) {
        return makeError(Tr::tr("cannot copy the workspace to %1").arg(QDir::toNativeSeparators(path)),
                         q.error().toString());
    }
    return {};
}

namespace {
Result<SqlitePtr> openRaw(const QString& path, int flags)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqlitePtr db(raw);
    if (opened != SQLITE_OK) {
        return makeError(Tr::tr("cannot open %1").arg(QDir::toNativeSeparators(path)),
                         QString::fromUtf8(db ? sqlite3_errmsg(db.get()) : "out of memory"));
    }
    sqlite3_busy_timeout(db.get(), 30000);
    return db;
}

// Every page of `source` into `destination`, under SQLite's locks on both.
Status copyPages(sqlite3* destination, sqlite3* source, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (backup == nullptr) {
        return makeError(Tr::tr("cannot write %1").arg(what), QString::fromUtf8(sqlite3_errmsg(destination)));
    }
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, kPagesPerStep);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    // finish() must run whatever happened, to release the locks.
    const int finished = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finished != SQLITE_OK) {
        return makeError(Tr::tr("cannot write %1").arg(what), QString::fromUtf8(sqlite3_errmsg(destination)));
    }
    return {};
}
} // namespace

Status Database::copyFrom(const QString& sourcePath)
{
    if (m_readOnly) {
        return makeError(Tr::tr("this changes the workspace, which needs its password (it was opened for reading only)"));
    }
    if (isServer()) {
        return makeError(Tr::tr("a backup file is restored into a workspace file; a team workspace is filled from "
                                "one by copying the workspace"));
    }
    auto source = openRaw(sourcePath, SQLITE_OPEN_READONLY);
    if (!source) {
        return source.error();
    }
    return copyPages(sqliteHandle(), source->get(), QDir::toNativeSeparators(m_path));
}

Status Database::copyFile(const QString& sourcePath, const QString& destinationPath)
{
    auto source = openRaw(sourcePath, SQLITE_OPEN_READONLY);
    if (!source) {
        return source.error();
    }
    auto destination = openRaw(destinationPath, SQLITE_OPEN_READWRITE);
    if (!destination) {
        return destination.error();
    }
    return copyPages(destination->get(), source->get(), QDir::toNativeSeparators(destinationPath));
}

} // namespace signet
