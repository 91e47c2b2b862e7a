#include "store/Database.h"

#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

// A workspace on a PostgreSQL server: connecting through Qt's QPSQL driver (libpq underneath).
namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
// libpq prints the server's notices to standard error itself; what matters reaches the command
// as an error of the statement it ran.
void ignoreNotice(void*, const char*) {}
} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, Mode mode, const Fill& fill)
{
    auto address = ServerAddress::parse(location);
    if (!address) {
        return address.error();
    }
    auto db = std::unique_ptr<Database>(new Database(address->display, nextConnectionName(), Engine::Postgres));
    db->m_streaming = false;
    db->m_readOnly = mode == Mode::ReadOnly;
    if (Status st = db->connectServer(*address); !st) {
        return st.error();
    }
    db->m_fresh = mode == Mode::Create;
    if (Status st = db->migrate(fill); !st) {
        return st.error();
    }
    return db;
}

Status Database::connectServer(const ServerAddress& address)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(Tr::tr("this Signet cannot open team workspaces: Qt's PostgreSQL driver is not installed "
                                "(Debian package libqt6sql6-psql)"));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!address.host.isEmpty()) {
        m_db.setHostName(address.host);
    }
    if (address.port > 0) {
        m_db.setPort(address.port);
    }
    if (!address.database.isEmpty()) {
        m_db.setDatabaseName(address.database);
    }
    if (!address.user.isEmpty()) {
        m_db.setUserName(address.user);
    }
    m_db.setConnectOptions(address.options);
    if (!m_db.open()) {
        // libpq's report spans lines ("connection … failed: …\n\tIs the server running …"): one line here.
        return makeError(Tr::tr("cannot connect to the database %1").arg(m_path), m_db.lastError().databaseText().simplified());
    }
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0) {
        if (PGconn* connection = *static_cast<PGconn* const*>(handle.constData())) {
            PQsetNoticeProcessor(connection, ignoreNotice, nullptr);
        }
    }
    for (const QString& setting : m_dialect.connectionSettings(m_readOnly)) {
        if (auto q = run(setting); !q) {
            return makeError(Tr::tr("cannot connect to the database %1").arg(m_path), q.error().toString());
        }
    }
    return {};
}

} // namespace signet
