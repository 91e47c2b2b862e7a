#pragma once

#include "Result.h"

#include <QString>

namespace signet {

// How a value is written into each server's configuration language, or why it cannot be. No
// configuration language here carries a line break or other control character, so none is accepted.
// A value of plain word characters (letters, digits and . _ / : @ + = , % -) is written as it is.
class ConfigSyntax {
public:
    // A double-quoted nginx string ("..." with \" and \\); `$` is refused where nginx would read it
    // as a variable (paths: ssl_certificate takes variables).
    static Result<QString> nginxString(const QString& value, bool allowDollar);
    // A double-quoted Apache argument: `"`, `\` and `${` (environment expansion) are refused.
    static Result<QString> apacheArgument(const QString& value);
    // A single-quoted string inside an ap_expr that is itself a double-quoted argument
    // (Require expr "... 'value' ..."): `\` and `'` escaped for the expression, `"` refused.
    static Result<QString> apacheExprString(const QString& value);
    // A double-quoted HAProxy word: \, " and $ (environment expansion) escaped.
    static Result<QString> haproxyString(const QString& value);
    // A JavaScript string literal (JSON rules: every character is carried).
    static QString jsString(const QString& value);
    // `word` as a POSIX shell word: as it is when it needs no quotes, else single-quoted.
    static QString shellWord(const QString& word);
    // Text for a configuration comment: control characters become spaces.
    static QString commentText(const QString& value);
};

} // namespace signet
