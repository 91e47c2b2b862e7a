#include "store/Database.h"

#include "store/FileSystemCheck.h"
#include "store/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    return error.text();
}

bool isBusy(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")
           || error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}
bool isCorrupt(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("11") || error.nativeErrorCode() == QLatin1String("26");
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear(); // before the connection they belong to
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, bool create)
{
    return openFile(path, create ? Mode::Create : Mode::Existing);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    return openFile(path, Mode::ReadOnly);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, Mode mode)
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
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Tr::tr("cannot read %1").arg(path), file.errorString());
        }
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0")) {
            return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(path));
        }
    }
    static QAtomicInteger<quint64> counter;
    auto db = std::unique_ptr<Database>(
        new Database(info.absoluteFilePath(), QStringLiteral("signet-%1").arg(counter.fetchAndAddRelaxed(1))));
    db->m_readOnly = mode == Mode::ReadOnly;
    if (Status st = db->configure(); !st) {
        return st.error();
    }
    db->m_fresh = !info.exists();
    if (Status st = db->migrate(); !st) {
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
    // A read-only connection leaves the journal mode as the file has it.
    QList<const char*> pragmas{"PRAGMA foreign_keys = ON"};
    if (!m_readOnly) {
        pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    }
    for (const char* pragma : pragmas) {
        auto q = exec(QString::fromLatin1(pragma));
        if (!q) {
            return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(m_path), q.error().toString());
        }
    }
    // Nothing here reads the whole file (at a million certificates that took seconds, more with a
    // cold cache): SQLite reports a damaged page when a command reads it, and 'verify' checks all.
    return {};
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

Status Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0) {
        return makeError(Tr::tr("%1 is not a Signet workspace (or it is damaged)").arg(m_path));
    }
    if (current > latestSchemaVersion()) {
        return makeError(Tr::tr("workspace %1 was written by a newer Signet (schema %2; this one knows %3)")
                             .arg(m_path)
                             .arg(current)
                             .arg(latestSchemaVersion()));
    }
    if (current == 0) {
        // A database with user_version 0 belongs to some other program, unless this call made it.
        auto tables = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!m_fresh || !tables || !tables->next() || tables->value(0).toInt() != 0) {
            return makeError(Tr::tr("%1 is an SQLite file, but not a Signet workspace").arg(m_path));
        }
    }
    if (m_readOnly && current < latestSchemaVersion()) {
        return makeError(Tr::tr("workspace %1 needs an upgrade to schema %2 first, which needs its password")
                             .arg(m_path)
                             .arg(latestSchemaVersion()));
    }
    for (int version = current; version < latestSchemaVersion(); ++version) {
        Transaction tx(*this);
        if (Status st = tx.begin(); !st) {
            return st;
        }
        for (const QString& statement : schemaMigrations().at(version)) {
            if (auto q = exec(statement); !q) {
                return makeError(Tr::tr("cannot upgrade workspace %1 to schema %2").arg(m_path).arg(version + 1),
                                 q.error().toString());
            }
        }
        if (auto q = exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !q) {
            return q.error();
        }
        if (Status st = tx.commit(); !st) {
            return st;
        }
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return makeError(Tr::tr("database error"), sqlDetail(q.lastError()));
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
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            return makeError(Tr::tr("database error"), sqlDetail(q.lastError()));
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

Result<qint64> Database::write(const QString& sql, const QVariantList& bindings)
{
    auto statement = prepared(sql, bindings);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& q = **statement;
    const bool ok = q.exec();
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0;
    const QSqlError error = q.lastError();
    q.finish();
    if (!ok) {
        return failure(error);
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
    return makeError(Tr::tr("database error"), sqlDetail(error));
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
    if (auto q = exec(QStringLiteral("BEGIN IMMEDIATE")); !q) {
        return q.error();
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
