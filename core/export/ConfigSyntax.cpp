#include "export/ConfigSyntax.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ConfigSyntax", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConfigSyntax)
};

// Characters that every configuration language here reads as part of a plain word.
bool isPlainWord(const QString& value)
{
    static const QString extra = QStringLiteral("._/:@+=,%-");
    return !value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || extra.contains(c);
    });
}

bool hasControl(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029)) {
            return true;
        }
    }
    return false;
}

Error cannotCarry(const QString& value, const QString& server, const QString& what)
{
    return makeError(Tr::tr("%1 cannot carry '%2' in its configuration (%3); choose another name or folder")
                         .arg(server, ConfigSyntax::commentText(value), what));
}

Error controlCharacter(const QString& value, const QString& server)
{
    return cannotCarry(value, server, Tr::tr("a line break or control character"));
}
} // namespace

Result<QString> ConfigSyntax::nginxString(const QString& value, bool allowDollar)
{
    const QString server = QStringLiteral("nginx");
    if (hasControl(value)) {
        return controlCharacter(value, server);
    }
    if (!allowDollar && value.contains(QLatin1Char('$'))) {
        return cannotCarry(value, server, Tr::tr("'$' starts a variable there"));
    }
    if (isPlainWord(value)) {
        return value;
    }
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Result<QString> ConfigSyntax::apacheArgument(const QString& value)
{
    const QString server = QStringLiteral("Apache httpd");
    if (hasControl(value)) {
        return controlCharacter(value, server);
    }
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\\'))) {
        return cannotCarry(value, server, Tr::tr("a quote or backslash"));
    }
    if (value.contains(QLatin1String("${"))) {
        return cannotCarry(value, server, Tr::tr("'${' starts an environment variable there"));
    }
    return isPlainWord(value) ? value : QLatin1Char('"') + value + QLatin1Char('"');
}

Result<QString> ConfigSyntax::apacheExprString(const QString& value)
{
    const QString server = QStringLiteral("Apache httpd");
    if (hasControl(value)) {
        return controlCharacter(value, server);
    }
    if (value.contains(QLatin1Char('"'))) {
        return cannotCarry(value, server, Tr::tr("a double quote inside an expression"));
    }
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

Result<QString> ConfigSyntax::haproxyString(const QString& value)
{
    if (hasControl(value)) {
        return controlCharacter(value, QStringLiteral("HAProxy"));
    }
    if (isPlainWord(value)) {
        return value;
    }
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('$'), QStringLiteral("\\$"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString ConfigSyntax::jsString(const QString& value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029)) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out + QLatin1Char('"');
}

QString ConfigSyntax::shellWord(const QString& word)
{
    static const QString safe = QStringLiteral("-_.,:/+=@%");
    const bool plain = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || safe.contains(c);
    });
    if (plain) {
        return word;
    }
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString ConfigSyntax::commentText(const QString& value)
{
    QString out = value;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029)) {
            c = QLatin1Char(' ');
        }
    }
    return out;
}

} // namespace signet
