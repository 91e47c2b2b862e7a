#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace signet {

// The workspace's SQLite file: WAL, foreign keys, numbered migrations driven by user_version.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates the file (mode 0600) when `create` is set and it does not exist yet.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool create);
    // Read-only, for reading the public data without the password: nothing is written, not even
    // a migration (a workspace of an older schema is opened once with its password first).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs one statement with positional bindings; the query is positioned before the first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {});
    // A statement that returns no rows (INSERT, UPDATE), kept prepared for its next run: bulk paths
    // run the same insert thousands of times, and SQLite compiles an insert into the certificates
    // table together with its triggers each time it is prepared. Returns the last inserted row id.
    Result<qint64> write(const QString& sql, const QVariantList& bindings);
    // Whether a query returns a row, kept prepared as write()'s statements are: bulk paths ask
    // whether each new name is taken.
    Result<bool> exists(const QString& sql, const QVariantList& bindings);
    // After a loop over next(): whether the rows ended or reading them failed (a damaged page
    // shows only when it is read; a loop that stopped there must not pass for the whole list).
    [[nodiscard]] Status finished(const QSqlQuery& query) const;
    // The SQLite connection under Qt's, for SqliteStatement (reads of a million rows).
    [[nodiscard]] sqlite3* sqliteHandle() const;
    // A LIKE pattern (with ESCAPE '\\') matching `text` anywhere, its % and _ taken literally.
    static QString containsPattern(const QString& text);
    // SQLite's check of the whole file (every page, index and free list). Opening reads nothing
    // beyond what it needs; this is for 'verify'. Empty when the file is sound, else its findings.
    Result<QStringList> checkFile();

    // A consistent copy of the whole workspace, as one read transaction sees it, into `path` (a new
    // or empty file): writers elsewhere may go on meanwhile. The copy is in rollback-journal mode,
    // so it can be opened for reading beside nothing.
    Status vacuumInto(const QString& path);
    // Replaces this workspace's content with the file at `sourcePath`, page by page through
    // SQLite's backup API under its locks, so that other connections see either the old content
    // or the new, never a mix.
    Status copyFrom(const QString& sourcePath);
    // The same from one file into another that no connection holds (a new or empty file).
    static Status copyFile(const QString& sourcePath, const QString& destinationPath);

    // BEGIN IMMEDIATE: takes the write lock at once, so a second writer gets a clear error
    // instead of a failure halfway through a use case.
    Status begin();
    Status commit();
    void rollback();

private:
    enum class Mode { Existing, Create, ReadOnly };
    explicit Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, Mode mode);
    Status configure();
    Status migrate();
    [[nodiscard]] Error failure(const QSqlError& error) const;
    Result<QSqlQuery*> prepared(const QString& sql, const QVariantList& bindings);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements; // write()'s and exists()'s, prepared
    bool m_fresh = false; // the file was created by this open
    bool m_readOnly = false;
};

// Scope guard for one use case: rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace signet
