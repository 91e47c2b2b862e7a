#include "import/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "BoundedFile", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

QString BoundedFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return Tr::tr("%1 MiB").arg(bytes / (1024 * 1024));
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return Tr::tr("%1 KiB").arg(bytes / 1024);
    }
    return Tr::tr("%1 bytes").arg(bytes);
}

namespace {

// Closes the descriptor it owns.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

bool acceptable(const struct stat& st, bool pipeAllowed)
{
    return S_ISREG(st.st_mode) || (pipeAllowed && S_ISFIFO(st.st_mode));
}

Status refuseKind(const QString& path, bool pipeAllowed)
{
    return makeError(pipeAllowed ? Tr::tr("cannot read %1: it is not a regular file or a pipe").arg(path)
                                 : Tr::tr("cannot read %1: it is not a regular file").arg(path));
}

// Opens `path` for reading once stat() shows a kind of file that may be read, and checks again on
// the open descriptor, so that a file swapped in between is caught. Opening a device or a FIFO
// can block or have effects: those are refused before open() where they are not wanted.
Result<int> openChecked(const QString& path, bool pipeAllowed)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat before {};
    if (::stat(native.constData(), &before) != 0) {
        return makeError(Tr::tr("cannot read %1").arg(path), systemError(errno));
    }
    if (!acceptable(before, pipeAllowed)) {
        return refuseKind(path, pipeAllowed).error();
    }
    int fd = -1;
    do {
        // Non-blocking where no pipe is wanted: should a FIFO be swapped in after stat(), open()
        // still returns, and fstat() below refuses it.
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | (pipeAllowed ? 0 : O_NONBLOCK));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return makeError(Tr::tr("cannot read %1").arg(path), systemError(errno));
    }
    struct stat after {};
    if (::fstat(fd, &after) != 0 || !acceptable(after, pipeAllowed)) {
        ::close(fd);
        return refuseKind(path, pipeAllowed).error();
    }
    return fd;
}

// Appends up to `limit` bytes; stops early at end of file, or after a chunk with a newline when
// `toNewline`. Returns false on a read error (errno set).
bool readInto(int fd, QByteArray& out, qint64 limit, bool toNewline)
{
    char buffer[4096];
    while (out.size() < limit) {
        const qint64 want = std::min<qint64>(sizeof buffer, limit - out.size());
        const ssize_t n = ::read(fd, buffer, static_cast<size_t>(want));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            std::memset(buffer, 0, sizeof buffer);
            return false;
        }
        if (n == 0) {
            break;
        }
        out.append(buffer, n);
        if (toNewline && std::memchr(buffer, '\n', static_cast<size_t>(n)) != nullptr) {
            break;
        }
    }
    // The buffer may have held a password.
    std::memset(buffer, 0, sizeof buffer);
    return true;
}
} // namespace

Result<QByteArray> BoundedFile::read(const QString& path, qint64 maxBytes)
{
    auto fd = openChecked(path, false);
    if (!fd) {
        return fd.error();
    }
    const Descriptor file(*fd);
    return readDescriptor(file.get(), path, maxBytes);
}

Result<int> BoundedFile::openRegular(const QString& path)
{
    return openChecked(path, false);
}

Result<QByteArray> BoundedFile::readFirstLine(const QString& path, qint64 maxBytes)
{
    auto fd = openChecked(path, true);
    if (!fd) {
        return fd.error();
    }
    const Descriptor file(*fd);
    return readFirstLineOfDescriptor(file.get(), path, maxBytes);
}

Result<QByteArray> BoundedFile::readDescriptor(int fd, const QString& label, qint64 maxBytes)
{
    QByteArray data;
    if (!readInto(fd, data, maxBytes + 1, false)) {
        return makeError(Tr::tr("cannot read %1").arg(label), systemError(errno));
    }
    if (data.size() > maxBytes) {
        return makeError(Tr::tr("%1 is larger than %2, more than this kind of file can hold").arg(label, sizeText(maxBytes)));
    }
    return data;
}

Result<QByteArray> BoundedFile::readFirstLineOfDescriptor(int fd, const QString& label, qint64 maxBytes)
{
    QByteArray data;
    // One byte more than the line may have, for its line break.
    if (!readInto(fd, data, maxBytes + 1, true)) {
        return makeError(Tr::tr("cannot read %1").arg(label), systemError(errno));
    }
    const qsizetype newline = data.indexOf('\n');
    const qsizetype end = newline >= 0 ? newline : data.size();
    if (end > maxBytes) {
        data.fill('\0');
        return makeError(Tr::tr("the first line of %1 is longer than %2").arg(label, sizeText(maxBytes)));
    }
    QByteArray line = data.left(end);
    data.fill('\0');
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

} // namespace signet
