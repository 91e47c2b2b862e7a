#include "store/SqliteStatement.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace signet {

namespace {
// The same messages as Database::exec() gives for the same failures.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

void SqliteStatement::Finalize::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Result<SqliteStatement> SqliteStatement::prepare(Database& db, const char* sql)
{
    sqlite3* handle = db.sqliteHandle();
    if (handle == nullptr) {
        return makeError(Tr::tr("database error"), QStringLiteral("no SQLite connection"));
    }
    SqliteStatement statement;
    statement.m_path = db.path();
    sqlite3_stmt* prepared = nullptr;
    const int code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nullptr);
    statement.m_statement.reset(prepared);
    if (code != SQLITE_OK) {
        return statement.error(code).error();
    }
    return statement;
}

Status SqliteStatement::error(int code) const
{
    sqlite3* handle = m_statement ? sqlite3_db_handle(m_statement.get()) : nullptr;
    const QString detail = QString::fromUtf8(handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(Tr::tr("the workspace is busy: another Signet process is writing to it; try again"), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(Tr::tr("workspace %1 is damaged or not a Signet workspace").arg(m_path), detail);
    default:
        return makeError(Tr::tr("database error"), detail);
    }
}

Status SqliteStatement::bind(int index, qint64 value)
{
    const int code = sqlite3_bind_int64(m_statement.get(), index, value);
    return code == SQLITE_OK ? Status() : error(code);
}

bool SqliteStatement::next()
{
    if (!m_status) {
        return false;
    }
    const int code = sqlite3_step(m_statement.get());
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code != SQLITE_DONE) {
        m_status = error(code);
    }
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // Text comes as its UTF-8, as stored; the size is asked for after the value (SQLite's rule).
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return {data, sqlite3_column_bytes(m_statement.get(), column)};
}

} // namespace signet
