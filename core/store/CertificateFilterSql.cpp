#include "store/CertificateFilterSql.h"

#include "store/Database.h"

#include <algorithm>
#include <optional>

namespace signet {

namespace {
using Filter = CertificateRepository::Filter;

// How many candidates are sorted at most before a page walks the list index instead. A walk finds
// a page of 256 within 256 × total / candidates rows: past these counts that is the cheaper way.
// The status indexes hold what the filter tests, so their walk reads no table row in between.
constexpr int kTextCandidates = 16384;
constexpr int kStatusCandidates = 4096;
// A longer text matches nothing: no name, address or serial comes near it, and SQLite refuses a
// LIKE pattern beyond 50,000 bytes.
constexpr qsizetype kMaxTextLength = 4096;
// The pieces of a long text looked up in the search table; every row holding the text holds them.
constexpr qsizetype kMaxTrigrams = 12;

// The indexes (migration 9) that hold exactly the rows a status selects, present ones only.
struct StatusIndexes {
    QString list;       // in list order
    QString candidates; // the quickest to find them all
};

std::optional<StatusIndexes> statusIndexes(const Filter& f)
{
    if (f.removed || !f.status) {
        return std::nullopt;
    }
    switch (*f.status) {
    case CertificateStatus::Revoked:
        return StatusIndexes{QStringLiteral("certificates_revoked_list"), QStringLiteral("certificates_revoked_list")};
    case CertificateStatus::Superseded:
        return StatusIndexes{QStringLiteral("certificates_superseded_list"),
                             QStringLiteral("certificates_superseded_list")};
    case CertificateStatus::Expired:
    case CertificateStatus::Expiring:
    case CertificateStatus::Valid:
        return StatusIndexes{QStringLiteral("certificates_live_list"), QStringLiteral("certificates_live_expiry")};
    case CertificateStatus::Altered:
    case CertificateStatus::NotYetValid:
        break;
    }
    return std::nullopt;
}

// The search table's query for `text`: rows holding every three-character piece of it, or of its
// spelling as a serial. Any row the filter's LIKE terms match is among them (the search table
// folds case at least as far as LIKE does); those terms then decide. Empty when the text or its
// serial spelling is shorter than three characters: the search table cannot find those.
QString searchQuery(const QString& text)
{
    if (text.size() > kMaxTextLength) {
        return {};
    }
    QStringList spellings{text};
    const QString serial = text.toUpper().remove(QLatin1Char(':'));
    if (serial.compare(text, Qt::CaseInsensitive) != 0) {
        spellings << serial;
    }
    QStringList alternatives;
    for (const QString& spelling : spellings) {
        const QList<uint> points = spelling.toUcs4();
        const qsizetype pieces = points.size() - 2;
        if (pieces < 1) {
            return {};
        }
        QStringList terms;
        const qsizetype taken = std::min(pieces, kMaxTrigrams);
        for (qsizetype k = 0; k < taken; ++k) {
            // Spread over the whole text, the first and the last piece included.
            const qsizetype at = taken == 1 ? 0 : k * (pieces - 1) / (taken - 1);
            QString piece = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + at), 3);
            piece.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms << QLatin1Char('"') + piece + QLatin1Char('"');
        }
        terms.removeDuplicates();
        alternatives << QLatin1Char('(') + terms.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return alternatives.join(QLatin1String(" OR "));
}

CertificateSource searchSource(const QString& query)
{
    // CROSS JOIN keeps the search table outside: its matches are looked up by id, never the reverse.
    return {QStringLiteral("certificate_search CROSS JOIN certificates ON certificates.id = certificate_search.rowid"),
            QStringLiteral("certificate_search MATCH ? AND "), {query}};
}

CertificateSource throughIndex(const SqlDialect& sql, const QString& index)
{
    return {QStringLiteral("certificates") + sql.indexedBy(index), {}, {}};
}

// PostgreSQL: the rows whose search terms hold the text or its serial spelling, through the
// trigram index; the filter's own terms then decide, as on SQLite.
CertificateSource serverSearchSource(const SqlDialect& sql, const QString& text)
{
    const QString match = sql.searchTermsMatch();
    const QString serial = text.toUpper().remove(QLatin1Char(':'));
    CertificateSource source;
    source.where = QStringLiteral("(%1 OR %1) AND ").arg(match);
    source.bindings << Database::containsPattern(text) << Database::containsPattern(serial);
    return source;
}

// How many rows `from` … `where` holds, counting no further than `limit` + 1.
Result<qint64> countUpTo(Database& db, const QString& from, const QString& where, const QVariantList& bindings,
                         int limit)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3) AS candidates")
                         .arg(from, where)
                         .arg(limit + 1),
                     bindings);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}
} // namespace

QString certificateFilterWhere(const SqlDialect& sql, const CertificateRepository::Filter& f, QVariantList& bindings)
{
    QStringList clauses;
    if (f.issuerId) {
        clauses << QStringLiteral("issuer_id = ?");
        bindings << *f.issuerId;
    } else if (f.rootsOnly) {
        clauses << QStringLiteral("issuer_id IS NULL");
    }
    if (f.casOnly) {
        clauses << QStringLiteral("is_ca = 1");
    }
    if (!f.profiles.isEmpty()) {
        QStringList marks;
        for (const QString& profile : f.profiles) {
            marks << QStringLiteral("?");
            bindings << profile;
        }
        clauses << QStringLiteral("profile IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.withKeyOnly) {
        clauses << QStringLiteral("key_id IS NOT NULL");
    }
    // The status terms are written as the status indexes' own conditions: SQLite uses a partial
    // index only for a query that states its WHERE.
    clauses << (f.removed ? QStringLiteral("removed_at IS NOT NULL") : QStringLiteral("removed_at IS NULL"));
    const qint64 now = f.now.toSecsSinceEpoch();
    if (f.status == CertificateStatus::Revoked) {
        clauses << QStringLiteral("status = 'revoked'");
    } else if (f.status == CertificateStatus::Superseded) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NOT NULL");
    } else if (f.status == CertificateStatus::Expired) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after <= ?");
        bindings << now;
    } else if (f.status == CertificateStatus::Expiring) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after > ? AND not_after <= ?");
        bindings << now << now + qint64(f.expiringDays) * 86400;
    } else if (f.status == CertificateStatus::Valid) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after > ?");
        bindings << now + qint64(f.expiringDays) * 86400;
    }
    if (f.text.size() > kMaxTextLength) {
        clauses << QStringLiteral("1 = 0");
    } else if (!f.text.isEmpty()) {
        clauses << QStringLiteral("(name %1 ? ESCAPE '\\' OR subject_cn %1 ? ESCAPE '\\' OR sans %1 ? ESCAPE '\\'"
                                  " OR serial %1 ? ESCAPE '\\')")
                       .arg(sql.like());
        const QString pattern = Database::containsPattern(f.text);
        bindings << pattern << pattern << pattern << Database::containsPattern(f.text.toUpper().remove(QLatin1Char(':')));
    }
    return clauses.join(QStringLiteral(" AND "));
}

Result<CertificateSource> certificateListSource(Database& db, const CertificateRepository::Filter& f)
{
    const SqlDialect& sql = db.dialect();
    if (sql.isPostgres()) {
        return f.text.isEmpty() || f.text.size() > kMaxTextLength ? CertificateSource{} : serverSearchSource(sql, f.text);
    }
    const std::optional<StatusIndexes> status = statusIndexes(f);
    const QString query = searchQuery(f.text);
    if (f.text.isEmpty() && !status) {
        return CertificateSource{};
    }
    const bool inTree = f.issuerId || f.rootsOnly;
    if (status && status->list == status->candidates && !inTree) {
        return throughIndex(sql, status->list); // just those rows, in list order
    }
    if (!query.isEmpty()) {
        auto n = countUpTo(db, QStringLiteral("certificate_search"), QStringLiteral("certificate_search MATCH ?"),
                           {query}, kTextCandidates);
        if (!n) {
            return n.error();
        }
        if (*n <= kTextCandidates) {
            return searchSource(query);
        }
    }
    if (status) {
        Filter byStatus;
        byStatus.status = f.status;
        byStatus.now = f.now;
        byStatus.expiringDays = f.expiringDays;
        QVariantList bindings;
        const QString where = certificateFilterWhere(sql, byStatus, bindings);
        const CertificateSource candidates = throughIndex(sql, status->candidates);
        auto n = countUpTo(db, candidates.from, where, bindings, kStatusCandidates);
        if (!n) {
            return n.error();
        }
        if (*n <= kStatusCandidates) {
            return candidates;
        }
    }
    if (inTree) {
        return throughIndex(sql, QStringLiteral("certificates_tree"));
    }
    return throughIndex(sql, status ? status->list : QStringLiteral("certificates_list"));
}

CertificateSource certificateCountSource(const SqlDialect& sql, const CertificateRepository::Filter& f)
{
    if (sql.isPostgres()) {
        return f.text.isEmpty() || f.text.size() > kMaxTextLength ? CertificateSource{} : serverSearchSource(sql, f.text);
    }
    if (const QString query = searchQuery(f.text); !query.isEmpty()) {
        return searchSource(query);
    }
    if (const std::optional<StatusIndexes> status = statusIndexes(f)) {
        return throughIndex(sql, status->candidates);
    }
    return {};
}

} // namespace signet
