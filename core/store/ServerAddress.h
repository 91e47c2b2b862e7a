#pragma once

#include "Result.h"

#include <QString>

namespace signet {

// Where a team workspace lives: a PostgreSQL database named by a libpq connection URI,
// postgresql://[user@][host][:port][/dbname][?parameter=value&…]. What the URI leaves out comes
// from libpq as usual: PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSERVICE and the other
// variables, the service file (~/.pg_service.conf) and the password file (~/.pgpass, PGPASSFILE).
// A password in the URI is refused: an address is shown, remembered and passed on command lines.
struct ServerAddress {
    QString host;    // empty: libpq's default (PGHOST or the local socket)
    int port = -1;   // -1: libpq's default
    QString user;    // empty: libpq's default (PGUSER or the login name)
    QString database;
    QString options; // further libpq parameters, "name='value'" separated by spaces
    QString display; // the URI as given, for messages and window titles

    // Whether `location` names a server rather than a file.
    static bool isServer(const QString& location);
    static Result<ServerAddress> parse(const QString& location);
};

} // namespace signet
