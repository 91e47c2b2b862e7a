#include "TransferService.h"

#include "WorkspaceContext.h"
#include "store/Database.h"
#include "store/FileSystemCheck.h"
#include "store/KeyVault.h"
#include "store/ServerAddress.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "TransferService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TransferService)
};

QString shown(const QString& location)
{
    return ServerAddress::isServer(location) ? location : QDir::toNativeSeparators(location);
}

QString countsText(const QList<TableCount>& tables)
{
    QStringList parts;
    for (const TableCount& t : tables) {
        parts << QStringLiteral("%1=%2").arg(t.table).arg(t.rows);
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

Status TransferService::checkTarget(const QString& target) const
{
    if (target.isEmpty()) {
        return makeError(Tr::tr("no destination given"));
    }
    if (target == m_ctx.db().path()) {
        return makeError(Tr::tr("a workspace cannot be moved onto itself"));
    }
    if (ServerAddress::isServer(target)) {
        if (auto address = ServerAddress::parse(target); !address) {
            return address.error();
        }
        return {};
    }
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        return makeError(Tr::tr("%1 exists already; a workspace is moved only into a new file").arg(shown(target)));
    }
    return FileSystemCheck::refuseNetworkWorkspace(target);
}

Status TransferService::fill(Database& target, TransferResult& result, const DatabaseTransfer::Progress& progress)
{
    DatabaseTransfer transfer(m_ctx.db(), target);
    auto copied = transfer.copy(progress);
    if (!copied) {
        return copied.error();
    }
    auto compared = transfer.compare();
    if (!compared) {
        return compared.error();
    }
    result.tables = *compared;
    // The copy checked as the workspace itself would be, with this vault: no second password.
    KeyVault vault = m_ctx.vault().duplicate();
    auto chain = RowAuthenticator::derive(vault, RowAuthenticator::Purpose::AuditChain);
    if (!chain) {
        return chain.error();
    }
    WorkspaceContext copy(target, vault, [this] { return m_ctx.now(); }, m_ctx.rowAuthenticator(), std::move(chain).value());
    auto checked = IntegrityService(copy).verify();
    if (!checked) {
        return checked.error();
    }
    if (!checked->intact()) {
        return makeError(Tr::tr("the copy does not verify, so nothing was written: %1")
                             .arg(checked->problems.join(QStringLiteral("; "))));
    }
    result.checked = *checked;
    return copy.audit(QStringLiteral("migrate-workspace"), m_ctx.db().path(),
                      QStringLiteral("direction=in ") + countsText(result.tables));
}

Result<TransferResult> TransferService::transfer(const TransferOptions& options, const DatabaseTransfer::Progress& progress)
{
    const QString target = ServerAddress::isServer(options.target) ? options.target
                                                                   : QFileInfo(options.target).absoluteFilePath();
    if (Status st = checkTarget(target); !st) {
        return st.error();
    }
    // The write lock from here to the end: what is copied is what the workspace holds when it is
    // recorded as moved.
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    TransferResult result;
    result.target = target;
    if (Status st = WorkspaceFile::create(target, [&](Database& db) { return fill(db, result, progress); }); !st) {
        return makeError(Tr::tr("cannot move the workspace to %1").arg(shown(target)), st.error().toString());
    }
    if (Status st = m_ctx.audit(QStringLiteral("migrate-workspace"), target,
                                QStringLiteral("direction=out ") + countsText(result.tables));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return result;
}

} // namespace signet
