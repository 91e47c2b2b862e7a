#include "export/FileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "FileWriter", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

mode_t modeFor(FileAccess access)
{
    switch (access) {
    case FileAccess::Secret:
        return 0600;
    case FileAccess::Executable:
        return 0777; // less the umask, as a shell script made by hand
    case FileAccess::Public:
        break;
    }
    return 0666; // less the umask
}

Status refuseDestination(const QString& path)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0) {
        if (errno == ENOENT) {
            return {};
        }
        return makeError(Tr::tr("cannot write %1").arg(path), systemError(errno));
    }
    if (S_ISLNK(st.st_mode)) {
        return makeError(Tr::tr("cannot write %1: it is a symbolic link; remove it or choose another file").arg(path));
    }
    if (S_ISDIR(st.st_mode)) {
        return makeError(Tr::tr("cannot write %1: it is a folder").arg(path));
    }
    if (!S_ISREG(st.st_mode)) {
        return makeError(Tr::tr("cannot write %1: it is not a regular file").arg(path));
    }
    return {};
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

// A new file beside `path` that nobody else could have created or linked.
int createTemporary(const QString& path, mode_t mode, QByteArray& tempName)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        tempName = QFile::encodeName(path) + ".tmp-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0 || errno != EEXIST) {
            return fd;
        }
    }
    return -1;
}

void syncFolder(const QString& folder)
{
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir); // best effort: the rename is done; this only makes it survive a power cut
        ::close(dir);
    }
}
} // namespace

Status checkWriteDestination(const QString& path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return makeError(Tr::tr("cannot write %1: the folder %2 does not exist").arg(path, info.absolutePath()));
    }
    return refuseDestination(path);
}

Status refuseExistingFiles(const QStringList& paths)
{
    QStringList existing;
    for (const QString& path : paths) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
            existing << path;
        }
    }
    if (existing.isEmpty()) {
        return {};
    }
    Error refused = makeError(existing.size() == 1
                                  ? Tr::tr("%1 exists already and would be replaced").arg(existing.front())
                                  : Tr::tr("%1 files exist already and would be replaced: %2")
                                        .arg(existing.size())
                                        .arg(existing.join(QStringLiteral(", "))));
    refused.existingFiles = existing;
    return refused;
}

Status writeFileAtomically(const QString& path, const QByteArray& data, FileAccess access)
{
    if (Status st = checkWriteDestination(path); !st) {
        return st;
    }
    const QFileInfo info(path);
    QByteArray tempName;
    const int fd = createTemporary(path, modeFor(access), tempName);
    if (fd < 0) {
        return makeError(Tr::tr("cannot write %1").arg(path), systemError(errno));
    }
    const bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        ::unlink(tempName.constData());
        return makeError(Tr::tr("cannot write %1").arg(path), systemError(written ? errno : writeErrno));
    }
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int renameErrno = errno;
        ::unlink(tempName.constData());
        return makeError(Tr::tr("cannot write %1").arg(path), systemError(renameErrno));
    }
    syncFolder(info.absolutePath());
    return {};
}

Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret)
{
    return writeFileAtomically(path, data, secret ? FileAccess::Secret : FileAccess::Public);
}

} // namespace signet
