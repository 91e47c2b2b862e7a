#include "store/AuditLog.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "AuditLog", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

void addField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

QByteArray chainHash(const QByteArray& previous, qint64 at, const QString& action, const QString& target,
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
} // namespace

Status AuditLog::append(Database& db, const QDateTime& at, const QString& action, const QString& target,
                        const QString& details)
{
    auto last = db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    const QByteArray previous = last->next() ? last->value(0).toByteArray() : QByteArray(32, '\0');
    const qint64 when = at.toSecsSinceEpoch();
    const QByteArray hash = chainHash(previous, when, action, target, details);
    auto q = db.exec(QStringLiteral("INSERT INTO audit_log(at, action, target, details, prev_hash, hash)"
                                    " VALUES (?, ?, ?, ?, ?, ?)"),
                     {when, action, target, details.isNull() ? QStringLiteral("") : details, previous, hash});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<qint64> AuditLog::verify(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, at, action, target, details, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QByteArray previous(32, '\0');
    qint64 count = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QByteArray storedPrev = q->value(5).toByteArray();
        const QByteArray expected = chainHash(previous, q->value(1).toLongLong(), q->value(2).toString(),
                                              q->value(3).toString(), q->value(4).toString());
        if (storedPrev != previous || q->value(6).toByteArray() != expected) {
            return makeError(Tr::tr("the audit log was altered at entry %1").arg(id));
        }
        previous = expected;
        ++count;
    }
    return count;
}

Result<QList<AuditLog::Entry>> AuditLog::recent(Database& db, int limit)
{
    auto q = db.exec(QStringLiteral("SELECT id, at, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?"),
                     {limit});
    if (!q) {
        return q.error();
    }
    QList<Entry> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                    q->value(2).toString(), q->value(3).toString(), q->value(4).toString()});
    }
    return out;
}

} // namespace signet
