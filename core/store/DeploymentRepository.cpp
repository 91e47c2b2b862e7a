#include "store/DeploymentRepository.h"

#include "store/Database.h"

namespace signet {

Result<qint64> DeploymentRepository::save(const DeploymentRecord& r)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO deployments(kind, directory, server_id, client_ca_id, crl_file,"
                                      " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT(directory, kind) DO UPDATE SET server_id = excluded.server_id,"
                                      " client_ca_id = excluded.client_ca_id, crl_file = excluded.crl_file,"
                                      " updated_at = excluded.updated_at"),
                       {r.kind, r.directory, r.serverId, r.clientCaId, r.crlFile, r.createdAt.toSecsSinceEpoch(),
                        r.updatedAt.toSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    auto id = m_db.exec(QStringLiteral("SELECT id FROM deployments WHERE directory = ? AND kind = ?"),
                        {r.directory, r.kind});
    if (!id) {
        return id.error();
    }
    return id->next() ? id->value(0).toLongLong() : qint64(0);
}

Result<QList<DeploymentRecord>> DeploymentRepository::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, directory, server_id, client_ca_id, crl_file, created_at,"
                                      " updated_at FROM deployments ORDER BY directory, kind"));
    if (!q) {
        return q.error();
    }
    QList<DeploymentRecord> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
                    q->value(4).toLongLong(), q->value(5).toString(),
                    QDateTime::fromSecsSinceEpoch(q->value(6).toLongLong(), Qt::UTC),
                    QDateTime::fromSecsSinceEpoch(q->value(7).toLongLong(), Qt::UTC)});
    }
    return out;
}

Status DeploymentRepository::touch(qint64 id, const QDateTime& at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE deployments SET updated_at = ? WHERE id = ?"), {at.toSecsSinceEpoch(), id});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace signet
