#include "Workspace.h"

#include "IntegrityService.h"
#include "MemberService.h"
#include "WorkspaceContext.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/FileSystemCheck.h"
#include "store/ServerAddress.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

// Making, opening and unlocking a workspace, and its password.
namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Workspace", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, KeyVault vault, Clock clock)
    : m_db(std::move(db)), m_vault(std::move(vault)), m_clock(std::move(clock))
{
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::assemble(std::unique_ptr<Database> db, KeyVault vault, Clock clock)
{
    auto rows = RowAuthenticator::derive(vault, RowAuthenticator::Purpose::Rows);
    auto chain = RowAuthenticator::derive(vault, RowAuthenticator::Purpose::AuditChain);
    if (!rows || !chain) {
        return !rows ? rows.error() : chain.error();
    }
    auto ws = std::unique_ptr<Workspace>(new Workspace(std::move(db), std::move(vault), std::move(clock)));
    ws->m_ctx = std::make_unique<WorkspaceContext>(*ws->m_db, ws->m_vault, ws->m_clock, std::move(rows).value(),
                                                   std::move(chain).value());
    return ws;
}

std::unique_ptr<Workspace> Workspace::assembleUnchecked(std::unique_ptr<Database> db, Clock clock)
{
    auto ws = std::unique_ptr<Workspace>(new Workspace(std::move(db), KeyVault(), std::move(clock)));
    ws->m_ctx = std::make_unique<WorkspaceContext>(*ws->m_db, ws->m_vault, ws->m_clock, RowAuthenticator::unchecked(),
                                                   RowAuthenticator::unchecked());
    return ws;
}

QString Workspace::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/signet/default.signet");
}

bool Workspace::exists(const QString& path)
{
    return ServerAddress::isServer(path) || QFileInfo(path).isFile();
}

bool Workspace::isServerLocation(const QString& location)
{
    return ServerAddress::isServer(location);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QByteArray& password, Clock clock,
                                                     const KeyVault::KdfParams& kdf, const QString& member)
{
    const bool server = ServerAddress::isServer(path);
    if (!server && (QFileInfo(path).exists() || QFileInfo(path).isSymLink())) {
        return makeError(Tr::tr("%1 already exists; open it instead of creating it").arg(path));
    }
    if (password.isEmpty()) {
        return makeError(Tr::tr("the workspace password must not be empty"));
    }
    if (!server) {
        if (Status st = FileSystemCheck::refuseNetworkWorkspace(path); !st) {
            return st.error();
        }
    }
    const QString first = member.isEmpty() ? AuditLog::currentAccount() : member;
    if (Status st = WorkspaceFile::create(path, password, clock(), kdf, first); !st) {
        return st.error();
    }
    return open(path, password, std::move(clock), first);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QByteArray& password, Clock clock,
                                                   const QString& member)
{
    auto db = Database::open(path, false);
    if (!db) {
        return db.error();
    }
    if (!KeyVault::isInitialized(**db)) {
        return makeError(Tr::tr("%1 is not a Signet workspace (it has no key vault)").arg(path));
    }
    auto vault = KeyVault::unlock(**db, password, member);
    if (!vault) {
        return vault.error();
    }
    const bool legacy = vault->isLegacy();
    const bool withoutMembers = !vault->hasMember();
    auto ws = assemble(std::move(db).value(), std::move(vault).value(), clock);
    if (ws && legacy) {
        if (Status st = IntegrityService(*(*ws)->m_ctx).sealLegacy(password); !st) {
            return makeError(Tr::tr("cannot seal workspace %1").arg(path), st.error().toString());
        }
    }
    if (ws && withoutMembers) {
        // Its password becomes the first member's; opened again, the workspace is that member's.
        const QString first = member.isEmpty() ? AuditLog::currentAccount() : member;
        if (Status st = MemberService::adopt(*(*ws)->m_ctx, first, password); !st) {
            return makeError(Tr::tr("cannot give workspace %1 its first member").arg(path), st.error().toString());
        }
        ws->reset();
        return open(path, password, std::move(clock), first);
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openReadOnly(const QString& path, Clock clock)
{
    auto db = Database::openReadOnly(path);
    if (!db) {
        return db.error();
    }
    if (!KeyVault::isInitialized(**db)) {
        return makeError(Tr::tr("%1 is not a Signet workspace (it has no key vault)").arg(path));
    }
    return assembleUnchecked(std::move(db).value(), std::move(clock));
}

bool Workspace::isAuthenticated() const
{
    return m_ctx->rowAuthenticator().isChecking();
}

Result<std::unique_ptr<Workspace>> Workspace::sibling() const
{
    if (!isAuthenticated()) {
        auto db = Database::openReadOnly(path());
        if (!db) {
            return db.error();
        }
        return assembleUnchecked(std::move(db).value(), m_clock);
    }
    auto db = Database::open(path(), false);
    if (!db) {
        return db.error();
    }
    return assemble(std::move(db).value(), m_vault.duplicate(), m_clock);
}

QString Workspace::path() const
{
    return m_db->path();
}

QDateTime Workspace::now() const
{
    return m_ctx->now();
}

Status Workspace::checkPassword(const QByteArray& password)
{
    auto vault = KeyVault::unlock(*m_db, password, m_vault.memberName());
    if (!vault) {
        return vault.error();
    }
    return {};
}

Status Workspace::changePassword(const QByteArray& newPassword)
{
    Transaction tx(*m_db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    if (Status st = m_vault.changePassword(*m_db, newPassword, KeyVault::KdfParams()); !st) {
        return st;
    }
    if (Status st = m_ctx->audit(QStringLiteral("change-password"), QFileInfo(path()).fileName()); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace signet
