#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace signet {

class Database;

// One statement on the workspace's own SQLite connection, its values read where SQLite keeps
// them. QSqlQuery makes a QVariant of every value, and UTF-16 of every text, on the thread that
// reads: for the reads of every revoked row of a CA (a CRL of a million entries) that was most of
// the time. The SQL still lives in store/, next to the QSqlQuery reads.
class SqliteStatement {
public:
    static Result<SqliteStatement> prepare(Database& db, const char* sql);

    // Binds a value to the parameter at `index` (from 1).
    Status bind(int index, qint64 value);
    // Steps to the next row: false when the rows ended or reading them failed (finished() says).
    bool next();
    [[nodiscard]] Status finished() const { return m_status; }

    // The current row's values; a text or blob stays valid until next().
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QByteArrayView bytes(int column) const;

private:
    SqliteStatement() = default;
    Status error(int code) const;

    struct Finalize {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
    QString m_path;
    Status m_status;
};

} // namespace signet
