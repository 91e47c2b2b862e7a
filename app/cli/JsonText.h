#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace signet {

// One JSON object written as QJsonDocument::Indented writes it (keys in order, four spaces a
// level, UTF-8, the same escapes), without building a QJsonObject: lists of a million
// certificates spent most of their time there. Only what the lists hold: text, whole numbers,
// booleans, null and lists of text. Keys are string literals: they are kept as pointers.
class JsonText {
public:
    void add(const char* key, const QString& value);
    void add(const char* key, qint64 value);
    void add(const char* key, bool value);
    void add(const char* key, const QStringList& values);
    void addNull(const char* key);

    // The object at `depth` (0: a document of its own; 1: an element of a top-level array), from
    // its opening to its closing brace.
    [[nodiscard]] QByteArray indented(int depth) const;
    // The same, appended to `out`: a list writes its elements into one buffer.
    void appendIndented(QByteArray& out, int depth) const;

    // A JSON string literal of `value`, quotes included, escaped as Qt escapes it.
    static void appendString(QByteArray& out, const QString& value);

private:
    struct Null {};
    using Value = std::variant<QString, qint64, bool, QStringList, Null>;
    std::vector<std::pair<const char*, Value>> m_members;
};

} // namespace signet
