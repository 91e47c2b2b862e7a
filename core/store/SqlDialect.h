#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace signet {

enum class Engine { Sqlite, Postgres };

// The SQL that differs between the two engines, in one place. Every other statement in store/ is
// written once, in what SQLite and PostgreSQL both accept. Names compare and sort by their
// ASCII-lowercased bytes on both: SQLite's NOCASE, PostgreSQL's lower() over "C"-collated text.
class SqlDialect {
public:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    [[nodiscard]] Engine engine() const { return m_engine; }
    [[nodiscard]] bool isPostgres() const { return m_engine == Engine::Postgres; }

    // `expression` as names compare and sort: ASCII case folded.
    [[nodiscard]] QString nocase(const QString& expression) const;
    // A bound value (?) folded the same way, for comparing with nocase().
    [[nodiscard]] QString nocaseValue() const;
    // "`column` is the bound name": equal as names compare.
    [[nodiscard]] QString sameName(const QString& column) const
    {
        return nocase(column) + QStringLiteral(" = ") + nocaseValue();
    }
    // The operator of the text filters, ASCII case folded as SQLite's LIKE folds it.
    [[nodiscard]] QString like() const;
    // SQLite is told which index a filter walks; PostgreSQL's planner chooses for itself.
    [[nodiscard]] QString indexedBy(const QString& index) const;
    // A column kept out of SQLite's choice of index ("+column"); the column itself elsewhere.
    [[nodiscard]] QString unindexed(const QString& column) const;
    // Bytes of zero as long as the blob in `column`.
    [[nodiscard]] QString zeros(const QString& column) const;

    // What starts a write transaction. Both let one writer in at a time, so that the audit chain,
    // serials and CRL numbers follow each other, and let every read inside the use case see the
    // latest commit: SQLite's BEGIN IMMEDIATE; on PostgreSQL a transaction-scoped advisory lock
    // of the database, which a dropped connection releases too. Readers never wait.
    [[nodiscard]] QStringList beginWrite() const;
    // Lifts (`on` false) or restores the audit log's append-only guard, for re-keying a log.
    [[nodiscard]] QStringList auditGuard(bool on) const;
    // Said once per connection.
    [[nodiscard]] QStringList connectionSettings(bool readOnly) const;
    // Appended to an INSERT to read the new row's id (PostgreSQL); SQLite reports it itself.
    [[nodiscard]] QString returningId() const;

    // The schema version: where the guard is given and says false, 0 (PostgreSQL: the version table
    // is not there yet, and a query naming a missing table would end the transaction around it);
    // else the query's one value. And the statement that sets it.
    [[nodiscard]] QString schemaVersionGuard() const;
    [[nodiscard]] QString schemaVersionQuery() const;
    [[nodiscard]] QString setSchemaVersion(int version) const;
    // How many tables the database holds: a new workspace is made only where this is 0.
    [[nodiscard]] QString tableCountQuery() const;
    // Migration N (1-based) brings a workspace from schema N-1 to N on this engine.
    [[nodiscard]] const QList<QStringList>& migrations() const;
    // After rows were inserted into `table` with ids of their own: the next id given out follows them.
    [[nodiscard]] QString idsFollow(const QString& table) const;

    // Foreign keys checked at commit instead of after each statement, in the transaction begun.
    [[nodiscard]] QString deferForeignKeys() const;
    // Fills the text filter's own table from `certificates` (SQLite; PostgreSQL's is an index).
    [[nodiscard]] QString rebuildSearchIndex() const;

    // The text filter's prefilter on PostgreSQL: rows whose search terms hold `pattern` (a
    // containsPattern of the text, lowercased), found through a trigram index. Empty on SQLite,
    // which has its own search table (store/CertificateFilterSql).
    [[nodiscard]] QString searchTermsMatch() const;

private:
    Engine m_engine;
};

} // namespace signet
