#include "store/DirectStatement.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <sqlite3.h>

namespace signet {

namespace {
// The same messages as Database::exec() gives for the same failures.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

void DirectStatement::Finalize::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Result<DirectStatement> DirectStatement::prepare(Database& db, const char* sql)
{
    if (db.isServer()) {
        DirectStatement statement;
        statement.m_path = db.path();
        statement.m_db = &db;
        statement.m_sql = QString::fromUtf8(sql);
        return statement;
    }
    sqlite3* handle = db.sqliteHandle();
    if (handle == nullptr) {
        return makeError(Tr::tr("database error"), QStringLiteral("no SQLite connection"));
    }
    DirectStatement statement;
    statement.m_path = db.path();
    sqlite3_stmt* prepared = nullptr;
    const int code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nullptr);
    statement.m_statement.reset(prepared);
    if (code != SQLITE_OK) {
        return statement.error(code).error();
    }
    return statement;
}

Status DirectStatement::error(int code) const
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

Status DirectStatement::bind(int index, qint64 value)
{
    if (m_db != nullptr) {
        while (m_bindings.size() < index) {
            m_bindings << QVariant();
        }
        m_bindings[index - 1] = value;
        return {};
    }
    const int code = sqlite3_bind_int64(m_statement.get(), index, value);
    return code == SQLITE_OK ? Status() : error(code);
}

bool DirectStatement::next()
{
    if (!m_status) {
        return false;
    }
    if (m_db != nullptr) {
        return nextFromServer();
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

bool DirectStatement::nextFromServer()
{
    if (!m_query) {
        auto q = m_db->stream(m_sql, m_bindings);
        if (!q) {
            m_status = q.error();
            return false;
        }
        m_query.emplace(std::move(*q));
    }
    if (!m_query->next()) {
        m_status = m_db->finished(*m_query);
        return false;
    }
    const int columns = m_query->record().count();
    m_row.resize(columns);
    m_bytes.resize(columns);
    for (int i = 0; i < columns; ++i) {
        m_row[i] = m_query->value(i);
        m_bytes[i] = m_row[i].typeId() == QMetaType::QByteArray ? m_row[i].toByteArray() : m_row[i].toString().toUtf8();
    }
    return true;
}

bool DirectStatement::isNull(int column) const
{
    if (m_db != nullptr) {
        return m_row.at(column).isNull();
    }
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 DirectStatement::integer(int column) const
{
    if (m_db != nullptr) {
        return m_row.at(column).toLongLong();
    }
    return sqlite3_column_int64(m_statement.get(), column);
}

QByteArrayView DirectStatement::bytes(int column) const
{
    if (m_db != nullptr) {
        return m_bytes.at(column);
    }
    // Text comes as its UTF-8, as stored; the size is asked for after the value (SQLite's rule).
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return {data, sqlite3_column_bytes(m_statement.get(), column)};
}

} // namespace signet
