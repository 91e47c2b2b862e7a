#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace signet {

class Database;

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
};

class DeploymentRepository {
public:
    explicit DeploymentRepository(Database& db) : m_db(db) {}

    // Records the deployment, or refreshes the one already recorded for this folder and kind.
    Result<qint64> save(const DeploymentRecord& record);
    Result<QList<DeploymentRecord>> all();
    Status touch(qint64 id, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace signet
