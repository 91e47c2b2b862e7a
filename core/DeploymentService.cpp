#include "DeploymentService.h"

#include "ClientScope.h"
#include "RevocationService.h"
#include "WorkspaceContext.h"
#include "export/FileWriter.h"
#include "export/ServerConfigTemplates.h"

#include <QCoreApplication>
#include <QStringList>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "DeploymentService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeploymentService)
};
} // namespace

QString DeploymentService::reloadCommandFor(const QString& kind)
{
    if (const auto server = serverKindFromName(kind)) {
        return reloadCommand(*server);
    }
    QStringList each;
    for (ServerKind server : allServerKinds()) {
        each << QStringLiteral("%1: %2").arg(serverKindName(server), reloadCommand(server));
    }
    return Tr::tr("reload the server that uses it (%1)").arg(each.join(QStringLiteral("; ")));
}

Result<DeploymentInfo> DeploymentService::describe(const DeploymentRecord& record)
{
    DeploymentInfo info{record, {}, {}, reloadCommandFor(record.kind)};
    auto server = m_ctx.certificates().byId(record.serverId);
    if (!server) {
        return server.error();
    }
    auto ca = m_ctx.certificates().byId(record.clientCaId);
    if (!ca) {
        return ca.error();
    }
    info.serverName = server->name;
    info.clientCaName = ca->name;
    return info;
}

Result<QList<DeploymentInfo>> DeploymentService::list()
{
    auto records = m_ctx.deployments().all();
    if (!records) {
        return records.error();
    }
    QList<DeploymentInfo> out;
    for (const DeploymentRecord& record : *records) {
        auto info = describe(record);
        if (!info) {
            return info.error();
        }
        out.append(std::move(info).value());
    }
    return out;
}

Result<std::vector<DeploymentService::Scoped>> DeploymentService::scopedCovering(qint64 caId)
{
    auto deployments = list();
    if (!deployments) {
        return deployments.error();
    }
    std::vector<Scoped> out;
    for (const DeploymentInfo& info : *deployments) {
        auto ca = m_ctx.certificates().byId(info.record.clientCaId);
        if (!ca) {
            return ca.error();
        }
        auto scope = ClientScope::of(m_ctx, *ca);
        if (!scope) {
            return scope.error();
        }
        if (scope->covers(caId)) {
            out.push_back({info, std::move(scope).value()});
        }
    }
    return out;
}

Result<QList<DeploymentInfo>> DeploymentService::covering(qint64 caId)
{
    auto scoped = scopedCovering(caId);
    if (!scoped) {
        return scoped.error();
    }
    QList<DeploymentInfo> out;
    for (const Scoped& entry : *scoped) {
        out.append(entry.info);
    }
    return out;
}

Result<QList<DeploymentRefresh>> DeploymentService::refreshFor(qint64 caId, const QHash<qint64, QByteArray>& built,
                                                               const CrlRecord* fresh)
{
    auto scoped = scopedCovering(caId);
    if (!scoped) {
        return scoped.error();
    }
    QList<DeploymentRefresh> out;
    RevocationService revocation(m_ctx);
    for (const Scoped& entry : *scoped) {
        DeploymentRefresh refresh{entry.info, {}};
        const auto known = built.constFind(entry.info.record.clientCaId);
        auto bundle = known != built.cend() ? Result<CrlBundle>(CrlBundle{*known, {}})
                                            : revocation.bundleFor(entry.scope, true, fresh);
        if (!bundle) {
            refresh.error = bundle.error().toString();
        } else if (Status st = writeFileAtomically(entry.info.record.crlFile, bundle->pem, false); !st) {
            refresh.error = st.error().toString();
        } else if (Status touched = m_ctx.deployments().touch(entry.info.record.id, m_ctx.now()); !touched) {
            return touched.error();
        }
        out.append(refresh);
    }
    return out;
}

} // namespace signet
