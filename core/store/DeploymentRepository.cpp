#include "store/DeploymentRepository.h"

#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "DeploymentRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeploymentRepository)
};

const QString kColumns =
    QStringLiteral("id, kind, directory, server_id, client_ca_id, crl_file, created_at, updated_at, mac");

DeploymentRecord fromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toString(),
            QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC),
            QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC)};
}
} // namespace

QByteArray DeploymentRepository::encode(const DeploymentRecord& r)
{
    // Publishing a CRL writes into `directory`: where Signet writes is what the MAC must pin down.
    return RowEncoding("deployment:v1")
        .add(r.id)
        .add(r.kind)
        .add(r.directory)
        .add(r.serverId)
        .add(r.clientCaId)
        .add(r.crlFile)
        .add(r.createdAt.toSecsSinceEpoch())
        .bytes();
}

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
    auto row = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deployments WHERE directory = ? AND kind = ?"),
                         {r.directory, r.kind});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return makeError(Tr::tr("the deployment in %1 was not recorded").arg(r.directory));
    }
    const DeploymentRecord stored = fromRow(*row);
    if (Status st = seal(stored); !st) {
        return st.error();
    }
    return stored.id;
}

Status DeploymentRepository::seal(const DeploymentRecord& r)
{
    auto q = m_db.exec(QStringLiteral("UPDATE deployments SET mac = ? WHERE id = ?"), {m_auth.mac(encode(r)), r.id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<DeploymentRecord>> DeploymentRepository::all(bool markAltered)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deployments ORDER BY directory, kind"));
    if (!q) {
        return q.error();
    }
    QList<DeploymentRecord> out;
    while (q->next()) {
        DeploymentRecord r = fromRow(*q);
        r.authentic = m_auth.verify(encode(r), q->value(8).toByteArray());
        if (!r.authentic && !markAltered) {
            return makeError(Tr::tr("the deployment record for %1 was changed outside Signet").arg(r.directory));
        }
        out.append(r);
    }
    return out;
}

Status DeploymentRepository::moveClientCa(qint64 from, qint64 to)
{
    auto rows = all();
    if (!rows) {
        return rows.error();
    }
    for (DeploymentRecord r : *rows) {
        if (r.clientCaId != from) {
            continue;
        }
        r.clientCaId = to;
        auto q = m_db.exec(QStringLiteral("UPDATE deployments SET client_ca_id = ?, mac = ? WHERE id = ?"),
                           {to, m_auth.mac(encode(r)), r.id});
        if (!q) {
            return q.error();
        }
    }
    return {};
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
