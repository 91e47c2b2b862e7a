#pragma once

#include "Result.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace signet {

// One PEM block as written: from its BEGIN line to the end of its END line.
struct PemBlock {
    QByteArray type; // "CERTIFICATE", "PRIVATE KEY", ...
    QByteArray text;
};

// Finds PEM blocks one after the other in text that arrives piece by piece, so a bundle of a
// million certificates is read in constant memory. Text between blocks is skipped, as OpenSSL
// skips it. Outside data is bounded per object: a block, or a run of text without a block, longer
// than `limit` bytes is refused instead of being gathered.
class PemScanner {
public:
    // Appends up to `max` more bytes to `buffer`; returns how many (0 at the end of the data).
    using Source = std::function<Result<qint64>(QByteArray& buffer, qint64 max)>;

    PemScanner(Source source, qint64 limit, QByteArray head = {});

    // The next block, or nothing at the end of the data. A block cut short by the end of the data
    // is an error.
    Result<std::optional<PemBlock>> next();

private:
    // Reads more into m_buffer; false at the end of the data.
    Result<bool> fill();
    void compact();

    Source m_source;
    qint64 m_limit;
    QByteArray m_buffer;
    qsizetype m_pos = 0;  // where scanning goes on in m_buffer
    qint64 m_skipped = 0; // bytes of text since the last block
    bool m_end = false;
};

} // namespace signet
