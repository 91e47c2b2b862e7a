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
    // The command worked and found something that needs a person: 'status --check', 'verify'.
    static constexpr int kAttention = 3;

    enum class LineBreaks { Escape, Keep };
    // Text from outside (a certificate's or a request's fields, names and audit entries from the
    // workspace) as it may be shown on a terminal: control characters, line and paragraph separators
    // and bidirectional overrides become visible escapes (\n, \x1b, \u202e), so that no name can
    // forge a line of 'list' or 'audit' or send the terminal commands. Line breaks and tabs are kept
    // with LineBreaks::Keep, for text whose lines are all shown (openssl's -text output).
    static QString escape(const QString& text, LineBreaks breaks = LineBreaks::Escape);

    // out() and err() escape what escape(text, LineBreaks::Keep) does: line breaks in fields must be
    // escaped by the caller, with escape().
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
