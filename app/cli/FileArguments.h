#pragma once

#include "Result.h"
#include "export/FileWriter.h"

#include <QByteArray>
#include <QString>

namespace signet {

// The rules every file argument of signet-cli follows, so that scripts can rely on them:
// - `-` means standard input (for what is read) or standard output (for what is written), never a
//   file named "-"; standard input can be read by one argument only;
// - what is read is bounded and must be a regular file (a password file may be a pipe);
// - an existing file is never replaced silently: without --force the command stops before it
//   changes anything, naming the file.
class FileArguments {
public:
    static bool isStandardStream(const QString& path) { return path == QLatin1String("-"); }

    // The whole file (or standard input), at most `maxBytes`.
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    // The first line of the file, pipe or standard input (passwords); never from a terminal.
    static Result<QByteArray> readFirstLine(const QString& path, qint64 maxBytes);

    // Whether `path` may be written: `-` always; else a regular file or nothing, and an existing
    // file only with `force`. Binary data is never written to a terminal.
    static Status checkOutput(const QString& path, bool force, bool binary = false);
    // Writes `data` to standard output or atomically to `path` (after checkOutput()).
    static Status write(const QString& path, const QByteArray& data, FileAccess access);

    // What a command prints about its work goes to stderr when its product goes to stdout.
    static void report(const QString& path, const QString& text);

private:
    static Status claimStandardInput();
};

} // namespace signet
