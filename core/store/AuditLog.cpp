#include "store/AuditLog.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "AuditLog", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const QByteArray kGenesis(32, '\0');

void addField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

// The chain before it was keyed: plain SHA-256, checked once when the workspace is sealed.
QByteArray legacyHash(const QByteArray& previous, qint64 at, const QString& action, const QString& target,
                      const QString& details)
{
    QByteArray input;
    addField(input, previous);
    addField(input, QByteArray::number(at));
    addField(input, action.toUtf8());
    addField(input, target.toUtf8());
    addField(input, details.toUtf8());
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(input.constData(), static_cast<size_t>(input.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(len));
}

QByteArray headEncoding(qint64 id, const QByteArray& hash)
{
    return RowEncoding("audit-head:v1").add(id).add(hash).bytes();
}

Error altered(const QString& where)
{
    return makeError(Tr::tr("the audit log was altered outside Signet: %1").arg(where));
}

std::optional<QString> actorOf(const QSqlQuery& q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<QString>(q.value(column).toString());
}
} // namespace

QString AuditLog::currentAccount()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QDir::home().dirName();
}

QByteArray AuditLog::chainHash(qint64 id, const QByteArray& previous, qint64 at, const QString& action,
                               const QString& target, const QString& details,
                               const std::optional<QString>& actor) const
{
    RowEncoding row("audit:v1");
    row.add(id).add(previous).add(at).add(action).add(target).add(details);
    // Appended only when present, so that entries written before the actor column still verify.
    if (actor) {
        row.add(*actor);
    }
    return m_key.mac(row);
}

Result<AuditLog::Head> AuditLog::head()
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('audit.head_id', 'audit.head_hash',"
                                      " 'audit.head_mac')"));
    if (!q) {
        return q.error();
    }
    Head h;
    QByteArray mac;
    int found = 0;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QByteArray value = q->value(1).toByteArray();
        ++found;
        if (key == QLatin1String("audit.head_id")) {
            h.id = value.toLongLong();
        } else if (key == QLatin1String("audit.head_hash")) {
            h.hash = value;
        } else {
            mac = value;
        }
    }
    if (found != 3) {
        return altered(Tr::tr("its authenticated head is missing"));
    }
    if (!m_key.verify(headEncoding(h.id, h.hash), mac)) {
        return altered(Tr::tr("its authenticated head does not verify"));
    }
    return h;
}

Status AuditLog::writeHead(const Head& h)
{
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QVariant>>{
             {QStringLiteral("audit.head_id"), QByteArray::number(h.id)},
             {QStringLiteral("audit.head_hash"), h.hash},
             {QStringLiteral("audit.head_mac"), m_key.mac(headEncoding(h.id, h.hash))},
         }) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        if (!q) {
            return q.error();
        }
    }
    return {};
}

Status AuditLog::appendFirst(const QDateTime& at, const QString& action, const QString& target)
{
    return add(at, action, target, {}, true);
}

Status AuditLog::append(const QDateTime& at, const QString& action, const QString& target, const QString& details)
{
    return add(at, action, target, details, false);
}

Status AuditLog::add(const QDateTime& at, const QString& action, const QString& target, const QString& details,
                     bool first)
{
    auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    Head previous{0, kGenesis};
    if (last->next()) {
        previous = {last->value(0).toLongLong(), last->value(1).toByteArray()};
    }
    // Only a new workspace starts the chain; any later entry must follow the authenticated head.
    if (previous.id == 0 && !first) {
        return altered(Tr::tr("its entries were removed"));
    }
    if (previous.id != 0) {
        auto h = head();
        if (!h) {
            return h.error();
        }
        if (h->id != previous.id || h->hash != previous.hash) {
            return altered(Tr::tr("its last entries were removed or changed"));
        }
    }
    const qint64 id = previous.id + 1;
    const qint64 when = at.toSecsSinceEpoch();
    const QString d = details.isNull() ? QStringLiteral("") : details;
    const std::optional<QString> actor = m_actor.isEmpty() ? std::nullopt : std::optional<QString>(m_actor);
    const QByteArray hash = chainHash(id, previous.hash, when, action, target, d, actor);
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log(id, at, action, target, details, prev_hash, hash, actor)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, when, action, target, d, previous.hash, hash,
                        actor ? QVariant(*actor) : QVariant(QMetaType::fromType<QString>())});
    if (!q) {
        return q.error();
    }
    return writeHead({id, hash});
}

Result<qint64> AuditLog::verify()
{
    auto h = head();
    if (!h) {
        return h.error();
    }
    auto q = m_db.exec(
        QStringLiteral("SELECT id, at, action, target, details, prev_hash, hash, actor FROM audit_log ORDER BY id"));
    if (!q) {
        return q.error();
    }
    Head previous{0, kGenesis};
    qint64 count = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != previous.id + 1) {
            return altered(Tr::tr("entries %1 to %2 are missing").arg(previous.id + 1).arg(id - 1));
        }
        const QByteArray expected = chainHash(id, previous.hash, q->value(1).toLongLong(), q->value(2).toString(),
                                              q->value(3).toString(), q->value(4).toString(), actorOf(*q, 7));
        if (q->value(5).toByteArray() != previous.hash || q->value(6).toByteArray() != expected) {
            return altered(Tr::tr("entry %1 was changed").arg(id));
        }
        previous = {id, expected};
        ++count;
    }
    if (previous.id < h->id) {
        return count == 0 ? altered(Tr::tr("all %1 entries were removed").arg(h->id))
                          : altered(Tr::tr("entries %1 to %2 were removed from its end").arg(previous.id + 1).arg(h->id));
    }
    if (previous.id != h->id || previous.hash != h->hash) {
        return altered(Tr::tr("it does not end at its authenticated head (entry %1)").arg(h->id));
    }
    return count;
}

Result<qint64> AuditLog::rekeyLegacy()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, at, action, target, details, prev_hash, hash, actor FROM audit_log ORDER BY id"));
    if (!q) {
        return q.error();
    }
    struct Row {
        qint64 id;
        qint64 at;
        QString action, target, details;
        std::optional<QString> actor;
    };
    std::vector<Row> rows;
    QByteArray legacyPrevious = kGenesis;
    qint64 brokenAt = 0;
    while (q->next()) {
        Row r{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
              q->value(4).toString(), actorOf(*q, 7)};
        const QByteArray expected = legacyHash(legacyPrevious, r.at, r.action, r.target, r.details);
        if (brokenAt == 0 && (q->value(5).toByteArray() != legacyPrevious || q->value(6).toByteArray() != expected)) {
            brokenAt = r.id;
        }
        legacyPrevious = q->value(6).toByteArray();
        rows.push_back(std::move(r));
    }
    // The triggers guard against accidents, not attackers; they are put back at once.
    for (const QString& sql : m_db.dialect().auditGuard(false)) {
        if (auto d = m_db.exec(sql); !d) {
            return d.error();
        }
    }
    Head previous{0, kGenesis};
    for (const Row& r : rows) {
        // Renumbered 1..n so that a gap is always a deletion.
        const qint64 id = previous.id + 1;
        const QByteArray hash = chainHash(id, previous.hash, r.at, r.action, r.target, r.details, r.actor);
        auto u = m_db.exec(QStringLiteral("UPDATE audit_log SET id = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                           {id, previous.hash, hash, r.id});
        if (!u) {
            return u.error();
        }
        previous = {id, hash};
    }
    for (const QString& sql : m_db.dialect().auditGuard(true)) {
        if (auto c = m_db.exec(sql); !c) {
            return c.error();
        }
    }
    if (Status st = writeHead(previous); !st) {
        return st.error();
    }
    return brokenAt;
}

Result<QList<AuditLog::Entry>> AuditLog::recent(Database& db, int limit)
{
    AuditFilter filter;
    filter.limit = limit;
    return entries(db, filter);
}

Result<QList<AuditLog::Entry>> AuditLog::entries(Database& db, const AuditFilter& filter)
{
    QStringList clauses;
    QVariantList bindings;
    if (!filter.text.isEmpty()) {
        clauses << QStringLiteral("(action %1 ? ESCAPE '\\' OR target %1 ? ESCAPE '\\' OR details %1 ? ESCAPE '\\'"
                                  " OR actor %1 ? ESCAPE '\\')")
                       .arg(db.dialect().like());
        const QString pattern = Database::containsPattern(filter.text);
        bindings << pattern << pattern << pattern << pattern;
    }
    if (!filter.action.isEmpty() && filter.action.contains(QLatin1Char('-'))) {
        clauses << QStringLiteral("action = ?");
        bindings << filter.action;
    } else if (!filter.action.isEmpty()) {
        clauses << QStringLiteral("(action = ? OR substr(action, 1, ?) = ?)");
        const QString family = filter.action + QLatin1Char('-');
        bindings << filter.action << family.size() << family;
    }
    if (filter.since.isValid()) {
        clauses << QStringLiteral("at >= ?");
        bindings << filter.since.toSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        clauses << QStringLiteral("at < ?");
        bindings << filter.until.toSecsSinceEpoch();
    }
    if (filter.beforeId > 0) {
        clauses << QStringLiteral("id < ?");
        bindings << filter.beforeId;
    }
    QString sql = QStringLiteral("SELECT id, at, action, target, details, actor FROM audit_log");
    if (!clauses.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    bindings << std::max(0, filter.limit);
    auto q = db.exec(sql, bindings);
    if (!q) {
        return q.error();
    }
    QList<Entry> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                    q->value(2).toString(), q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    }
    return out;
}

Result<QStringList> AuditLog::actions(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        out << q->value(0).toString();
    }
    return out;
}

Result<qint64> AuditLog::countSince(Database& db, const QString& action)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > "
                                    "COALESCE((SELECT MAX(id) FROM audit_log WHERE action = ?), 0)"),
                     {action});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        Status st = db.finished(*q);
        return st ? makeError(QStringLiteral("COUNT(*) returned no row")) : st.error();
    }
    return q->value(0).toLongLong();
}

} // namespace signet
