#include "Console.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace signet {

namespace {
void write(FILE* stream, const QByteArray& data)
{
    std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stream);
    std::fflush(stream);
}

// Scripts parse stderr line by line: a message from a library that spans lines must not.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("; "));
    text.replace(QLatin1Char('\n'), QLatin1String("; "));
    text.replace(QLatin1Char('\r'), QLatin1String("; "));
    return text.trimmed();
}
} // namespace

void Console::out(const QString& text)
{
    write(stdout, text.toUtf8() + '\n');
}

void Console::outRaw(const QByteArray& data)
{
    write(stdout, data);
}

void Console::err(const QString& text)
{
    write(stderr, text.toUtf8() + '\n');
}

void Console::errRaw(const QByteArray& data)
{
    write(stderr, data);
}

int Console::fail(const Error& error)
{
    return fail(error.toString());
}

int Console::fail(const QString& message)
{
    err(QStringLiteral("signet-cli: ") + oneLine(message));
    return kFailure;
}

int Console::usage(const QString& what, const QString& command)
{
    err(QStringLiteral("signet-cli: ") + oneLine(what));
    const QString program = command.isEmpty() ? QStringLiteral("signet-cli")
                                              : QStringLiteral("signet-cli ") + command;
    err(QCoreApplication::translate("Console", "Try '%1 --help'.").arg(program));
    return kUsage;
}

bool Console::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

} // namespace signet
