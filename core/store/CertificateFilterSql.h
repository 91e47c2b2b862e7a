#pragma once

#include "Result.h"
#include "store/CertificateRepository.h"

#include <QString>
#include <QVariantList>

namespace signet {

class Database;
class SqlDialect;

// Where the rows of a filtered list or count are read from: `from` follows FROM (the certificates
// table, under another table or through an index), `where` comes before the filter's own WHERE
// (empty, or a term ending in " AND "), its values bound first. Whatever the source, the rows are
// those of `certificates` that the filter's WHERE selects: a source only decides how they are found.
struct CertificateSource {
    QString from = QStringLiteral("certificates");
    QString where;
    QVariantList bindings;
};

// The WHERE clause (without the keyword) that selects what `filter` asks for, its values appended
// to `bindings` in order: shared by the certificate lists and their counts.
QString certificateFilterWhere(const SqlDialect& sql, const CertificateRepository::Filter& filter, QVariantList& bindings);

// Lists in list order (CAs first, then by name and id). A filter that matches few rows reads them
// from the index that finds them (the search table for text, the expiry or status index for a
// status) and sorts them; one that matches many walks the index in list order from the page key,
// where a page fills within a few hundred rows. Which of the two is decided by counting the first
// few thousand candidates, so neither ever reads the whole table for one page. SQLite's syntax
// (FTS5 MATCH, INDEXED BY) lives here and nowhere else. PostgreSQL's planner makes these choices
// itself: there a source only adds the text's trigram prefilter.
Result<CertificateSource> certificateListSource(Database& db, const CertificateRepository::Filter& filter);
// Counts: the index that holds just the rows a status selects (read without the table rows), or
// the candidates of the search table for text.
CertificateSource certificateCountSource(const SqlDialect& sql, const CertificateRepository::Filter& filter);

} // namespace signet
