#include "store/Database.h"

#include "store/Schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

// The schema version and the migrations that bring a workspace to this program's, on either engine.
namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

int Database::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

int Database::schemaVersion() const
{
    auto version = const_cast<Database*>(this)->readSchemaVersion();
    return version ? *version : -1;
}

Result<int> Database::readSchemaVersion()
{
    if (const QString guard = m_dialect.schemaVersionGuard(); !guard.isEmpty()) {
        auto q = run(guard);
        if (!q) {
            return q.error();
        }
        if (!q->next() || !q->value(0).toBool()) {
            return 0;
        }
    }
    auto q = run(m_dialect.schemaVersionQuery());
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QStringList> Database::columns(const QString& table) const
{
    const QSqlRecord record = m_db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        names << record.fieldName(i);
    }
    if (names.isEmpty()) {
        return makeError(Tr::tr("%1 has no table %2").arg(m_path, table), failure(m_db.lastError()).toString());
    }
    return names;
}

Status Database::migrate(const Fill& fill)
{
    auto current = readSchemaVersion();
    if (!current) {
        return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(m_path), current.error().toString());
    }
    if (*current > latestSchemaVersion()) {
        return makeError(Tr::tr("workspace %1 was written by a newer Signet (schema %2; this one knows %3)")
                             .arg(m_path)
                             .arg(*current)
                             .arg(latestSchemaVersion()));
    }
    if (*current != 0) {
        m_fresh = false; // it was there before this open
    }
    if (*current == latestSchemaVersion()) {
        return {};
    }
    if (m_readOnly) {
        return *current == 0 ? makeError(Tr::tr("%1 is not a Signet workspace").arg(m_path))
                             : makeError(Tr::tr("workspace %1 needs an upgrade to schema %2 first, which needs its password")
                                             .arg(m_path)
                                             .arg(latestSchemaVersion()));
    }
    return applyMigrations(fill);
}

// Every step in one transaction, under the write lock: a second process that upgrades or creates
// the same workspace at once waits, then finds the work done.
Status Database::applyMigrations(const Fill& fill)
{
    Transaction tx(*this);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    auto current = readSchemaVersion();
    if (!current) {
        return current.error();
    }
    if (*current == latestSchemaVersion()) {
        return {};
    }
    if (*current == 0) {
        // A database without a schema version belongs to some other program, unless it is empty
        // and this open was asked to make a workspace.
        auto tables = exec(m_dialect.tableCountQuery());
        const bool empty = tables && tables->next() && tables->value(0).toInt() == 0;
        if (!empty) {
            return makeError(m_dialect.isPostgres()
                                 ? Tr::tr("the database %1 is not a Signet workspace: it holds tables of another program")
                                       .arg(m_path)
                                 : Tr::tr("%1 is an SQLite file, but not a Signet workspace").arg(m_path));
        }
        if (!m_fresh) {
            return makeError(m_dialect.isPostgres()
                                 ? Tr::tr("the database %1 holds no Signet workspace yet; create one there first (init)")
                                       .arg(m_path)
                                 : Tr::tr("%1 is an SQLite file, but not a Signet workspace").arg(m_path));
        }
    }
    const QList<QStringList>& migrations = m_dialect.migrations();
    for (int version = *current; version < latestSchemaVersion(); ++version) {
        for (const QString& statement : migrations.at(version)) {
            if (auto q = exec(statement); !q) {
                return makeError(Tr::tr("cannot upgrade workspace %1 to schema %2").arg(m_path).arg(version + 1),
                                 q.error().toString());
            }
        }
    }
    if (auto q = exec(m_dialect.setSchemaVersion(latestSchemaVersion())); !q) {
        return q.error();
    }
    if (*current == 0 && fill) {
        if (Status st = fill(*this); !st) {
            return st;
        }
    }
    return tx.commit();
}

} // namespace signet
