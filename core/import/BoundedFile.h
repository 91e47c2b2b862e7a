#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace signet {

// Reads outside files with a ceiling on their size, so that /dev/zero, /dev/urandom, a FIFO nobody
// writes to or a multi-gigabyte file cannot exhaust memory or hang a command. Only regular files are
// read (symbolic links to regular files are fine: reading through them changes nothing); a password
// file may also be a pipe, for `--password-file <(pass show signet)`.
class BoundedFile {
public:
    // Certificates, keys, PKCS#12 and PKCS#7 files, CA bundles: generous for a bundle of thousands.
    static constexpr qint64 kImportLimit = 16 * 1024 * 1024;
    // A certificate signing request is a few kilobytes; 1 MiB leaves room for any real one.
    static constexpr qint64 kRequestLimit = 1024 * 1024;
    // Password files: only their first line counts, and it must end within this many bytes.
    static constexpr qint64 kPasswordLimit = 4096;

    // The whole regular file at `path`; refused when it is larger than `maxBytes`. Reads at most
    // `maxBytes` + 1 bytes, so a file growing underneath is caught too.
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    // The first line (without its line break) of the regular file or pipe at `path`; refused when
    // no line break or end of file comes within `maxBytes`. The caller owns (and wipes) the result.
    static Result<QByteArray> readFirstLine(const QString& path, qint64 maxBytes);

    // The same two reads from a descriptor the caller opened (standard input for a `-` argument);
    // `label` names it in errors. The descriptor stays open.
    static Result<QByteArray> readDescriptor(int fd, const QString& label, qint64 maxBytes);
    static Result<QByteArray> readFirstLineOfDescriptor(int fd, const QString& label, qint64 maxBytes);
    // A descriptor (the caller closes it) of the regular file at `path`, checked as read() checks
    // it; for reading a large file piece by piece (FileStream).
    static Result<int> openRegular(const QString& path);
    // "16 MiB", "4 KiB", "12 bytes": a limit as messages name it.
    static QString sizeText(qint64 bytes);
};

} // namespace signet
