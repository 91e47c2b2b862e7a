#include "store/DefaultsRepository.h"

#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "DefaultsRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DefaultsRepository)
};
} // namespace

QByteArray DefaultsRepository::encode(qint64 caId, const QByteArray& body)
{
    return RowEncoding("defaults:v1").add(caId).add(body).bytes();
}

QString DefaultsRepository::alteredMessage(qint64 caId)
{
    if (caId == kWorkspace) {
        return Tr::tr("the workspace defaults were changed outside Signet");
    }
    auto name = m_db.exec(QStringLiteral("SELECT name FROM certificates WHERE id = ?"), {caId});
    const QString ca = name && name->next() ? name->value(0).toString() : QString::number(caId);
    return Tr::tr("the defaults of CA '%1' were changed outside Signet").arg(ca);
}

Result<SubjectDefaults> DefaultsRepository::forCa(qint64 caId)
{
    auto q = m_db.exec(QStringLiteral("SELECT body, mac FROM defaults WHERE ca_id = ?"), {caId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return SubjectDefaults();
    }
    const QByteArray body = q->value(0).toString().toUtf8();
    if (!m_auth.verify(encode(caId, body), q->value(1).toByteArray())) {
        return makeError(alteredMessage(caId));
    }
    return SubjectDefaults::fromJson(body);
}

Result<QStringList> DefaultsRepository::altered()
{
    auto q = m_db.exec(QStringLiteral("SELECT ca_id, body, mac FROM defaults ORDER BY ca_id"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        const qint64 caId = q->value(0).toLongLong();
        if (!m_auth.verify(encode(caId, q->value(1).toString().toUtf8()), q->value(2).toByteArray())) {
            out << alteredMessage(caId);
        }
    }
    return out;
}

Status DefaultsRepository::store(qint64 caId, const SubjectDefaults& defaults)
{
    if (defaults.isEmpty()) {
        auto q = m_db.exec(QStringLiteral("DELETE FROM defaults WHERE ca_id = ?"), {caId});
        return q ? Status() : Status(q.error());
    }
    const QByteArray body = defaults.toJson();
    auto q = m_db.exec(QStringLiteral("INSERT INTO defaults(ca_id, body, mac) VALUES (?, ?, ?) ON CONFLICT(ca_id)"
                                      " DO UPDATE SET body = excluded.body, mac = excluded.mac"),
                       {caId, QString::fromUtf8(body), m_auth.mac(encode(caId, body))});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace signet
