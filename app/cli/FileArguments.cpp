#include "FileArguments.h"

#include "Console.h"
#include "import/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FileArguments", text);
}

bool g_standardInputTaken = false;
} // namespace

Status FileArguments::claimStandardInput()
{
    if (g_standardInputTaken) {
        return makeError(tr("standard input ('-') can be read only once per command"));
    }
    g_standardInputTaken = true;
    return {};
}

Result<QByteArray> FileArguments::read(const QString& path, qint64 maxBytes)
{
    if (!isStandardStream(path)) {
        return BoundedFile::read(path, maxBytes);
    }
    if (Status st = claimStandardInput(); !st) {
        return st.error();
    }
    return BoundedFile::readDescriptor(STDIN_FILENO, tr("standard input"), maxBytes);
}

Result<QByteArray> FileArguments::readFirstLine(const QString& path, qint64 maxBytes)
{
    if (!isStandardStream(path)) {
        return BoundedFile::readFirstLine(path, maxBytes);
    }
    if (isatty(STDIN_FILENO) == 1) {
        // Typed there it would be shown as it is typed; the prompt hides it.
        return makeError(tr("'-' reads a password from a pipe, not from a terminal: leave the option out to be "
                            "asked for it"));
    }
    if (Status st = claimStandardInput(); !st) {
        return st.error();
    }
    return BoundedFile::readFirstLineOfDescriptor(STDIN_FILENO, tr("standard input"), maxBytes);
}

Status FileArguments::checkOutput(const QString& path, bool force, bool binary)
{
    if (isStandardStream(path)) {
        if (binary && isatty(STDOUT_FILENO) == 1) {
            return makeError(tr("not writing binary data to a terminal: redirect standard output or give a file"));
        }
        return {};
    }
    if (Status st = checkWriteDestination(path); !st) {
        return st;
    }
    struct stat st {};
    if (!force && ::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        return makeError(tr("%1 exists; add --force to replace it").arg(path));
    }
    return {};
}

Status FileArguments::write(const QString& path, const QByteArray& data, FileAccess access)
{
    if (!isStandardStream(path)) {
        return writeFileAtomically(path, data, access);
    }
    Console::outRaw(data);
    if (std::ferror(stdout) != 0) {
        return makeError(tr("cannot write to standard output"));
    }
    return {};
}

void FileArguments::report(const QString& path, const QString& text)
{
    if (isStandardStream(path)) {
        Console::err(text);
    } else {
        Console::out(text);
    }
}

} // namespace signet
