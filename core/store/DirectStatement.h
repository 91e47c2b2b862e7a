#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace signet {

class Database;

// One statement on the workspace's own SQLite connection, its values read where SQLite keeps
// them. QSqlQuery makes a QVariant of every value, and UTF-16 of every text, on the thread that
// reads: for the reads of every revoked row of a CA (a CRL of a million entries) that was most of
// the time. The SQL still lives in store/, next to the QSqlQuery reads. On a database server the
// same statement runs through the driver, its values handed out the same way.
class DirectStatement {
public:
    static Result<DirectStatement> prepare(Database& db, const char* sql);

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
    DirectStatement() = default;
    Status error(int code) const;
    bool nextFromServer();

    struct Finalize {
        void operator()(sqlite3_stmt* statement) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
    QString m_path;
    Status m_status;
    // On a server: the statement, its values, and the current row's texts and blobs as bytes.
    Database* m_db = nullptr;
    QString m_sql;
    QVariantList m_bindings;
    std::optional<QSqlQuery> m_query;
    std::vector<QVariant> m_row;
    std::vector<QByteArray> m_bytes;
};

} // namespace signet
