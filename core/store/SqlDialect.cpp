#include "store/SqlDialect.h"

#include "store/Schema.h"

namespace signet {

namespace {
// The key of the workspace's write lock among PostgreSQL's advisory locks ("SIGN"), which are
// kept per database.
constexpr qint64 kWriteLock = 0x5349474E;
// How long a writer waits for another before it gives up with "busy": SQLite's busy timeout.
constexpr int kLockWaitSeconds = 30;
} // namespace

QString SqlDialect::nocase(const QString& expression) const
{
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expression) : expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::nocaseValue() const
{
    return isPostgres() ? QStringLiteral("lower(CAST(? AS TEXT) COLLATE \"C\")") : QStringLiteral("? COLLATE NOCASE");
}

QString SqlDialect::like() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::indexedBy(const QString& index) const
{
    return isPostgres() ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

QString SqlDialect::unindexed(const QString& column) const
{
    return isPostgres() ? column : QLatin1Char('+') + column;
}

QString SqlDialect::zeros(const QString& column) const
{
    return isPostgres() ? QStringLiteral("decode(repeat('00', length(%1)), 'hex')").arg(column)
                        : QStringLiteral("zeroblob(length(%1))").arg(column);
}

QStringList SqlDialect::beginWrite() const
{
    if (isPostgres()) {
        return {QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock)};
    }
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqlDialect::auditGuard(bool on) const
{
    if (isPostgres()) {
        return {QStringLiteral("ALTER TABLE audit_log %1 TRIGGER audit_log_no_change")
                    .arg(on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"))};
    }
    if (!on) {
        return {QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
                QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")};
    }
    return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")};
}

QStringList SqlDialect::connectionSettings(bool readOnly) const
{
    if (isPostgres()) {
        QStringList settings{QStringLiteral("SET lock_timeout = '%1s'").arg(kLockWaitSeconds),
                             QStringLiteral("SET client_min_messages = warning"),
                             QStringLiteral("SET standard_conforming_strings = on")};
        if (readOnly) {
            settings << QStringLiteral("SET default_transaction_read_only = on");
        }
        return settings;
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    // A read-only connection leaves the journal mode as the file has it.
    if (!readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    return pragmas;
}

QString SqlDialect::returningId() const
{
    return isPostgres() ? QStringLiteral(" RETURNING id") : QString();
}

QString SqlDialect::schemaVersionGuard() const
{
    return isPostgres() ? QStringLiteral("SELECT to_regclass('signet_schema') IS NOT NULL") : QString();
}

QString SqlDialect::schemaVersionQuery() const
{
    return isPostgres() ? QStringLiteral("SELECT version FROM signet_schema") : QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::setSchemaVersion(int version) const
{
    return isPostgres() ? QStringLiteral("UPDATE signet_schema SET version = %1").arg(version)
                        : QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqlDialect::tableCountQuery() const
{
    return isPostgres() ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                                         " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                                         " AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S')")
                        : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

const QList<QStringList>& SqlDialect::migrations() const
{
    return isPostgres() ? postgresMigrations() : schemaMigrations();
}

QString SqlDialect::idsFollow(const QString& table) const
{
    return isPostgres() ? QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                         " (SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                              .arg(table)
                        : QString();
}

QString SqlDialect::deferForeignKeys() const
{
    return isPostgres() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED") : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqlDialect::rebuildSearchIndex() const
{
    return isPostgres() ? QString() : searchIndexRebuild();
}

QString SqlDialect::searchTermsMatch() const
{
    return isPostgres() ? QStringLiteral("lower(%1) LIKE %2 ESCAPE '\\'").arg(postgresSearchTerms(), nocaseValue())
                        : QString();
}

} // namespace signet
