#pragma once

#include "Result.h"

#include <QDateTime>

namespace signet {

class Database;
class RowAuthenticator;

// Append-only record of every use case, as a keyed chain: each row's hash is an HMAC (under a key
// derived from the master key) over its id, the previous hash and its fields, and the head (the
// last id and hash) is kept authenticated beside the vault. Editing, deleting, reordering or
// truncating rows, emptying the table or recomputing the chain without the key all show.
class AuditLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString action;
        QString target;
        QString details;
    };

    AuditLog(Database& db, const RowAuthenticator& chainKey) : m_db(db), m_key(chainKey) {}

    // Refuses to add to a log whose last entry is not the authenticated head.
    Status append(const QDateTime& at, const QString& action, const QString& target, const QString& details = {});
    // The entry that starts the chain of a new workspace.
    Status appendFirst(const QDateTime& at, const QString& action, const QString& target);
    // Number of entries checked, or an error saying where the chain breaks.
    Result<qint64> verify();
    static Result<QList<Entry>> recent(Database& db, int limit);

    // Re-chains a log written before it was keyed (after checking its unkeyed SHA-256 chain) and
    // writes its head. Returns the id of the first entry that did not chain before, or 0.
    Result<qint64> rekeyLegacy();

private:
    struct Head {
        qint64 id = 0;
        QByteArray hash;
    };
    Status add(const QDateTime& at, const QString& action, const QString& target, const QString& details, bool first);
    Result<Head> head();
    Status writeHead(const Head& head);
    [[nodiscard]] QByteArray chainHash(qint64 id, const QByteArray& previous, qint64 at, const QString& action,
                                       const QString& target, const QString& details) const;

    Database& m_db;
    const RowAuthenticator& m_key;
};

} // namespace signet
