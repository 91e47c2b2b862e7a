#pragma once

#include "Result.h"
#include "import/ImportParser.h"

#include <functional>

namespace signet {

// Reads one import file piece by piece and hands on what it holds in batches, so that a PEM bundle
// of a million certificates passes through a bounded amount of memory. Only regular files are
// read, and no further than the size they had when opened. Every object is bounded: a PEM block
// or a run of text between blocks of more than kObjectLimit bytes is refused, and so is a file of
// any other kind (DER, PKCS#7, PKCS#12: one object each) that is larger.
class ImportStream {
public:
    static constexpr qint64 kObjectLimit = 16 * 1024 * 1024;
    // Certificates, keys or CRLs per batch.
    static constexpr std::size_t kBatch = 256;

    // `batch` holds the next objects of the file; `bytesRead` is how far into the file they end.
    using Visit = std::function<Status(ParsedFile& batch, qint64 bytesRead)>;

    // The size of the regular file at `path` (for progress over several files).
    static Result<qint64> size(const QString& path);
    static Status read(const QString& path, const QByteArray& password, const Visit& visit);
};

} // namespace signet
