#include "export/TextTemplate.h"

namespace signet {

QString fillTemplate(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('@'), pos);
        if (open < 0) {
            out += QStringView(text).mid(pos);
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('@'), open + 1);
        if (close > open) {
            const auto value = values.constFind(text.mid(open + 1, close - open - 1));
            if (value != values.cend()) {
                out += QStringView(text).mid(pos, open - pos);
                out += *value;
                pos = close + 1;
                continue;
            }
        }
        out += QStringView(text).mid(pos, open + 1 - pos);
        pos = open + 1;
    }
    return out;
}

} // namespace signet
