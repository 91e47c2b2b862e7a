#pragma once

#include <QStringList>
#include <QtGlobal>

namespace signet {

// Migration N (1-based) brings a workspace from user_version N-1 to N. Never edit a released one.
const QList<QStringList>& schemaMigrations();
// The same numbering on PostgreSQL (store/PostgresSchema.cpp); SqlDialect::migrations() picks.
const QList<QStringList>& postgresMigrations();
// What the text filter searches in one row on PostgreSQL, as SQLite's search table holds it.
QString postgresSearchTerms();

// Adds the certificate whose id is bound twice to the text filter's table (SQLite). Every insert into
// `certificates` is followed by this statement of its own: done by a trigger inside the insert, it
// made SQLite write the search index out after every row.
QString searchIndexInsert();
// Fills the text filter's table (SQLite) from every row of `certificates`, for a table that is empty.
QString searchIndexRebuild();

// The status report's counts (certificate_counts): how many present certificates of each kind
// expire in each hour. Kept by triggers on update and delete; each insert into `certificates` is
// followed by statusCountAdd()'s statements, each with the new row's state and hour bound. Plain
// one-row statements: a statement that may write several rows makes the search table write out
// its pending terms, as the insert trigger did (see migration 10).
enum class CountedState { Live = 0, Revoked = 1 };
constexpr qint64 kCountBucketSeconds = 3600;
// The hour a certificate that expires at `notAfter` is counted in (SQLite's integer division truncates as C++'s does).
constexpr qint64 countBucketOf(qint64 notAfter)
{
    return notAfter / kCountBucketSeconds;
}
const QStringList& statusCountAdd();
// The counts as the rows of `certificates` make them: columns state, hour, n.
QString statusCountsOfRows();

} // namespace signet
