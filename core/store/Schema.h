#pragma once

#include <QStringList>

namespace signet {

// Migration N (1-based) brings a workspace from user_version N-1 to N. Never edit a released one.
const QList<QStringList>& schemaMigrations();

// Adds the certificate whose id is bound twice to the text filter's table. Every insert into
// `certificates` is followed by this statement of its own: done by a trigger inside the insert, it
// made SQLite write the search index out after every row.
QString searchIndexInsert();

} // namespace signet
