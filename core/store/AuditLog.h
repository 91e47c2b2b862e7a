#pragma once

#include "Result.h"

#include <QDateTime>

namespace signet {

class Database;

// Append-only record of every use case. Each row carries the SHA-256 of the previous row's hash
// and its own fields, so any edit, deletion or reordering breaks the chain where it happened.
class AuditLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString action;
        QString target;
        QString details;
    };

    static Status append(Database& db, const QDateTime& at, const QString& action, const QString& target,
                         const QString& details = {});
    // Number of rows checked, or an error naming the first row that does not chain.
    static Result<qint64> verify(Database& db);
    static Result<QList<Entry>> recent(Database& db, int limit);
};

} // namespace signet
