#include "import/PemScanner.h"

#include "import/BoundedFile.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "PemScanner", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PemScanner)
};

constexpr qint64 kChunk = 1024 * 1024;
constexpr QByteArrayView kBegin("-----BEGIN ");
constexpr QByteArrayView kEnd("-----END ");
constexpr QByteArrayView kDashes("-----");
// A BEGIN line longer than this is text, not the start of a block.
constexpr qsizetype kHeaderLine = 256;
} // namespace

PemScanner::PemScanner(Source source, qint64 limit, QByteArray head)
    : m_source(std::move(source)), m_limit(limit), m_buffer(std::move(head))
{
}

Result<bool> PemScanner::fill()
{
    if (m_end) {
        return false;
    }
    compact();
    auto read = m_source(m_buffer, kChunk);
    if (!read) {
        return read.error();
    }
    m_end = *read == 0;
    return !m_end;
}

void PemScanner::compact()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

Result<std::optional<PemBlock>> PemScanner::next()
{
    for (;;) {
        const qsizetype begin = m_buffer.indexOf(kBegin, m_pos);
        if (begin < 0) {
            // Keep what could be the start of a BEGIN marker cut by the end of the buffer.
            const qsizetype keep = std::min<qsizetype>(m_buffer.size() - m_pos, kBegin.size() - 1);
            m_skipped += m_buffer.size() - m_pos - keep;
            m_pos = m_buffer.size() - keep;
            if (m_skipped > m_limit) {
                return makeError(Tr::tr("more than %1 of text without a PEM block").arg(BoundedFile::sizeText(m_limit)));
            }
            auto more = fill();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                return std::optional<PemBlock>();
            }
            continue;
        }
        m_skipped += begin - m_pos;
        m_pos = begin;
        const qsizetype lineEnd = m_buffer.indexOf('\n', begin);
        const qsizetype typeEnd = m_buffer.indexOf(kDashes, begin + kBegin.size());
        if (lineEnd < 0 && m_buffer.size() - begin <= kHeaderLine && !m_end) {
            auto more = fill();
            if (!more) {
                return more.error();
            }
            continue;
        }
        const qsizetype headerEnd = lineEnd < 0 ? m_buffer.size() : lineEnd;
        if (typeEnd < 0 || typeEnd > headerEnd || headerEnd - begin > kHeaderLine) {
            m_pos = begin + 1; // not a BEGIN line: text
            continue;
        }
        const QByteArray type = m_buffer.mid(begin + kBegin.size(), typeEnd - begin - kBegin.size());
        const QByteArray endLine = kEnd.toByteArray() + type + kDashes.toByteArray();
        // Offsets from the block's start: fill() moves the block to the start of the buffer.
        const qsizetype header = headerEnd - begin;
        qsizetype end = -1;
        while ((end = m_buffer.indexOf(endLine, m_pos + header)) < 0) {
            if (m_buffer.size() - m_pos > m_limit) {
                return makeError(Tr::tr("a %1 block larger than %2").arg(QString::fromLatin1(type), BoundedFile::sizeText(m_limit)));
            }
            auto more = fill();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                return makeError(Tr::tr("a %1 block without its END line").arg(QString::fromLatin1(type)));
            }
        }
        const qsizetype start = m_pos;
        const qsizetype newline = m_buffer.indexOf('\n', end + endLine.size());
        const qsizetype stop = newline < 0 ? m_buffer.size() : newline + 1;
        PemBlock block{type, m_buffer.mid(start, stop - start)};
        if (!block.text.endsWith('\n')) {
            block.text.append('\n');
        }
        m_pos = stop;
        m_skipped = 0;
        if (m_pos > kChunk) {
            compact();
        }
        return std::optional<PemBlock>(std::move(block));
    }
}

} // namespace signet
