#include "store/FileSystemCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

#include <array>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "FileSystemCheck", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileSystemCheck)
};

// From linux/magic.h and the file systems' own headers.
constexpr long kNfs = 0x6969;
constexpr long kSmb = 0x517B;
constexpr long kCifs = 0xFF534D42;
constexpr long kSmb2 = 0xFE534D42;
constexpr long kAfs = 0x5346414F;
constexpr long kCeph = 0x00C36400;
constexpr long kCoda = 0x73757245;
constexpr long kFuse = 0x65735546;

// FUSE file systems that reach another machine; the others (ntfs-3g, ...) are local disks.
constexpr std::array kNetworkFuse{"fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs",
                                  "fuse.glusterfs", "fuse.smbnetfs", "fuse.curlftpfs"};

// mountinfo escapes blanks in paths as \040 and so on.
QString unescaped(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += char(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return QString::fromUtf8(out);
}
} // namespace

QString FileSystemCheck::classify(long magic, const QString& mountType)
{
    switch (magic) {
    case kNfs:
        return QStringLiteral("NFS");
    case kSmb:
    case kCifs:
    case kSmb2:
        return QStringLiteral("SMB/CIFS");
    case kAfs:
        return QStringLiteral("AFS");
    case kCeph:
        return QStringLiteral("CephFS");
    case kCoda:
        return QStringLiteral("Coda");
    case kFuse:
        for (const char* type : kNetworkFuse) {
            if (mountType == QLatin1String(type)) {
                return mountType.mid(5); // "sshfs"
            }
        }
        return {};
    default:
        return {};
    }
}

QString FileSystemCheck::mountTypeOf(const QString& canonicalPath, const QByteArray& mountInfo)
{
    QString best;
    QString type;
    for (const QByteArray& line : mountInfo.split('\n')) {
        // "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 5 || dash < 0 || dash + 1 >= fields.size()) {
            continue;
        }
        const QString mountPoint = unescaped(fields[4]);
        const bool holds = canonicalPath == mountPoint || mountPoint == QLatin1String("/")
                           || canonicalPath.startsWith(mountPoint + QLatin1Char('/'));
        // The last of equally long mount points is the one on top.
        if (holds && mountPoint.size() >= best.size()) {
            best = mountPoint;
            type = QString::fromUtf8(fields[dash + 1]);
        }
    }
    return type;
}

QString FileSystemCheck::networkFileSystem(const QString& path)
{
    // The nearest folder that exists: a workspace may be created in folders made for it.
    QString existing = QFileInfo(path).absolutePath();
    while (!QFileInfo(existing).isDir() && existing != QLatin1String("/")) {
        existing = QFileInfo(existing).absolutePath();
    }
    const QString folder = QFileInfo(existing).canonicalFilePath();
    if (folder.isEmpty()) {
        return {};
    }
    struct statfs info {};
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0) {
        return {};
    }
    QString mountType;
    if (static_cast<long>(info.f_type) == kFuse) {
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        if (mounts.open(QIODevice::ReadOnly)) {
            mountType = mountTypeOf(folder, mounts.read(4 * 1024 * 1024));
        }
    }
    return classify(static_cast<long>(info.f_type), mountType);
}

Status FileSystemCheck::refuseNetworkWorkspace(const QString& path)
{
    const QString kind = networkFileSystem(path);
    if (kind.isEmpty()) {
        return {};
    }
    return makeError(Tr::tr("%1 is on a network file system (%2), where SQLite's write-ahead log does not work and "
                            "changes can be lost or the file damaged: Signet does not change a workspace there. Work "
                            "on a copy on a local disk (back it up to the share if you like), or use a team "
                            "workspace on PostgreSQL.")
                         .arg(QDir::toNativeSeparators(path), kind));
}

} // namespace signet
