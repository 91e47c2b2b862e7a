#include "store/Database.h"

#include "store/FileSystemCheck.h"
#include "store/ServerAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <fcntl.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString sqlDetail(const QSqlError& error)
{
    return error.text().simplified();
}

// SQLite's result codes, PostgreSQL's SQLSTATEs (lock timeout, serialization failure, deadlock).
bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03")
           || code == QLatin1String("40001") || code == QLatin1String("40P01")
           || (code.size() <= 2 && error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive));
}
bool isCorrupt(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("11") || error.nativeErrorCode() == QLatin1String("26")
           || error.nativeErrorCode() == QLatin1String("XX001") || error.nativeErrorCode() == QLatin1String("XX002");
}
// The connection to the server is gone: class 08, the server shutting down (57P0x), or libpq's
// own report without a code.
bool isDisconnected(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || code.startsWith(QLatin1String("08"))
           || code.startsWith(QLatin1String("57P0"))
           || error.text().contains(QLatin1String("server closed the connection"))
           || error.text().contains(QLatin1String("no connection to the server"))
           || error.text().contains(QLatin1String("could not send data to server"))
           || error.text().contains(QLatin1String("could not receive data from server"))
           || error.text().contains(QLatin1String("terminating connection"))
           || error.text().contains(QLatin1String("SSL SYSCALL error"));
}
} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_dialect(engine)
{
}

namespace {
// The workspace files this process has open. Closing any descriptor of a file drops every POSIX lock
// the process holds on it, SQLite's included: a second open of a file that is open already must not
// read its header through a descriptor of its own, or another process could write beside this one.
QMutex g_openFilesMutex;
QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}
bool isOpenHere(const QString& path)
{
    const QMutexLocker lock(&g_openFilesMutex);
    return openFiles().value(path) > 0;
}
void countOpen(const QString& path, int change)
{
    const QMutexLocker lock(&g_openFilesMutex);
    int& n = openFiles()[path];
    n += change;
    if (n <= 0) {
        openFiles().remove(path);
    }
}
} // namespace

Database::~Database()
{
    if (m_counted) {
        countOpen(m_path, -1);
    }
    m_statements.clear(); // before the connection they belong to
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, bool create, const Fill& fill)
{
    const Mode mode = create ? Mode::Create : Mode::Existing;
    return ServerAddress::isServer(location) ? openServer(location, mode, fill) : openFile(location, mode, fill);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& location)
{
    return ServerAddress::isServer(location) ? openServer(location, Mode::ReadOnly, {})
                                             : openFile(location, Mode::ReadOnly, {});
}

QString Database::nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("signet-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, Mode mode, const Fill& fill)
{
    const bool create = mode == Mode::Create;
    const QFileInfo info(path);
    if (info.isSymLink()) {
        return makeError(Tr::tr("%1 is a symbolic link; Signet opens workspaces only by their real path").arg(path));
    }
    if (info.exists() && !info.isFile()) {
        return makeError(Tr::tr("%1 is not a workspace file").arg(path));
    }
    // Opening must never turn some other file into a workspace: only a file this call created
    // gets a schema.
    if (info.exists() && info.size() == 0) {
        return makeError(Tr::tr("%1 is empty: it is not a Signet workspace").arg(path));
    }
    if (mode != Mode::ReadOnly) {
        if (Status st = FileSystemCheck::refuseNetworkWorkspace(path); !st) {
            return st.error();
        }
    }
    if (!info.exists()) {
        if (!create) {
            return makeError(Tr::tr("workspace %1 does not exist").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
        }
        // Created 0600 before SQLite sees it; SQLite gives its -wal and -shm files the same mode.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) {
            return makeError(Tr::tr("cannot create %1").arg(path), QString::fromLocal8Bit(strerror(errno)));
        }
        ::close(fd);
    } else if (!isOpenHere(info.absoluteFilePath())) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Tr::tr("cannot read %1").arg(path), file.errorString());
        }
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0")) {
            return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(path));
        }
    }
    auto db = std::unique_ptr<Database>(new Database(info.absoluteFilePath(), nextConnectionName(), Engine::Sqlite));
    db->m_readOnly = mode == Mode::ReadOnly;
    countOpen(db->m_path, 1);
    db->m_counted = true;
    if (Status st = db->configure(); !st) {
        return st.error();
    }
    db->m_fresh = !info.exists();
    if (Status st = db->migrate(fill); !st) {
        return st.error();
    }
    return db;
}

Status Database::configure()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!m_db.open()) {
        return makeError(Tr::tr("cannot open workspace %1").arg(m_path), sqlDetail(m_db.lastError()));
    }
    for (const QString& pragma : m_dialect.connectionSettings(m_readOnly)) {
        auto q = exec(pragma);
        if (!q) {
            return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(m_path), q.error().toString());
        }
    }
    // Nothing here reads the whole file (at a million certificates that took seconds, more with a
    // cold cache): SQLite reports a damaged page when a command reads it, and 'verify' checks all.
    return {};
}

Result<QSqlQuery> Database::run(const QString& sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(m_streaming);
    if (!q.exec(sql)) {
        return failure(q.lastError());
    }
    return q;
}

Result<QSqlQuery> Database::stream(const QString& sql, const QVariantList& bindings)
{
    m_streaming = true;
    auto q = exec(sql, bindings);
    m_streaming = !m_dialect.isPostgres();
    return q;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings)
{
    // PostgreSQL prepares only queries and data changes, not DDL or transaction control; what has
    // no values to bind runs as it is.
    if (bindings.isEmpty() && m_dialect.isPostgres()) {
        return run(sql);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(m_streaming);
    if (!q.prepare(sql)) {
        return failure(q.lastError());
    }
    for (const QVariant& value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return failure(q.lastError());
    }
    return q;
}

Result<QSqlQuery*> Database::prepared(const QString& sql, const QVariantList& bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(m_streaming);
        if (!q.prepare(sql)) {
            return failure(q.lastError());
        }
        it = m_statements.insert(sql, q);
    }
    for (int i = 0; i < bindings.size(); ++i) {
        it->bindValue(i, bindings.at(i));
    }
    return &*it;
}

Result<bool> Database::exists(const QString& sql, const QVariantList& bindings)
{
    auto statement = prepared(sql, bindings);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = **statement;
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        return failure(error);
    }
    const bool found = q.next();
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid()) {
        return failure(error);
    }
    return found;
}

Status Database::write(const QString& sql, const QVariantList& bindings)
{
    auto statement = prepared(sql, bindings);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = **statement;
    const bool ok = q.exec();
    const QSqlError error = q.lastError();
    q.finish();
    if (!ok) {
        return failure(error);
    }
    return {};
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& bindings)
{
    const QString returning = m_dialect.returningId();
    auto statement = prepared(returning.isEmpty() ? sql : sql + returning, bindings);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = **statement;
    bool ok = q.exec();
    qint64 id = 0;
    if (ok) {
        id = returning.isEmpty() ? q.lastInsertId().toLongLong() : (q.next() ? q.value(0).toLongLong() : 0);
        ok = id != 0;
    }
    const QSqlError error = q.lastError();
    q.finish();
    if (!ok) {
        return error.isValid() ? failure(error) : makeError(Tr::tr("database error"), Tr::tr("no id for the new row"));
    }
    return id;
}

Error Database::failure(const QSqlError& error) const
{
    if (isBusy(error)) {
        return makeError(Tr::tr("the workspace is busy: another Signet process is writing to it; try again"),
                         sqlDetail(error));
    }
    if (isCorrupt(error)) {
        return makeError(Tr::tr("workspace %1 is damaged or not a Signet workspace").arg(m_path), sqlDetail(error));
    }
    if (m_dialect.isPostgres() && isDisconnected(error)) {
        m_connectionLost = true;
        return makeError(Tr::tr("the connection to the database server of %1 was lost; what the command had not "
                                "finished was not saved")
                             .arg(m_path),
                         sqlDetail(error));
    }
    return makeError(Tr::tr("database error"), sqlDetail(error));
}

Status Database::connection() const
{
    if (m_connectionLost) {
        return makeError(Tr::tr("the connection to the database server of %1 was lost; what the command had not "
                                "finished was not saved")
                             .arg(m_path));
    }
    return {};
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = m_db.driver() != nullptr ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString Database::containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Status Database::finished(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    if (!error.isValid() || error.type() == QSqlError::NoError) {
        return {};
    }
    if (isCorrupt(error)) {
        return makeError(Tr::tr("workspace %1 is damaged or not a Signet workspace").arg(m_path), sqlDetail(error));
    }
    return makeError(Tr::tr("database error"), sqlDetail(error));
}

Result<QStringList> Database::checkFile()
{
    if (m_dialect.isPostgres()) {
        return QStringList();
    }
    auto q = exec(QStringLiteral("PRAGMA quick_check"));
    if (!q) {
        return q.error();
    }
    QStringList findings;
    while (q->next()) {
        if (const QString line = q->value(0).toString(); line != QLatin1String("ok")) {
            findings << line;
        }
    }
    if (Status st = finished(*q); !st) {
        return st.error();
    }
    return findings;
}

Status Database::begin()
{
    if (m_readOnly) {
        return makeError(Tr::tr("this changes the workspace, which needs its password (it was opened for reading only)"));
    }
    const QStringList statements = m_dialect.beginWrite();
    for (const QString& statement : statements) {
        if (auto q = exec(statement); !q) {
            if (statement != statements.first()) {
                rollback();
            }
            return q.error();
        }
    }
    return {};
}

Status Database::commit()
{
    if (auto q = exec(QStringLiteral("COMMIT")); !q) {
        return q.error();
    }
    return {};
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Transaction::~Transaction()
{
    if (m_open) {
        m_db.rollback();
    }
}

Status Transaction::begin()
{
    Status st = m_db.begin();
    m_open = st.ok();
    return st;
}

Status Transaction::commit()
{
    Status st = m_db.commit();
    if (st) {
        m_open = false;
    }
    return st;
}

} // namespace signet
