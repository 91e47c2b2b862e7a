#pragma once

#include "Result.h"
#include "store/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;

namespace signet {

struct ServerAddress;

// Where a workspace keeps its rows: a SQLite file (WAL, foreign keys) or a PostgreSQL database
// (a postgresql:// address, store/ServerAddress), with the same numbered migrations on both.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // What a new workspace holds besides its schema, written in the transaction that makes the
    // schema: a workspace is there complete or not at all.
    using Fill = std::function<Status(Database&)>;

    // `location`: a file path or a postgresql:// address. With `create`, a file is made (mode 0600)
    // where none is, and a database that holds no tables gets the schema and `fill`; an existing
    // workspace is opened as it is.
    static Result<std::unique_ptr<Database>> open(const QString& location, bool create, const Fill& fill = {});
    // Read-only, for reading the public data without the password: nothing is written, not even
    // a migration (a workspace of an older schema is opened once with its password first).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& location);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Whether this open made the workspace.
    [[nodiscard]] bool isNew() const { return m_fresh; }

    // The file's absolute path, or the server's address.
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const SqlDialect& dialect() const { return m_dialect; }
    [[nodiscard]] bool isServer() const { return m_dialect.isPostgres(); }
    [[nodiscard]] int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs one statement with positional bindings; the query is positioned before the first row.
    // SQLite steps through the rows as they are read; PostgreSQL's driver hands them over whole,
    // because reading one result row by row there loses it as soon as another statement runs.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {});
    // The same, its rows read as they come on both engines (a CRL of a million entries). On a
    // server nothing else may run on this connection until the last row is read.
    Result<QSqlQuery> stream(const QString& sql, const QVariantList& bindings = {});
    // A statement that returns no rows (INSERT, UPDATE), kept prepared for its next run: bulk paths
    // run the same insert thousands of times, and SQLite compiles an insert into the certificates
    // table together with its triggers each time it is prepared.
    Status write(const QString& sql, const QVariantList& bindings);
    // An INSERT into a table with an `id` column, prepared as write()'s; returns the new row's id.
    Result<qint64> insert(const QString& sql, const QVariantList& bindings);
    // Whether a query returns a row, kept prepared as write()'s statements are: bulk paths ask
    // whether each new name is taken.
    Result<bool> exists(const QString& sql, const QVariantList& bindings);
    // Whether the connection to the server is still there: after it was lost, every statement fails,
    // so a batch that would go on line by line stops at once.
    [[nodiscard]] Status connection() const;
    // After a loop over next(): whether the rows ended or reading them failed (a damaged page
    // shows only when it is read; a loop that stopped there must not pass for the whole list).
    [[nodiscard]] Status finished(const QSqlQuery& query) const;
    // The SQLite connection under Qt's, for DirectStatement (reads of a million rows); null on a server.
    [[nodiscard]] sqlite3* sqliteHandle() const;
    // A LIKE pattern (with ESCAPE '\\') matching `text` anywhere, its % and _ taken literally.
    static QString containsPattern(const QString& text);
    // SQLite's check of the whole file (every page, index and free list). Opening reads nothing
    // beyond what it needs; this is for 'verify'. Empty when the file is sound, else its findings.
    // A server checks its own pages (and the rows are checked by their MACs): empty there.
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

    // The columns of `table` in their order, as the connection's driver reports them.
    Result<QStringList> columns(const QString& table) const;

    // Takes the workspace's write lock at once (SqlDialect::beginWrite), so a second writer waits
    // or gets a clear error instead of a failure halfway through a use case.
    Status begin();
    Status commit();
    void rollback();

private:
    enum class Mode { Existing, Create, ReadOnly };
    Database(QString path, QString connectionName, Engine engine);
    static QString nextConnectionName();
    static Result<std::unique_ptr<Database>> openFile(const QString& path, Mode mode, const Fill& fill);
    static Result<std::unique_ptr<Database>> openServer(const QString& address, Mode mode, const Fill& fill);
    Status configure();
    Status connectServer(const ServerAddress& address);
    Result<int> readSchemaVersion();
    Status migrate(const Fill& fill);
    Status applyMigrations(const Fill& fill);
    Result<QSqlQuery> run(const QString& sql);
    [[nodiscard]] Error failure(const QSqlError& error) const;
    Result<QSqlQuery*> prepared(const QString& sql, const QVariantList& bindings);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements; // write()'s and exists()'s, prepared
    bool m_fresh = false; // this open made the file, or may make the workspace in an empty database
    bool m_readOnly = false;
    SqlDialect m_dialect;
    bool m_counted = false; // in the process's count of open workspace files
    mutable bool m_connectionLost = false; // set by failure(), which only reads otherwise
    bool m_streaming = true; // exec()'s queries read row by row: SQLite's, and stream()'s
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
