#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace signet {

class Database;
class RowAuthenticator;

// A folder that a server configuration or deployment kit was written to: its CRL file follows
// every CRL that Signet publishes for the CAs it covers.
struct DeploymentRecord {
    qint64 id = 0;
    QString kind;       // "nginx", "apache", "haproxy", "node" or "kit"
    QString directory;
    qint64 serverId = 0;
    qint64 clientCaId = 0;
    QString crlFile;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool authentic = true; // false: the row's MAC does not verify
};

class DeploymentRepository {
public:
    DeploymentRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static QByteArray encode(const DeploymentRecord& record);

    // Records the deployment, or refreshes the one already recorded for this folder and kind.
    Result<qint64> save(const DeploymentRecord& record);
    // Refuses an altered row unless `markAltered`, which returns it marked (for verification).
    Result<QList<DeploymentRecord>> all(bool markAltered = false);
    Status touch(qint64 id, const QDateTime& at);
    // Writes the row's MAC.
    Status seal(const DeploymentRecord& record);
    // The deployments that admit clients of CA `from` admit them through CA `to` from now on (a CA
    // renewed with its key: what `from` issued verifies under `to`).
    Status moveClientCa(qint64 from, qint64 to);

private:
    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
