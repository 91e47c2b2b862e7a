#pragma once

// Which engine a storage test runs on. By default a workspace is a SQLite file; a test registered a
// second time as `*.postgres` runs with SIGNET_TEST_ENGINE=postgresql, and then each workspace is a
// database of its own on the test server that tests/support/pg_cluster.sh started in
// SIGNET_TEST_POSTGRES_DIR (a CTest fixture), dropped when the test program ends.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cctype>
#include <cstdlib>

namespace signet::test {

inline QString workspaceAt(const QString& filePath);

inline bool onServer()
{
    return qEnvironmentVariable("SIGNET_TEST_ENGINE") == QLatin1String("postgresql");
}

inline QString serverDir()
{
    return qEnvironmentVariable("SIGNET_TEST_POSTGRES_DIR");
}

// The server administrator's address, without a database: postgresql://signet_admin@127.0.0.1:PORT
inline QString serverAdminAddress()
{
    QFile file(serverDir() + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("SIGNET_TEST_ENGINE=postgresql, but no test server runs in SIGNET_TEST_POSTGRES_DIR");
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Runs SQL as the administrator with psql (outside any Signet connection). True when it worked.
inline bool serverAdmin(const QString& sql, const QString& database = QStringLiteral("postgres"))
{
    const QString command = QStringLiteral("bash '%1/pg_cluster.sh' psql '%2' '%3' -c \"%4\" >/dev/null")
                                .arg(QStringLiteral(SIGNET_TEST_SUPPORT_DIR), serverDir(), database, sql);
    return std::system(command.toLocal8Bit().constData()) == 0;
}

// Everything a workspace's database holds, as pg_dump writes it (bytea as hex): what someone who
// can read the server's storage could see, as a file's bytes are on SQLite.
inline QByteArray serverDump(const QString& address)
{
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), serverDir() + QStringLiteral("/pgpass"));
    dump.setProcessEnvironment(env);
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--no-owner"), QStringLiteral("--dbname=") + address});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
        return {};
    }
    // Newer pg_dump guards its output with a random \\restrict key: left out, as it is no content.
    QByteArray out;
    for (const QByteArray& line : dump.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("\\restrict") && !line.startsWith("\\unrestrict")) {
            out += line + '\n';
        }
    }
    return out;
}

// What a workspace keeps where it is stored: the file and its write-ahead log on SQLite; on the
// server its dump, followed by every bytea value in it decoded, so that a search for raw bytes
// finds them in either.
inline QByteArray storedBytes(const QString& filePath)
{
    QByteArray all;
    if (!onServer()) {
        for (const QString& part : {filePath, filePath + QStringLiteral("-wal")}) {
            QFile f(part);
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }
    all = serverDump(workspaceAt(filePath));
    QByteArray decoded;
    for (qsizetype at = all.indexOf("\\x"); at >= 0; at = all.indexOf("\\x", at + 2)) {
        qsizetype end = at + 2;
        while (end < all.size() && isxdigit(static_cast<unsigned char>(all.at(end)))) {
            ++end;
        }
        decoded += QByteArray::fromHex(all.mid(at + 2, end - at - 2)) + '\n';
    }
    return all + decoded;
}

// The databases this program made, dropped at its end (a test server holds many programs' tests).
struct ServerDatabases {
    QStringList names;
    ~ServerDatabases()
    {
        for (const QString& name : names) {
            serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    }
};

// A new workspace's location: `filePath` itself on SQLite; on the server, an empty database made
// for it (the same one each time the same path is asked for).
inline QString workspaceAt(const QString& filePath)
{
    if (!onServer() || filePath.startsWith(QLatin1String("postgresql://"))) {
        return filePath;
    }
    static ServerDatabases made;
    static QHash<QString, QString> addresses;
    if (auto it = addresses.constFind(filePath); it != addresses.constEnd()) {
        return *it;
    }
    qputenv("PGPASSFILE", QFile::encodeName(serverDir() + QStringLiteral("/pgpass")));
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(addresses.size() + 1);
    if (!serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        qFatal("cannot create a database on the test server");
    }
    made.names << name;
    const QString address = serverAdminAddress() + QLatin1Char('/') + name;
    addresses.insert(filePath, address);
    return address;
}

// A copy of the workspace at `from` (closed), at `toFilePath`'s location: the file copied, or a new
// database made from the first one as its template. Empty when copying failed.
inline QString copyWorkspace(const QString& from, const QString& toFilePath)
{
    if (!onServer()) {
        return QFile::copy(from, toFilePath) ? toFilePath : QString();
    }
    static ServerDatabases copies;
    const QString name = QStringLiteral("t%1_copy%2").arg(QCoreApplication::applicationPid()).arg(copies.names.size() + 1);
    if (!serverAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, from.section(QLatin1Char('/'), -1)))) {
        return {};
    }
    copies.names << name;
    return serverAdminAddress() + QLatin1Char('/') + name;
}

// The statement that lets a test edit the audit log behind Signet's back (its append-only guard
// dropped), to prove the chain still shows the edit.
inline QString allowAuditEdits()
{
    return onServer() ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
                      : QStringLiteral("DROP TRIGGER audit_log_no_update");
}

} // namespace signet::test
