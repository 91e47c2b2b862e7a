#include "wizards/WizardSupport.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace signet {

QString escapeDnValue(const QString& value)
{
    static const QString special = QStringLiteral(",+\"\\<>;=");
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool edge = (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#')))
                          || (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special.contains(c) || edge) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString buildDn(const QList<QPair<QString, QString>>& attributes)
{
    QStringList parts;
    for (const auto& [key, value] : attributes) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty()) {
            parts << key + QLatin1Char('=') + escapeDnValue(trimmed);
        }
    }
    return parts.join(QLatin1Char(','));
}

QStringList splitEntries(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isIpAddress(const QString& text)
{
    static const QRegularExpression v4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    if (const auto match = v4.match(text); match.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (match.captured(i).toInt() > 255) {
                return false;
            }
        }
        return true;
    }
    if (!text.contains(QLatin1Char(':'))) {
        return false;
    }
    // QUrl checks IPv6 literals strictly (RFC 3986), which is all that is needed here.
    QUrl url;
    url.setHost(QLatin1Char('[') + text + QLatin1Char(']'), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

QString normalizedHostName(const QString& text, bool allowWildcard)
{
    QString name = text.trimmed();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    const bool wildcard = name.startsWith(QLatin1String("*."));
    if (wildcard && !allowWildcard) {
        return {};
    }
    QString rest = wildcard ? name.mid(2) : name;
    bool ascii = true;
    for (const QChar c : rest) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (!ascii) {
        rest = QString::fromLatin1(QUrl::toAce(rest));
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    if (rest.isEmpty() || rest.size() > 253) {
        return {};
    }
    for (const QString& part : rest.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch()) {
            return {};
        }
    }
    return (wildcard ? QStringLiteral("*.") : QString()) + rest.toLower();
}

bool isPlausibleEmail(const QString& text)
{
    // Local part, "@", a domain that neither starts nor ends with a dot; intranet names without
    // dots ("admin@nas") are fine.
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;<>]+@[^@\\s,;<>.]([^@\\s,;<>]*[^@\\s,;<>.])?$"));
    return re.match(text).hasMatch();
}

QString formatDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

int daysUntil(const QDateTime& now, const QDateTime& end)
{
    return static_cast<int>((end.toSecsSinceEpoch() - now.toSecsSinceEpoch()) / 86400);
}

QString summaryTable(const QList<QPair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [label, value] : rows) {
        html += QStringLiteral("<tr><td valign='top' style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>");
}

QLabel* makeNote(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    return note;
}

QLabel* makeHint(QWidget* parent)
{
    auto* hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    hint->hide();
    return hint;
}

void setHint(QLabel* hint, const QString& text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

} // namespace signet
