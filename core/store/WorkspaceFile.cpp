#include "store/WorkspaceFile.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/rand.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Workspace", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

// The schema and what `fill` writes, in one transaction at `location`.
Status build(const QString& location, const Database::Fill& fill)
{
    auto db = Database::open(location, true, fill);
    if (!db) {
        return db.error();
    }
    if (!(*db)->isNew()) {
        return makeError(Tr::tr("a workspace already exists at %1; open it instead of creating it").arg(location));
    }
    // Returning closes the last connection, which checkpoints the WAL into the file and removes it.
    return {};
}

Status syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(Tr::tr("cannot open the folder %1").arg(dir), QString::fromLocal8Bit(strerror(errno)));
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        return makeError(Tr::tr("cannot sync the folder %1").arg(dir), QString::fromLocal8Bit(strerror(errno)));
    }
    return {};
}

// rename(2) without replacing: RENAME_NOREPLACE where the file system has it, else link + unlink.
Status moveIntoPlace(const QString& from, const QString& to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0) {
        return {};
    }
    if (errno == EINVAL || errno == ENOSYS) {
        if (::link(src.constData(), dst.constData()) == 0) {
            ::unlink(src.constData());
            return {};
        }
    }
    if (errno == EEXIST) {
        return makeError(Tr::tr("%1 already exists; open it instead of creating it").arg(to));
    }
    return makeError(Tr::tr("cannot create %1").arg(to), QString::fromLocal8Bit(strerror(errno)));
}
} // namespace

Status WorkspaceFile::create(const QString& path, const QByteArray& password, const QDateTime& at,
                             const KeyVault::KdfParams& kdf, const QString& member)
{
    const QString name = ServerAddress::isServer(path) ? path : QFileInfo(path).fileName();
    return create(path, [&](Database& db) -> Status {
        auto vault = KeyVault::createWithMember(db, member, password, kdf, at);
        if (!vault) {
            return vault.error();
        }
        auto chain = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::AuditChain);
        if (!chain) {
            return chain.error();
        }
        return AuditLog(db, *chain, member).appendFirst(at, QStringLiteral("create-workspace"), name);
    });
}

Status WorkspaceFile::create(const QString& location, const Database::Fill& fill)
{
    if (ServerAddress::isServer(location)) {
        // A server's transaction makes the workspace whole or not at all, in the empty database.
        return build(location, fill);
    }
    const QFileInfo info(location);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir)) {
        return makeError(Tr::tr("cannot create the folder %1").arg(dir));
    }
    unsigned char random[8];
    if (RAND_bytes(random, sizeof random) != 1) {
        return makeError(Tr::tr("the random number generator failed"));
    }
    const QString temp = dir + QStringLiteral("/.") + info.fileName() + QStringLiteral(".new-")
                         + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex());
    Status st = build(temp, fill);
    if (st) {
        st = moveIntoPlace(temp, info.absoluteFilePath());
    }
    if (!st) {
        removeWithCompanions(temp);
        return st;
    }
    return syncDirectory(dir);
}

} // namespace signet
