#include "Console.h"

#include "pki/NameRules.h"

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

QString Console::escape(const QString& text, LineBreaks breaks)
{
    if (!NameRules::hasControlCharacters(text)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!NameRules::isControlCharacter(c) || (breaks == LineBreaks::Keep && (u == '\n' || u == '\t'))) {
            out += c;
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

void Console::out(const QString& text)
{
    write(stdout, escape(text, LineBreaks::Keep).toUtf8() + '\n');
}

void Console::outRaw(const QByteArray& data)
{
    write(stdout, data);
}

void Console::err(const QString& text)
{
    write(stderr, escape(text, LineBreaks::Keep).toUtf8() + '\n');
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
    err(QStringLiteral("signet-cli: ") + escape(oneLine(message)));
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
