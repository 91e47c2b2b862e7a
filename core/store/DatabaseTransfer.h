#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace signet {

class Database;

// How many rows of one table were copied, or compared.
struct TableCount {
    QString table;
    qint64 rows = 0;
};

// A whole workspace's rows from one database into another, on either engine: every row with its
// own id and its MACs as they are, so that the vault, the row authentication and the audit chain
// hold in the copy as they did in the original. Tables are read in key order a page at a time, so
// memory stays bounded at a million certificates. The target is a new workspace's empty schema,
// inside the transaction that makes it (Database::Fill); the source is read inside the caller's
// transaction, which keeps writers out while it is read.
class DatabaseTransfer {
public:
    // Rows done so far in `table`; false stops the copy.
    using Progress = std::function<bool(const QString& table, qint64 rows)>;

    DatabaseTransfer(Database& source, Database& target) : m_source(source), m_target(target) {}

    // Every row of every table. What only indexes rows (the text filter's table on SQLite) is built
    // anew from them; the id sequences (PostgreSQL) continue after the copied ids.
    Result<QList<TableCount>> copy(const Progress& progress = {});
    // Both sides read again in key order, row by row and value by value: the copy is the same item
    // for item, or the first difference is named.
    Result<QList<TableCount>> compare();

private:
    Result<qint64> copyTable(const QString& table, const QStringList& keys, const Progress& progress);
    Result<qint64> compareTable(const QString& table, const QStringList& keys);
    Result<QStringList> sharedColumns(const QString& table);

    Database& m_source;
    Database& m_target;
};

} // namespace signet
