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
        return makeError(caId == kWorkspace ? Tr::tr("the workspace defaults were changed outside Signet")
                                            : Tr::tr("the defaults of a CA were changed outside Signet"));
    }
    return SubjectDefaults::fromJson(body);
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
