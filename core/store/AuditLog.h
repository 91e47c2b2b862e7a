#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace signet {

class Database;
class RowAuthenticator;

// Which audit entries to list, newest first, one page at a time (keyset paging by id).
struct AuditFilter {
    // Contained in the action, target, details or actor (case-insensitive for ASCII).
    QString text;
    // An action ("issue-server"); a one-word action names its family as well ("issue" for
    // issue-server, issue-client, ...; "revoke" for revoke). Empty for all.
    QString action;
    QDateTime since; // inclusive, when valid
    QDateTime until; // exclusive, when valid
    qint64 beforeId = 0; // entries with a smaller id only, when positive: the last id of the page before
    int limit = 100;
};

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
        // The local account that made the entry; empty for entries made before it was recorded.
        QString actor;
    };

    // New entries name `actor`; an empty actor is stored as NULL, as before it was recorded.
    AuditLog(Database& db, const RowAuthenticator& chainKey, QString actor = currentAccount())
        : m_db(db), m_key(chainKey), m_actor(std::move(actor))
    {
    }

    // The name of the account this process runs as ($USER, $USERNAME, else the home folder's name).
    static QString currentAccount();

    // Refuses to add to a log whose last entry is not the authenticated head.
    Status append(const QDateTime& at, const QString& action, const QString& target, const QString& details = {});
    // The entry that starts the chain of a new workspace.
    Status appendFirst(const QDateTime& at, const QString& action, const QString& target);
    // Number of entries checked, or an error saying where the chain breaks.
    Result<qint64> verify();
    static Result<QList<Entry>> recent(Database& db, int limit);
    static Result<QList<Entry>> entries(Database& db, const AuditFilter& filter);
    // The distinct actions in the log, sorted.
    static Result<QStringList> actions(Database& db);
    // How many entries came after the last one of `action` (all of them when there is none): the
    // changes since the last backup, for the reminder to make one.
    static Result<qint64> countSince(Database& db, const QString& action);

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
    // An entry without an actor (std::nullopt) hashes exactly as before the actor was recorded.
    [[nodiscard]] QByteArray chainHash(qint64 id, const QByteArray& previous, qint64 at, const QString& action,
                                       const QString& target, const QString& details,
                                       const std::optional<QString>& actor) const;

    Database& m_db;
    const RowAuthenticator& m_key;
    QString m_actor;
};

} // namespace signet
