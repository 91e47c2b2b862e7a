#include "store/DatabaseTransfer.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Every table a workspace keeps, in an order its foreign keys allow (a certificate may still name
// an issuer or renewal copied after it: those keys are checked at commit), with the columns that
// order its rows and whether its ids come from a sequence on PostgreSQL.
struct TableSpec {
    const char* name;
    const char* keys;
    bool sequence;
};
constexpr TableSpec kTables[] = {
    {"meta", "key", false},          {"keys", "id", true},          {"certificates", "id", true},
    {"crls", "id", true},            {"deployments", "id", true},   {"templates", "id", true},
    {"defaults", "ca_id", false},    {"requests", "id", true},      {"audit_log", "id", false},
    {"certificate_counts", "state,hour", false},                    {"members", "id", true},
    {"key_shares", "key_id,member_id", false},
};
// Rows per statement: a few hundred certificates with their DER, well inside both engines' limits
// on bound values (SQLite 32,766; PostgreSQL 65,535).
constexpr int kPageRows = 200;

using Row = QVariantList;

// One page of `table` in key order, after the row whose keys were `after` (empty: from the start).
Result<QList<Row>> readPage(Database& db, const QString& table, const QStringList& columns, const QStringList& keys,
                            const QVariantList& after)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table);
    if (!after.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < keys.size(); ++i) {
            marks << QStringLiteral("?");
        }
        sql += QStringLiteral(" WHERE (%1) > (%2)").arg(keys.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(keys.join(QLatin1Char(','))).arg(kPageRows);
    auto q = db.exec(sql, after);
    if (!q) {
        return q.error();
    }
    QList<Row> rows;
    while (q->next()) {
        Row row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            row << q->value(i);
        }
        rows << row;
    }
    if (Status st = db.finished(*q); !st) {
        return st.error();
    }
    return rows;
}

QList<int> indexesOf(const QStringList& keys, const QStringList& columns)
{
    QList<int> indexes;
    for (const QString& key : keys) {
        indexes << static_cast<int>(columns.indexOf(key));
    }
    return indexes;
}

QVariantList keysOf(const Row& row, const QList<int>& keyColumns)
{
    QVariantList values;
    for (int column : keyColumns) {
        values << row.at(column);
    }
    return values;
}

QString insertStatement(const QString& table, const QStringList& columns, qsizetype rows)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList tuples;
    for (qsizetype i = 0; i < rows; ++i) {
        tuples << one;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
}

// What kind of value a driver handed over: each engine reads the same schema into the same kinds.
enum class Kind { Null, Integer, Bytes, Text, Other };

Kind kindOf(const QVariant& value)
{
    if (value.isNull()) {
        return Kind::Null;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Kind::Integer;
    case QMetaType::QByteArray:
        return Kind::Bytes;
    case QMetaType::QString:
        return Kind::Text;
    default:
        return Kind::Other;
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    const Kind kind = kindOf(a);
    if (kind != kindOf(b)) {
        return false;
    }
    switch (kind) {
    case Kind::Null:
        return true;
    case Kind::Integer:
        return a.toLongLong() == b.toLongLong();
    case Kind::Bytes:
        return a.toByteArray() == b.toByteArray();
    case Kind::Text:
        return a.toString() == b.toString();
    case Kind::Other:
        break;
    }
    return false; // no column of a workspace holds anything else
}

QString keyText(const QVariantList& keys)
{
    QStringList parts;
    for (const QVariant& key : keys) {
        parts << key.toString();
    }
    return parts.join(QLatin1Char('/'));
}
} // namespace

Result<QStringList> DatabaseTransfer::sharedColumns(const QString& table)
{
    auto source = m_source.columns(table);
    auto target = m_target.columns(table);
    if (!source || !target) {
        return !source ? source.error() : target.error();
    }
    const QStringList columns = *target;
    if (QSet<QString>(source->cbegin(), source->cend()) != QSet<QString>(columns.cbegin(), columns.cend())) {
        return makeError(Tr::tr("the table %1 has other columns in %2 than in %3").arg(table, m_source.path(), m_target.path()));
    }
    return columns;
}

Result<QList<TableCount>> DatabaseTransfer::copy(const Progress& progress)
{
    if (m_source.schemaVersion() != m_target.schemaVersion()) {
        return makeError(Tr::tr("%1 and %2 have different schema versions").arg(m_source.path(), m_target.path()));
    }
    if (auto deferred = m_target.exec(m_target.dialect().deferForeignKeys()); !deferred) {
        return deferred.error();
    }
    QList<TableCount> counts;
    for (const TableSpec& spec : kTables) {
        const QString table = QLatin1String(spec.name);
        auto rows = copyTable(table, QString::fromLatin1(spec.keys).split(QLatin1Char(',')), progress);
        if (!rows) {
            return rows.error();
        }
        if (const QString follow = m_target.dialect().idsFollow(table); spec.sequence && !follow.isEmpty()) {
            if (auto q = m_target.exec(follow); !q) {
                return q.error();
            }
        }
        counts << TableCount{table, *rows};
    }
    if (const QString rebuild = m_target.dialect().rebuildSearchIndex(); !rebuild.isEmpty()) {
        if (auto q = m_target.exec(rebuild); !q) {
            return q.error();
        }
    }
    return counts;
}

Result<qint64> DatabaseTransfer::copyTable(const QString& table, const QStringList& keys, const Progress& progress)
{
    auto columns = sharedColumns(table);
    if (!columns) {
        return columns.error();
    }
    const QList<int> keyColumns = indexesOf(keys, *columns);
    qint64 copied = 0;
    QVariantList after;
    for (;;) {
        auto page = readPage(m_source, table, *columns, keys, after);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            return copied;
        }
        QVariantList bindings;
        bindings.reserve(page->size() * columns->size());
        for (const Row& row : *page) {
            bindings << row;
        }
        if (Status st = m_target.write(insertStatement(table, *columns, page->size()), bindings); !st) {
            return makeError(Tr::tr("cannot copy the table %1 into %2").arg(table, m_target.path()), st.error().toString());
        }
        copied += page->size();
        after = keysOf(page->constLast(), keyColumns);
        if (progress && !progress(table, copied)) {
            return makeError(Tr::tr("the copy was cancelled"));
        }
    }
}

Result<QList<TableCount>> DatabaseTransfer::compare()
{
    QList<TableCount> counts;
    for (const TableSpec& spec : kTables) {
        const QString table = QLatin1String(spec.name);
        auto rows = compareTable(table, QString::fromLatin1(spec.keys).split(QLatin1Char(',')));
        if (!rows) {
            return rows.error();
        }
        counts << TableCount{table, *rows};
    }
    return counts;
}

Result<qint64> DatabaseTransfer::compareTable(const QString& table, const QStringList& keys)
{
    auto columns = sharedColumns(table);
    if (!columns) {
        return columns.error();
    }
    const QList<int> keyColumns = indexesOf(keys, *columns);
    qint64 compared = 0;
    QVariantList after;
    for (;;) {
        auto mine = readPage(m_source, table, *columns, keys, after);
        auto theirs = readPage(m_target, table, *columns, keys, after);
        if (!mine || !theirs) {
            return !mine ? mine.error() : theirs.error();
        }
        for (qsizetype i = 0; i < std::min(mine->size(), theirs->size()); ++i) {
            const Row& a = mine->at(i);
            const Row& b = theirs->at(i);
            for (qsizetype c = 0; c < a.size(); ++c) {
                if (!sameValue(a.at(c), b.at(c))) {
                    return makeError(Tr::tr("the copy differs in table %1, row %2, column %3")
                                         .arg(table, keyText(keysOf(a, keyColumns)), columns->at(c)));
                }
            }
        }
        if (mine->size() != theirs->size()) {
            return makeError(Tr::tr("the copy of table %1 has %2 rows where the workspace has %3")
                                 .arg(table)
                                 .arg(compared + theirs->size())
                                 .arg(compared + mine->size()));
        }
        if (mine->isEmpty()) {
            return compared;
        }
        compared += mine->size();
        after = keysOf(mine->constLast(), keyColumns);
    }
}

} // namespace signet
