#pragma once

#include "Result.h"

#include <QStringList>

namespace signet {

// Splits one line of a 'batch' file into words the way a POSIX shell splits a simple command, without
// what makes a shell a shell: blanks separate words; 'single quotes' keep everything literally;
// "double quotes" keep everything but \" \\ \$ \` (a backslash before anything else stays); outside
// quotes a backslash keeps the next character; a '#' that starts a word starts a comment. No
// variables, globs, redirections or command substitution: '$', '*', '>' are ordinary characters.
// Bounded: a line longer than kMaxLineLength characters, with more than kMaxWords words, or with an
// open quote or a trailing backslash is refused.
class WordSplitter {
public:
    static constexpr qsizetype kMaxLineLength = 64 * 1024;
    static constexpr int kMaxWords = 1024;

    static Result<QStringList> split(const QString& line);
};

} // namespace signet
