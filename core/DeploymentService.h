#pragma once

#include "ClientScope.h"
#include "Result.h"
#include "store/DeploymentRepository.h"

#include <QHash>

namespace signet {

class WorkspaceContext;
struct CrlRecord;

// A recorded deployment with the names a person knows it by.
struct DeploymentInfo {
    DeploymentRecord record;
    QString serverName;
    QString clientCaName;
    QString reloadCommand; // how to load a changed CRL file into that server
};

// What publishing a CRL did to one deployment.
struct DeploymentRefresh {
    DeploymentInfo deployment;
    QString error; // empty when its CRL file was rewritten
};

// The folders that server configurations and kits were written to. Publishing a CRL rewrites the
// CRL file of every one whose client CAs include that CA, so that a revocation reaches the servers
// with their next reload.
class DeploymentService {
public:
    explicit DeploymentService(WorkspaceContext& context) : m_ctx(context) {}

    Result<QList<DeploymentInfo>> list();
    // The deployments whose CRL file carries `caId`'s CRL (its scope holds the CA).
    Result<QList<DeploymentInfo>> covering(qint64 caId);
    // After `caId` published a new CRL: each deployment whose scope holds that CA gets its CRL file
    // rewritten (atomically) with a current CRL of every one of its CAs. A folder that cannot be
    // written is reported in its entry; the others are refreshed all the same. `built` holds CRL
    // bundles already made in this publication, by the client CA whose scope they cover: a
    // deployment of that scope gets those bytes instead of a second build. `fresh`: the CRL just
    // published, used as it is rather than read back.
    Result<QList<DeploymentRefresh>> refreshFor(qint64 caId, const QHash<qint64, QByteArray>& built = {},
                                                const CrlRecord* fresh = nullptr);

    static QString reloadCommandFor(const QString& kind);

private:
    struct Scoped {
        DeploymentInfo info;
        ClientScope scope;
    };
    // The deployments covering `caId`, each with its client scope.
    Result<std::vector<Scoped>> scopedCovering(qint64 caId);
    Result<DeploymentInfo> describe(const DeploymentRecord& record);
    WorkspaceContext& m_ctx;
};

} // namespace signet
