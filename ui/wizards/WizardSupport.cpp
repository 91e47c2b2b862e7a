#include "wizards/WizardSupport.h"
#include "StatusStyle.h"

#include <QLabel>
#include <QLocale>

namespace signet {

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
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(StatusStyle::errorColorName()));
    hint->hide();
    return hint;
}

void setHint(QLabel* hint, const QString& text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

} // namespace signet
