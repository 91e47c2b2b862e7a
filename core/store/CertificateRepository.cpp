#include "store/CertificateRepository.h"

#include "crypto/Certificate.h"
#include "crypto/Extensions.h"
#include "store/CertificateFilterSql.h"
#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/Schema.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace signet {

namespace {
using Row = CertificateRow;

// lupdate files Tr::tr() strings under "CertificateRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)
};

// The rows `source` … `where` selects, each checked: a row that fails its MAC or fingerprint is
// refused, or with `markAltered` kept and marked (lists for display).
Result<std::vector<CertificateRecord>> readRows(Database& db, const RowAuthenticator& auth,
                                                const CertificateSource& source, const QString& where,
                                                const QVariantList& bindings, const QString& tail, bool withDer,
                                                bool markAltered)
{
    const QString sql = QStringLiteral("SELECT ") + Row::columns() + (withDer ? QStringLiteral(", der") : QString())
                        + QStringLiteral(" FROM ") + source.from
                        + (where.isEmpty() && source.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + source.where + where)
                        + tail;
    auto q = db.exec(sql, source.bindings + bindings);
    if (!q) {
        return q.error();
    }
    std::vector<CertificateRecord> out;
    QByteArray mac;
    while (q->next()) {
        bool known = true;
        CertificateRecord r = Row::fromRow(*q, withDer, mac, known);
        r.authentic = known && auth.verify(CertificateRepository::encode(r), mac)
                      && (!withDer || Row::sha256Hex(r.der) == r.sha256);
        if (!r.authentic && !markAltered) {
            return makeError(Tr::tr("the certificate '%1' was changed outside Signet").arg(r.name));
        }
        out.push_back(std::move(r));
    }
    if (Status st = db.finished(*q); !st) {
        return st.error();
    }
    return out;
}

} // namespace

CertificateRecord CertificateRepository::recordFor(const Certificate& cert)
{
    CertificateRecord r;
    r.serial = cert.serialHex();
    r.subject = cert.subject();
    r.commonName = cert.commonName();
    r.issuerDn = cert.issuer();
    r.sans = cert.subjectAltNames();
    r.notBefore = cert.notBefore();
    r.notAfter = cert.notAfter();
    r.isCa = cert.isCa();
    r.sha256 = cert.sha256Fingerprint();
    r.der = cert.toDer();
    r.spkiSha256 = CertificateRow::spkiSha256(cert);
    return r;
}

QByteArray CertificateRepository::encode(const CertificateRecord& r)
{
    RowEncoding row("certificate:v1");
    row.add(r.id).add(r.name).add(r.issuerId).add(r.keyId).add(r.serial).add(r.subject).add(r.commonName);
    row.add(r.issuerDn).add(r.sans.join(QLatin1Char('\n'))).add(r.notBefore.toSecsSinceEpoch());
    row.add(r.notAfter.toSecsSinceEpoch()).add(qint64(r.isCa ? 1 : 0)).add(profileName(r.profile));
    row.add(r.revoked ? QStringLiteral("revoked") : QStringLiteral("valid"));
    row.add(r.revoked ? Row::epochOrNull(r.revokedAt) : std::nullopt);
    row.add(r.revoked ? std::optional<qint64>(revocationReasonCode(r.revocationReason)) : std::nullopt);
    row.add(r.crlUrl).add(r.aiaUrl).add(r.sha256).add(r.lastCrlNumber).add(r.revocations);
    // The lifecycle fields came later: a row that has none encodes as before, so rows sealed then
    // still verify, and clearing any of them changes the encoding.
    if (r.renewedFrom || r.supersededBy || r.removedAt.isValid() || r.releasedAt.isValid()) {
        row.add(QStringLiteral("lifecycle"));
        row.add(r.renewedFrom).add(r.supersededBy).add(Row::epochOrNull(r.removedAt)).add(Row::epochOrNull(r.releasedAt));
    }
    return row.bytes();
}

QByteArray CertificateRepository::encodeRevocation(const CertificateRecord& r)
{
    RowEncoding row("certificate-revocation:v1");
    row.add(r.id).add(r.issuerId).add(r.serial).add(r.revoked ? QStringLiteral("revoked") : QStringLiteral("valid"));
    row.add(r.revoked ? Row::epochOrNull(r.revokedAt) : std::nullopt);
    row.add(r.revoked ? std::optional<qint64>(revocationReasonCode(r.revocationReason)) : std::nullopt);
    row.add(Row::epochOrNull(r.releasedAt));
    return row.bytes();
}

Result<qint64> CertificateRepository::insert(const CertificateRecord& r, const QDateTime& now)
{
    if (Row::sha256Hex(r.der) != r.sha256) {
        return makeError(Tr::tr("the certificate '%1' does not match its fingerprint").arg(r.name));
    }
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO certificates(name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn,"
                       " sans, not_before, not_after, is_ca, profile, crl_url, aia_url, sha256, der, created_at,"
                       " spki_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Row::text(r.name), Row::optionalId(r.issuerId), Row::optionalId(r.keyId), Row::text(r.serial),
         Row::text(r.subject), Row::text(r.commonName), Row::text(r.issuerDn),
         Row::text(r.sans.join(QLatin1Char('\n'))), r.notBefore.toSecsSinceEpoch(), r.notAfter.toSecsSinceEpoch(),
         r.isCa ? 1 : 0, profileName(r.profile), Row::text(r.crlUrl), Row::text(r.aiaUrl), Row::text(r.sha256), r.der,
         now.toSecsSinceEpoch(), Row::optionalBlob(r.spkiSha256)});
    if (!q) {
        const QString detail = q.error().detail;
        if (detail.contains(QLatin1String("certificates.name"))) {
            return makeError(Tr::tr("the name '%1' is already taken").arg(r.name));
        }
        if (detail.contains(QLatin1String("certificates.sha256"))) {
            return makeError(Tr::tr("this certificate is already in the workspace"));
        }
        if (detail.contains(QLatin1String("issuer_id"))) {
            return makeError(Tr::tr("serial %1 was already used by this CA").arg(r.serial));
        }
        return q.error();
    }
    CertificateRecord stored = r;
    stored.id = *q;
    stored.revoked = false;
    stored.lastCrlNumber = 0;
    stored.revocations = 0;
    auto sealed = m_db.write(QStringLiteral("UPDATE certificates SET mac = ? WHERE id = ?"),
                             {m_auth.mac(encode(stored)), stored.id});
    if (!sealed) {
        return sealed.error();
    }
    if (Status st = addToIndexes(stored.id, stored.notAfter); !st) {
        return st.error();
    }
    return stored.id;
}

Status CertificateRepository::addToIndexes(qint64 id, const QDateTime& notAfter)
{
    static const QString search = searchIndexInsert();
    // PostgreSQL's search index is an index of the table itself.
    Status q = m_db.isServer() ? Status() : m_db.write(search, {id, id});
    // A new row is present and valid: it counts as live.
    const QVariantList count{int(CountedState::Live), countBucketOf(notAfter.toSecsSinceEpoch())};
    for (const QString& statement : statusCountAdd()) {
        if (q) {
            q = m_db.write(statement, count);
        }
    }
    return q ? Status() : Status(q.error());
}

Status CertificateRepository::update(const CertificateRecord& r)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET name = ?, issuer_id = ?, key_id = ?, status = ?,"
                                      " revoked_at = ?, revocation_reason = ?, crl_url = ?, aia_url = ?,"
                                      " last_crl_number = ?, revocations = ?, renewed_from = ?, superseded_by = ?,"
                                      " removed_at = ?, released_at = ?, mac = ?, revocation_mac = ? WHERE id = ?"),
                       {Row::text(r.name), Row::optionalId(r.issuerId), Row::optionalId(r.keyId),
                        r.revoked ? QStringLiteral("revoked") : QStringLiteral("valid"),
                        r.revoked ? QVariant(r.revokedAt.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
                        r.revoked ? QVariant(revocationReasonCode(r.revocationReason)) : QVariant(QMetaType(QMetaType::Int)), Row::text(r.crlUrl),
                        Row::text(r.aiaUrl), r.lastCrlNumber, r.revocations, Row::optionalId(r.renewedFrom),
                        Row::optionalId(r.supersededBy), Row::optionalId(Row::epochOrNull(r.removedAt)),
                        Row::optionalId(Row::epochOrNull(r.releasedAt)), m_auth.mac(encode(r)),
                        r.revoked || r.releasedAt.isValid() ? QVariant(m_auth.mac(encodeRevocation(r)))
                                                            : QVariant(QMetaType(QMetaType::QByteArray)),
                        r.id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::vector<CertificateRecord>> CertificateRepository::query(const QString& where, const QVariantList& bindings,
                                                                    const QString& tail, bool withDer,
                                                                    OnAltered onAltered)
{
    return readRows(m_db, m_auth, CertificateSource{}, where, bindings, tail, withDer, onAltered == OnAltered::Mark);
}

Result<CertificateRecord> CertificateRepository::byId(qint64 id)
{
    auto rows = query(QStringLiteral("id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return makeError(Tr::tr("no certificate with id %1").arg(id));
    }
    return std::move(rows->front());
}

Result<std::vector<CertificateRecord>> CertificateRepository::byName(const QString& name)
{
    return query(QStringLiteral("%1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                 {name});
}

Result<std::vector<CertificateRecord>> CertificateRepository::bySerial(const QString& serialHex)
{
    return query(QStringLiteral("serial = ?"), {serialHex.toUpper()});
}

Result<std::optional<CertificateRecord>> CertificateRepository::bySha256(const QString& fingerprint)
{
    auto rows = query(QStringLiteral("sha256 = ?"), {fingerprint});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return std::optional<CertificateRecord>();
    }
    return std::optional<CertificateRecord>(std::move(rows->front()));
}


Result<std::vector<CertificateRecord>> CertificateRepository::list(const Filter& filter)
{
    QVariantList bindings;
    const QString where = certificateFilterWhere(m_db.dialect(), filter, bindings);
    auto source = certificateListSource(m_db, filter);
    if (!source) {
        return source.error();
    }
    if (filter.limit < 0) {
        return readRows(m_db, m_auth, *source, where, bindings,
                        QStringLiteral(" ORDER BY is_ca DESC, %1, id").arg(m_db.dialect().nocase(QStringLiteral("name"))),
                        filter.withDer, true);
    }
    // One page: the CAs after the key, then (if the page has room) the leaves. Each part is a range
    // on the list index (is_ca, name): the query starts at the key instead of walking up to it.
    std::vector<CertificateRecord> out;
    for (const bool ca : {true, false}) {
        if (filter.after && filter.after->isCa != ca && ca) {
            continue; // the key is among the leaves already
        }
        const bool fromKey = filter.after && filter.after->isCa == ca;
        QVariantList values = bindings;
        QString part = (where.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(where)) + QStringLiteral("is_ca = ?");
        values << int(ca);
        if (fromKey) {
            const SqlDialect& sql = m_db.dialect();
            part += QStringLiteral(" AND %1 >= %2 AND NOT (%1 = %2 AND id <= ?)")
                        .arg(sql.nocase(QStringLiteral("name")), sql.nocaseValue());
            values << filter.after->name << filter.after->name << filter.after->id;
        }
        const qsizetype room = filter.limit - qsizetype(out.size());
        auto rows = readRows(m_db, m_auth, *source, part, values,
                             QStringLiteral(" ORDER BY %1, id LIMIT %2").arg(m_db.dialect().nocase(QStringLiteral("name"))).arg(room),
                             filter.withDer, true);
        if (!rows) {
            return rows.error();
        }
        std::move(rows->begin(), rows->end(), std::back_inserter(out));
        if (qsizetype(out.size()) >= filter.limit) {
            break;
        }
    }
    return out;
}

Result<qint64> CertificateRepository::count(const Filter& filter)
{
    if (auto counted = countFromCounts(filter); !counted || *counted) {
        return counted ? **counted : Result<qint64>(counted.error());
    }
    QVariantList bindings;
    const QString where = certificateFilterWhere(m_db.dialect(), filter, bindings);
    const CertificateSource source = certificateCountSource(m_db.dialect(), filter);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + source.from
                           + (where.isEmpty() && source.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + source.where + where),
                       source.bindings + bindings);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status CertificateRepository::markRevoked(qint64 id, const QDateTime& at, RevocationReason reason)
{
    auto record = byId(id);
    if (!record) {
        return record.error();
    }
    if (record->revoked) {
        return makeError(Tr::tr("'%1' was already revoked on %2").arg(record->name, record->revokedAt.toString(Qt::ISODate)));
    }
    record->revoked = true;
    record->revokedAt = at;
    record->revocationReason = reason;
    if (Status st = update(*record); !st) {
        return st;
    }
    if (!record->issuerId || *record->issuerId == id) {
        return {};
    }
    auto issuer = byId(*record->issuerId);
    if (!issuer) {
        return issuer.error();
    }
    ++issuer->revocations;
    return update(*issuer);
}

Status CertificateRepository::markReleased(qint64 id, const QDateTime& at)
{
    auto record = byId(id);
    if (!record) {
        return record.error();
    }
    if (!record->revoked || record->revocationReason != RevocationReason::CertificateHold) {
        return makeError(Tr::tr("'%1' is not on hold").arg(record->name));
    }
    record->revoked = false;
    record->revokedAt = QDateTime();
    record->revocationReason = RevocationReason::Unspecified;
    record->releasedAt = at;
    if (Status st = update(*record); !st) {
        return st;
    }
    if (!record->issuerId || *record->issuerId == id) {
        return {};
    }
    auto issuer = byId(*record->issuerId);
    if (!issuer) {
        return issuer.error();
    }
    if (issuer->revocations <= 0) {
        return makeError(Tr::tr("the revocations of CA '%1' were changed outside Signet").arg(issuer->name));
    }
    --issuer->revocations;
    return update(*issuer);
}

Status CertificateRepository::setKey(qint64 id, qint64 keyId)
{
    auto record = byId(id);
    if (!record) {
        return record.error();
    }
    record->keyId = keyId;
    return update(*record);
}

Status CertificateRepository::setIssuer(qint64 id, qint64 issuerId)
{
    auto record = byId(id);
    if (!record) {
        return record.error();
    }
    record->issuerId = issuerId;
    return update(*record);
}

Status CertificateRepository::moveChildren(qint64 from, qint64 to)
{
    for (;;) {
        auto rows = query(QStringLiteral("issuer_id = ? AND id != ?"), {from, from}, QStringLiteral(" ORDER BY id LIMIT 500"),
                          false);
        if (!rows) {
            return rows.error();
        }
        for (CertificateRecord& r : *rows) {
            r.issuerId = to;
            if (Status st = update(r); !st) {
                return st;
            }
        }
        if (rows->size() < 500) {
            break;
        }
    }
    auto source = byId(from);
    auto target = byId(to);
    if (!source || !target) {
        return source ? target.error() : source.error();
    }
    target->revocations += source->revocations;
    target->lastCrlNumber = std::max(target->lastCrlNumber, source->lastCrlNumber);
    source->revocations = 0;
    if (Status st = update(*source); !st) {
        return st;
    }
    return update(*target);
}

Result<std::vector<CertificateRecord>> CertificateRepository::subtree(qint64 id)
{
    // UNION (not UNION ALL) stops at a row already reached, so a self-signed root cannot loop.
    return query(QStringLiteral("id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT)"
                                " UNION SELECT c.id FROM certificates c JOIN sub s ON c.issuer_id = s.id"
                                " WHERE c.id != c.issuer_id)"
                                " SELECT id FROM sub)"),
                 {id}, QStringLiteral(" ORDER BY id"), false);
}

Result<std::vector<CertificateRecord>> CertificateRepository::withKey(qint64 keyId)
{
    return query(QStringLiteral("key_id = ?"), {keyId}, QStringLiteral(" ORDER BY id"), false);
}

Status CertificateRepository::forEach(const std::function<Status(const CertificateRecord&)>& visit, int batch)
{
    qint64 after = 0;
    for (;;) {
        auto rows = query(QStringLiteral("id > ?"), {after}, QStringLiteral(" ORDER BY id LIMIT %1").arg(batch), true,
                          OnAltered::Mark);
        if (!rows) {
            return rows.error();
        }
        for (const CertificateRecord& r : *rows) {
            if (Status st = visit(r); !st) {
                return st;
            }
            after = r.id;
        }
        if (static_cast<int>(rows->size()) < batch) {
            return {};
        }
    }
}

Result<std::vector<CertificateRecord>> CertificateRepository::casBelow(qint64 caId)
{
    // UNION (not UNION ALL) stops at a CA already reached, so a self-signed root cannot loop.
    return query(QStringLiteral("id IN (WITH RECURSIVE below(id) AS ("
                                " SELECT id FROM certificates WHERE issuer_id = ? AND is_ca = 1 AND id != ?"
                                " UNION SELECT c.id FROM certificates c JOIN below b ON c.issuer_id = b.id"
                                " WHERE c.is_ca = 1 AND c.id != c.issuer_id)"
                                " SELECT id FROM below)"),
                 {caId, caId}, QStringLiteral(" ORDER BY id"));
}

Result<std::vector<CertificateRecord>> CertificateRepository::casWithSubject(const QString& subjectDn)
{
    return query(QStringLiteral("is_ca = 1 AND subject = ?"), {subjectDn});
}

Result<std::vector<CertificateRecord>> CertificateRepository::orphansNaming(const QString& issuerDn, qint64 exceptId)
{
    return query(QStringLiteral("issuer_id IS NULL AND issuer_dn = ? AND id != ?"), {issuerDn, exceptId});
}

Result<std::vector<CertificateRecord>> CertificateRepository::withoutKey()
{
    return query(QStringLiteral("key_id IS NULL"), {}, QStringLiteral(" ORDER BY id"));
}

Result<bool> CertificateRepository::nameExists(const QString& name)
{
    return m_db.exists(QStringLiteral("SELECT 1 FROM certificates WHERE %1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                       {name});
}

Result<QHash<qint64, qint64>> CertificateRepository::revocationCounts()
{
    auto q = m_db.exec(QStringLiteral("SELECT issuer_id, count(*) FROM certificates WHERE status = 'revoked'"
                                      " AND issuer_id IS NOT NULL AND issuer_id != id GROUP BY issuer_id"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, qint64> out;
    while (q->next()) {
        out.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    return out;
}

} // namespace signet
