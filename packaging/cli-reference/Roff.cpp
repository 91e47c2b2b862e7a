#include "Roff.h"

#include <QStringList>

namespace signet::roff {

namespace {
QString escapeLines(QString escaped)
{
    // A line that begins with '.' or '\'' would be a request; \& in front makes it text.
    QStringList lines = escaped.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            line.prepend(QStringLiteral("\\&"));
        }
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString text(const QString& plain)
{
    QString escaped = plain;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    // Lists of values (a|b|c) may break after each bar.
    escaped.replace(QLatin1Char('|'), QStringLiteral("|\\:"));
    // Options and commands quoted in prose are typed as they stand: minus signs, not hyphens.
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        const bool optionStart = c == QLatin1Char('-') && (i == 0 || escaped.at(i - 1).isSpace()
                                                            || escaped.at(i - 1) == QLatin1Char('\'')
                                                            || escaped.at(i - 1) == QLatin1Char('(')
                                                            || escaped.at(i - 1) == QLatin1Char('-'));
        out += optionStart ? QStringLiteral("\\-") : QString(c);
    }
    return escapeLines(out);
}

QString literal(const QString& plain)
{
    QString escaped = plain;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    return escapeLines(escaped);
}

QString option(const QString& name, const QString& valueName)
{
    QString out = QStringLiteral("\\fB%1\\fR").arg(literal(name));
    if (!valueName.isEmpty()) {
        out += QStringLiteral(" \\fI%1\\fR").arg(literal(valueName));
    }
    return out;
}

} // namespace signet::roff
