#include "import/ImportStream.h"

#include "import/BoundedFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ImportStream", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportStream)
};

// Where to look for a first PEM block: text before it beyond this is not a PEM file's.
constexpr qint64 kHead = 1024 * 1024;

// An open regular file read up to the size it had when opened.
class OpenFile {
public:
    explicit OpenFile(int fd) : m_fd(fd)
    {
        struct stat st {};
        m_size = ::fstat(m_fd, &st) == 0 ? st.st_size : 0;
    }
    ~OpenFile() { ::close(m_fd); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;

    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] qint64 position() const { return m_position; }

    // Appends up to `max` bytes; 0 at the end.
    Result<qint64> read(QByteArray& out, qint64 max, const QString& path)
    {
        const qint64 want = std::min(max, m_size - m_position);
        if (want <= 0) {
            return qint64(0);
        }
        const qsizetype at = out.size();
        out.resize(at + want);
        qint64 got = 0;
        while (got < want) {
            const ssize_t n = ::read(m_fd, out.data() + at + got, static_cast<size_t>(want - got));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                out.resize(at);
                return makeError(Tr::tr("cannot read %1").arg(path), QString::fromLocal8Bit(std::strerror(errno)));
            }
            if (n == 0) {
                break; // the file shrank
            }
            got += n;
        }
        out.resize(at + got);
        m_position += got;
        if (got == 0) {
            m_size = m_position;
        }
        return got;
    }

private:
    int m_fd;
    qint64 m_size = 0;
    qint64 m_position = 0;
};

Status readWhole(OpenFile& file, QByteArray& data, const QString& path)
{
    if (file.size() > ImportStream::kObjectLimit) {
        return makeError(Tr::tr("%1 is larger than %2, more than this kind of file can hold")
                             .arg(path, BoundedFile::sizeText(ImportStream::kObjectLimit)));
    }
    for (;;) {
        auto n = file.read(data, file.size() - data.size(), path);
        if (!n) {
            return n.error();
        }
        if (*n == 0) {
            return {};
        }
    }
}

Status readPem(OpenFile& file, QByteArray head, const QString& path, const QByteArray& password,
               const ImportStream::Visit& visit)
{
    const QString fileName = QFileInfo(path).fileName();
    PemScanner scanner([&file, &path](QByteArray& buffer, qint64 max) { return file.read(buffer, max, path); },
                       ImportStream::kObjectLimit, std::move(head));
    ParsedFile batch;
    int blocks = 0;
    for (;;) {
        auto block = scanner.next();
        if (!block) {
            return makeError(Tr::tr("%1: %2").arg(fileName, block.error().message), block.error().detail);
        }
        if (!*block) {
            break;
        }
        ++blocks;
        if (Status st = ImportParser::parseBlock(**block, fileName, password, batch); !st) {
            return st;
        }
        if (batch.certificates.size() + batch.keys.size() + batch.crls.size() >= ImportStream::kBatch) {
            if (Status st = visit(batch, file.position()); !st) {
                return st;
            }
            batch = ParsedFile();
        }
    }
    if (blocks == 0) {
        return makeError(Tr::tr("%1 holds no PEM data that can be read").arg(fileName));
    }
    return visit(batch, file.size());
}
} // namespace

Result<qint64> ImportStream::size(const QString& path)
{
    auto fd = BoundedFile::openRegular(path);
    if (!fd) {
        return fd.error();
    }
    const OpenFile file(*fd);
    return file.size();
}

Status ImportStream::read(const QString& path, const QByteArray& password, const Visit& visit)
{
    auto fd = BoundedFile::openRegular(path);
    if (!fd) {
        return fd.error();
    }
    OpenFile file(*fd);
    QByteArray head;
    while (head.size() < kHead) {
        auto n = file.read(head, kHead - head.size(), path);
        if (!n) {
            return n.error();
        }
        if (*n == 0 || head.contains("-----BEGIN ")) {
            break;
        }
    }
    if (head.contains("-----BEGIN ")) {
        return readPem(file, std::move(head), path, password, visit);
    }
    // DER, PKCS#7 or PKCS#12: one object, read whole.
    if (Status st = readWhole(file, head, path); !st) {
        return st;
    }
    auto parsed = ImportParser::parse(head, QFileInfo(path).fileName(), password);
    if (!parsed) {
        return parsed.error();
    }
    return visit(*parsed, file.size());
}

} // namespace signet
