#include "IssuanceList.h"

#include "pki/NameRules.h"
#include "pki/SubjectAltNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>
#include <optional>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IssuanceList", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IssuanceList)
};

enum class Column { Profile, Cn, Subject, Dns, Ip, Email, Key, Days, Name };
constexpr int kColumnCount = 9;

const QStringList& columnNames()
{
    static const QStringList names{QStringLiteral("profile"), QStringLiteral("cn"),    QStringLiteral("subject"),
                                   QStringLiteral("dns"),     QStringLiteral("ip"),    QStringLiteral("email"),
                                   QStringLiteral("key"),     QStringLiteral("days"),  QStringLiteral("name")};
    return names;
}

bool isSanColumn(Column column)
{
    return column == Column::Dns || column == Column::Ip || column == Column::Email;
}

// What one line gives, column by column, before the values are read.
struct RawLine {
    std::optional<QStringList> values[kColumnCount];
};

// The lines of the input: bounded in number, each without its line break (and a CR before it).
Result<QList<QByteArray>> splitLines(const QByteArray& data)
{
    if (data.size() > IssuanceList::kMaxBytes) {
        return makeError(Tr::tr("the list is larger than %1 MiB").arg(IssuanceList::kMaxBytes / (1024 * 1024)));
    }
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3); // a byte order mark, as spreadsheets write it
    }
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    // A header line and the comments around the entries may come on top of the entries.
    if (lines.size() > IssuanceList::kMaxLines + 1000) {
        return makeError(Tr::tr("the list has more than %1 lines").arg(IssuanceList::kMaxLines));
    }
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

bool skipped(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

// The line as text: refused when too long or not UTF-8.
Result<QString> decodeLine(const QByteArray& line)
{
    if (line.size() > IssuanceList::kMaxLineBytes) {
        return makeError(Tr::tr("the line is longer than %1 bytes").arg(IssuanceList::kMaxLineBytes));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(line);
    if (decoder.hasError()) {
        return makeError(Tr::tr("the line is not UTF-8 text"));
    }
    return text;
}

// RFC 4180 fields of one line: quoted fields ("" for a quote) may hold commas, not line breaks.
Result<QStringList> splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && !wasQuoted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (wasQuoted && !c.isSpace()) {
            return makeError(Tr::tr("text after a closing quote in field %1").arg(fields.size() + 1));
        } else {
            field += c;
        }
    }
    if (quoted) {
        return makeError(Tr::tr("a quoted field is not closed on its line"));
    }
    fields << field;
    return fields;
}

Result<QList<Column>> readHeader(const QString& line)
{
    auto fields = splitCsv(line);
    if (!fields) {
        return fields.error();
    }
    QList<Column> header;
    for (const QString& field : *fields) {
        const QString name = field.trimmed().toLower();
        const qsizetype index = columnNames().indexOf(name);
        if (index < 0) {
            return makeError(Tr::tr("unknown column '%1' (known: %2)")
                                 .arg(NameRules::printable(name.left(64)), columnNames().join(QStringLiteral(", "))));
        }
        if (header.contains(static_cast<Column>(index))) {
            return makeError(Tr::tr("the column '%1' is named twice").arg(name));
        }
        header << static_cast<Column>(index);
    }
    return header;
}

Result<RawLine> csvLine(const QString& line, const QList<Column>& header)
{
    auto fields = splitCsv(line);
    if (!fields) {
        return fields.error();
    }
    if (fields->size() != header.size()) {
        return makeError(Tr::tr("%1 fields where the header has %2").arg(fields->size()).arg(header.size()));
    }
    RawLine raw;
    for (int i = 0; i < header.size(); ++i) {
        const QString value = fields->at(i).trimmed();
        if (!value.isEmpty()) {
            raw.values[static_cast<int>(header[i])] =
                isSanColumn(header[i]) ? NameRules::splitEntries(value) : QStringList{value};
        }
    }
    return raw;
}

Result<QStringList> jsonValues(const QString& key, Column column, const QJsonValue& value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return isSanColumn(column) ? NameRules::splitEntries(text) : QStringList{text};
    }
    if (value.isDouble() && column == Column::Days) {
        const double days = value.toDouble();
        if (!std::isfinite(days) || days != std::trunc(days)) {
            return makeError(Tr::tr("'days' is not a whole number"));
        }
        // Printed without a cast: a value beyond int is refused by the range check with the others.
        return QStringList{QString::number(days, 'f', 0)};
    }
    if (value.isArray() && isSanColumn(column)) {
        QStringList values;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                return makeError(Tr::tr("'%1' holds something else than text").arg(key));
            }
            values << item.toString().trimmed();
        }
        return values;
    }
    return makeError(isSanColumn(column) ? Tr::tr("'%1' is neither text nor a list of text").arg(key)
                                         : Tr::tr("'%1' is not text").arg(key));
}

Result<RawLine> jsonLine(const QString& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(Tr::tr("not JSON: %1").arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return makeError(Tr::tr("not a JSON object"));
    }
    RawLine raw;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const qsizetype index = columnNames().indexOf(it.key());
        if (index < 0) {
            return makeError(Tr::tr("unknown key '%1' (known: %2)")
                                 .arg(NameRules::printable(it.key().left(64)), columnNames().join(QStringLiteral(", "))));
        }
        if (it.value().isNull()) {
            continue;
        }
        auto values = jsonValues(it.key(), static_cast<Column>(index), it.value());
        if (!values) {
            return values.error();
        }
        if (!values->isEmpty() && !(values->size() == 1 && values->front().isEmpty())) {
            raw.values[index] = std::move(values).value();
        }
    }
    return raw;
}

Status readNames(const QStringList& values, SanEntry::Kind kind, QStringList& into)
{
    for (const QString& value : values) {
        auto entry = SubjectAltNames::parse(value);
        if (!entry) {
            return entry.error();
        }
        if (entry->kind != kind) {
            const QString shown = NameRules::printable(value);
            return makeError(kind == SanEntry::Kind::Dns  ? Tr::tr("'%1' is not a DNS name").arg(shown)
                             : kind == SanEntry::Kind::Ip ? Tr::tr("'%1' is not an IP address").arg(shown)
                                                          : Tr::tr("'%1' is not an e-mail address").arg(shown));
        }
        into << entry->value;
    }
    return {};
}

Status readValue(Column column, const QStringList& values, IssuanceListEntry& entry)
{
    const QString value = values.value(0);
    switch (column) {
    case Column::Profile: {
        const auto profile = profileFromName(value.toLower());
        if (!profile || !leafProfileNames().contains(profileName(*profile))) {
            return makeError(Tr::tr("'%1' is not a profile of a leaf certificate (use %2)")
                                 .arg(NameRules::printable(value), leafProfileNames().join(QLatin1Char('|'))));
        }
        entry.profile = *profile;
        return {};
    }
    case Column::Subject: {
        auto subject = DistinguishedName::parse(value);
        if (!subject) {
            return subject.error();
        }
        // Its CN wins over the cn column, as a full subject's does on the command line.
        const QString cn = entry.subject.commonName();
        entry.subject = std::move(subject).value();
        if (entry.subject.commonName().isEmpty() && !cn.isEmpty()) {
            entry.subject.setCommonName(cn);
        }
        return {};
    }
    case Column::Cn:
        entry.subject = DistinguishedName::fromCommonName(value);
        return {};
    case Column::Dns:
        return readNames(values, SanEntry::Kind::Dns, entry.dnsNames);
    case Column::Ip:
        return readNames(values, SanEntry::Kind::Ip, entry.ipAddresses);
    case Column::Email:
        return readNames(values, SanEntry::Kind::Email, entry.emails);
    case Column::Key: {
        auto key = KeySpec::parse(value);
        if (!key) {
            return key.error();
        }
        entry.key = *key;
        return {};
    }
    case Column::Days: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 1 || days > IssuanceList::kMaxDays) {
            return makeError(Tr::tr("'%1' is not a number of days from 1 to %2")
                                 .arg(NameRules::printable(value.left(64)))
                                 .arg(IssuanceList::kMaxDays));
        }
        entry.days = days;
        return {};
    }
    case Column::Name:
        entry.name = value;
        return {};
    }
    return {};
}

// The values in the order that lets the subject column take the cn column's CN when it has none.
Result<IssuanceListEntry> readEntry(const RawLine& raw, int lineNumber)
{
    IssuanceListEntry entry;
    entry.line = lineNumber;
    for (const Column column : {Column::Profile, Column::Cn, Column::Subject, Column::Dns, Column::Ip, Column::Email,
                                Column::Key, Column::Days, Column::Name}) {
        const auto& values = raw.values[static_cast<int>(column)];
        if (!values) {
            continue;
        }
        if (Status st = readValue(column, *values, entry); !st) {
            return makeError(Tr::tr("%1: %2").arg(columnNames().at(static_cast<int>(column)), st.error().message),
                             st.error().detail);
        }
    }
    return entry;
}

bool isEmpty(const RawLine& raw)
{
    for (const auto& values : raw.values) {
        if (values) {
            return false;
        }
    }
    return true;
}
} // namespace

QStringList IssuanceList::columns()
{
    return columnNames();
}

Result<IssuanceList> IssuanceList::parse(const QByteArray& data)
{
    auto lines = splitLines(data);
    if (!lines) {
        return lines.error();
    }
    IssuanceList list;
    std::optional<QList<Column>> header;
    bool started = false;
    for (int i = 0; i < lines->size(); ++i) {
        const int lineNumber = i + 1;
        auto text = decodeLine(lines->at(i));
        if (!text) {
            list.problems.append({lineNumber, text.error().message});
            continue;
        }
        if (skipped(*text)) {
            continue;
        }
        if (!started) {
            started = true;
            list.format = text->trimmed().startsWith(QLatin1Char('{')) ? Format::JsonLines : Format::Csv;
            if (list.format == Format::Csv) {
                auto columns = readHeader(*text);
                if (!columns) {
                    return makeError(Tr::tr("line %1: %2").arg(lineNumber).arg(columns.error().message));
                }
                header = std::move(columns).value();
                continue;
            }
        }
        auto raw = list.format == Format::Csv ? csvLine(*text, *header) : jsonLine(*text);
        if (raw && isEmpty(*raw)) {
            continue;
        }
        if (list.entries.size() + list.problems.size() >= kMaxLines) {
            return makeError(Tr::tr("the list has more than %1 entries").arg(kMaxLines));
        }
        auto entry = raw ? readEntry(*raw, lineNumber) : Result<IssuanceListEntry>(raw.error());
        if (!entry) {
            list.problems.append({lineNumber, entry.error().message});
            continue;
        }
        list.entries.append(std::move(entry).value());
    }
    return list;
}

Result<QList<ListedReference>> IssuanceList::parseReferences(const QByteArray& data)
{
    auto lines = splitLines(data);
    if (!lines) {
        return lines.error();
    }
    QList<ListedReference> references;
    for (int i = 0; i < lines->size(); ++i) {
        auto text = decodeLine(lines->at(i));
        if (!text) {
            return makeError(Tr::tr("line %1: %2").arg(i + 1).arg(text.error().message));
        }
        if (skipped(*text)) {
            continue;
        }
        if (references.size() >= kMaxLines) {
            return makeError(Tr::tr("the list has more than %1 entries").arg(kMaxLines));
        }
        references.append({i + 1, text->trimmed()});
    }
    return references;
}

} // namespace signet
