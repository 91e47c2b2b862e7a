#pragma once

#include "Result.h"

#include <QString>

namespace signet {

// Everything the command line shows goes through here: results to stdout, one-line errors to stderr,
// and the exit codes scripts rely on.
class Console {
public:
    static constexpr int kSuccess = 0;
    static constexpr int kFailure = 1;
    static constexpr int kUsage = 2;

    static void out(const QString& text);     // stdout, a newline appended
    static void outRaw(const QByteArray& data);
    static void err(const QString& text);     // stderr, a newline appended
    static void errRaw(const QByteArray& data);

    // "signet-cli: <message> (<detail>)" on one line; returns kFailure.
    static int fail(const Error& error);
    static int fail(const QString& message);
    // "signet-cli: <what>" plus "Try 'signet-cli <command> --help'."; returns kUsage.
    static int usage(const QString& what, const QString& command = {});

    static bool stdinIsTerminal();
};

} // namespace signet
