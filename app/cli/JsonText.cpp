#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace signet {

namespace {
void appendIndent(QByteArray& out, int depth)
{
    out.append(4 * depth, ' ');
}
} // namespace

void JsonText::add(const char* key, const QString& value)
{
    m_members.emplace_back(QByteArray(key), value);
}

void JsonText::add(const char* key, qint64 value)
{
    m_members.emplace_back(QByteArray(key), value);
}

void JsonText::add(const char* key, bool value)
{
    m_members.emplace_back(QByteArray(key), value);
}

void JsonText::add(const char* key, const QStringList& values)
{
    m_members.emplace_back(QByteArray(key), values);
}

void JsonText::addNull(const char* key)
{
    m_members.emplace_back(QByteArray(key), Null{});
}

void JsonText::appendString(QByteArray& out, const QString& value)
{
    // Plain printable ASCII is written as it is; anything else (control characters, non-ASCII,
    // surrogates) goes through Qt's own writer, so the text stays exactly what it would be.
    const bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    if (plain) {
        out += '"';
        out += value.toLatin1();
        out += '"';
        return;
    }
    QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2); // without the brackets
}

QByteArray JsonText::indented(int depth) const
{
    auto members = m_members;
    // QJsonObject keeps its keys sorted.
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out = "{\n";
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto& [key, value] = members[i];
        appendIndent(out, depth + 1);
        out += '"' + key + "\": ";
        if (const auto* text = std::get_if<QString>(&value)) {
            appendString(out, *text);
        } else if (const auto* number = std::get_if<qint64>(&value)) {
            out += QByteArray::number(*number);
        } else if (const auto* flag = std::get_if<bool>(&value)) {
            out += *flag ? "true" : "false";
        } else if (const auto* list = std::get_if<QStringList>(&value)) {
            out += "[\n";
            for (qsizetype j = 0; j < list->size(); ++j) {
                appendIndent(out, depth + 2);
                appendString(out, list->at(j));
                out += j + 1 < list->size() ? ",\n" : "\n";
            }
            appendIndent(out, depth + 1);
            out += ']';
        } else {
            out += "null";
        }
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    appendIndent(out, depth);
    out += '}';
    return out;
}

} // namespace signet
