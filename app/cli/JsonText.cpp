#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace signet {

namespace {
void appendIndent(QByteArray& out, int depth)
{
    out.append(4 * depth, ' ');
}

bool plainAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\';
}
} // namespace

void JsonText::add(const char* key, const QString& value)
{
    m_members.emplace_back(key, value);
}

void JsonText::add(const char* key, qint64 value)
{
    m_members.emplace_back(key, value);
}

void JsonText::add(const char* key, bool value)
{
    m_members.emplace_back(key, value);
}

void JsonText::add(const char* key, const QStringList& values)
{
    m_members.emplace_back(key, values);
}

void JsonText::addNull(const char* key)
{
    m_members.emplace_back(key, Null{});
}

void JsonText::appendString(QByteArray& out, const QString& value)
{
    // Plain printable ASCII is written as it is, straight into `out`; anything else (control
    // characters, non-ASCII, surrogates) goes through Qt's own writer, so the text stays exactly
    // what it would be.
    const char16_t* text = QStringView(value).utf16();
    const qsizetype size = value.size();
    if (std::all_of(text, text + size, plainAscii)) {
        const qsizetype at = out.size();
        out.resize(at + size + 2);
        char* p = out.data() + at;
        *p++ = '"';
        p = std::transform(text, text + size, p, [](char16_t c) { return static_cast<char>(c); });
        *p = '"';
        return;
    }
    QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2); // without the brackets
}

QByteArray JsonText::indented(int depth) const
{
    QByteArray out;
    appendIndented(out, depth);
    return out;
}

void JsonText::appendIndented(QByteArray& out, int depth) const
{
    // QJsonObject keeps its keys sorted (byte order): the members are visited in that order.
    std::vector<const std::pair<const char*, Value>*> members;
    members.reserve(m_members.size());
    for (const auto& member : m_members) {
        members.push_back(&member);
    }
    std::sort(members.begin(), members.end(),
              [](const auto* a, const auto* b) { return std::strcmp(a->first, b->first) < 0; });
    out += "{\n";
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto& [key, value] = *members[i];
        appendIndent(out, depth + 1);
        out += '"';
        out += key;
        out += "\": ";
        if (const auto* text = std::get_if<QString>(&value)) {
            appendString(out, *text);
        } else if (const auto* number = std::get_if<qint64>(&value)) {
            char digits[24];
            out.append(digits, std::to_chars(digits, digits + sizeof digits, *number).ptr - digits);
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
}

} // namespace signet
