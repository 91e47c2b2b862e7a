#include "PasswordSource.h"

#include "Console.h"
#include "FileArguments.h"
#include "import/BoundedFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PasswordSource", text);
}

// The terminal settings to put back if the user interrupts a prompt while echo is off.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff != 0) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns echo off for its lifetime.
class NoEcho {
public:
    NoEcho()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
            return;
        }
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreTerminalAndExit);
        std::signal(SIGTERM, restoreTerminalAndExit);
        std::signal(SIGHUP, restoreTerminalAndExit);
        g_echoOff = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0) {
            g_echoOff = 0;
        }
    }
    ~NoEcho()
    {
        if (g_echoOff != 0) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
            g_echoOff = 0;
        }
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGHUP, SIG_DFL);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;
};

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        volatile char* p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            p[i] = 0;
        }
    }
    bytes.clear();
}
} // namespace

PasswordSource::PasswordSource(QString file, QString envVar, QString fileOption)
    : m_file(std::move(file)), m_envVar(std::move(envVar)), m_fileOption(std::move(fileOption))
{
}

Result<QByteArray> PasswordSource::read(const QString& label, bool confirm) const
{
    if (!m_file.isEmpty()) {
        return fromFile(m_file);
    }
    const QByteArray envName = m_envVar.toLatin1();
    if (qEnvironmentVariableIsSet(envName.constData())) {
        return qgetenv(envName.constData());
    }
    if (!Console::stdinIsTerminal()) {
        return makeError(tr("%1 needed: use --%2 FILE or set %3 (no terminal to ask on)")
                             .arg(label, m_fileOption, m_envVar));
    }
    auto first = prompt(label);
    if (!first || !confirm) {
        return first;
    }
    auto second = prompt(tr("Repeat the %1").arg(label));
    if (!second) {
        return second;
    }
    const bool same = *first == *second;
    wipe(*second);
    if (!same) {
        wipe(*first);
        return makeError(tr("the two passwords do not match"));
    }
    return first;
}

Result<QByteArray> PasswordSource::fromFile(const QString& path)
{
    auto line = FileArguments::readFirstLine(path, BoundedFile::kPasswordLimit);
    if (!line) {
        return makeError(tr("cannot read the password file %1").arg(path), line.error().toString());
    }
    return line;
}

Result<QByteArray> PasswordSource::prompt(const QString& label)
{
    Console::errRaw((label.left(1).toUpper() + label.mid(1) + QStringLiteral(": ")).toUtf8());
    QByteArray line;
    line.reserve(256);
    {
        NoEcho quiet;
        char c = 0;
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n == 1) {
                if (c == '\n') {
                    break;
                }
                if (line.size() >= BoundedFile::kPasswordLimit) {
                    wipe(line);
                    return makeError(tr("the password is longer than %1 bytes").arg(BoundedFile::kPasswordLimit));
                }
                line.append(c);
                continue;
            }
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (line.isEmpty()) {
                return makeError(tr("no password entered"));
            }
            break;
        }
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

Result<QByteArray> PasswordSource::forImport(const QString& file)
{
    if (!file.isEmpty()) {
        return fromFile(file);
    }
    return qEnvironmentVariableIsSet("SIGNET_IMPORT_PASSWORD") ? qgetenv("SIGNET_IMPORT_PASSWORD") : QByteArray();
}

} // namespace signet
