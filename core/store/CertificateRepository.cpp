#include "store/CertificateRepository.h"

#include "crypto/Certificate.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace signet {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn, sans, not_before, not_after, is_ca,"
    " profile, status, revoked_at, revocation_reason, crl_url, sha256, aia_url");

QDateTime fromEpoch(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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
    return r;
}

Result<qint64> CertificateRepository::insert(const CertificateRecord& r, const QDateTime& now)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO certificates(name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn,"
                       " sans, not_before, not_after, is_ca, profile, crl_url, aia_url, sha256, der, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {text(r.name), optionalId(r.issuerId), optionalId(r.keyId), text(r.serial), text(r.subject),
         text(r.commonName), text(r.issuerDn), text(r.sans.join(QLatin1Char('\n'))), r.notBefore.toSecsSinceEpoch(),
         r.notAfter.toSecsSinceEpoch(), r.isCa ? 1 : 0, text(r.profile), text(r.crlUrl), text(r.aiaUrl), text(r.sha256), r.der,
         now.toSecsSinceEpoch()});
    if (!q) {
        const QString detail = q.error().detail;
        if (detail.contains(QLatin1String("certificates.name"))) {
            return makeError(QCoreApplication::translate("CertificateRepository", "the name '%1' is already taken")
                                 .arg(r.name));
        }
        if (detail.contains(QLatin1String("certificates.sha256"))) {
            return makeError(QCoreApplication::translate("CertificateRepository",
                                                         "this certificate is already in the workspace"));
        }
        if (detail.contains(QLatin1String("issuer_id"))) {
            return makeError(QCoreApplication::translate("CertificateRepository",
                                                         "serial %1 was already used by this CA")
                                 .arg(r.serial));
        }
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Result<std::vector<CertificateRecord>> CertificateRepository::query(const QString& where, const QVariantList& bindings,
                                                                    const QString& tail, bool withDer)
{
    const QString sql = QStringLiteral("SELECT ") + kColumns + (withDer ? QStringLiteral(", der") : QString())
                        + QStringLiteral(" FROM certificates") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                        + tail;
    auto q = m_db.exec(sql, bindings);
    if (!q) {
        return q.error();
    }
    std::vector<CertificateRecord> out;
    while (q->next()) {
        CertificateRecord r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        if (!q->value(2).isNull()) {
            r.issuerId = q->value(2).toLongLong();
        }
        if (!q->value(3).isNull()) {
            r.keyId = q->value(3).toLongLong();
        }
        r.serial = q->value(4).toString();
        r.subject = q->value(5).toString();
        r.commonName = q->value(6).toString();
        r.issuerDn = q->value(7).toString();
        const QString sans = q->value(8).toString();
        r.sans = sans.isEmpty() ? QStringList() : sans.split(QLatin1Char('\n'));
        r.notBefore = fromEpoch(q->value(9));
        r.notAfter = fromEpoch(q->value(10));
        r.isCa = q->value(11).toInt() != 0;
        r.profile = q->value(12).toString();
        r.revoked = q->value(13).toString() == QLatin1String("revoked");
        r.revokedAt = fromEpoch(q->value(14));
        r.revocationReason = q->value(15).toInt();
        r.crlUrl = q->value(16).toString();
        r.sha256 = q->value(17).toString();
        r.aiaUrl = q->value(18).toString();
        if (withDer) {
            r.der = q->value(19).toByteArray();
        }
        out.push_back(std::move(r));
    }
    return out;
}

Result<CertificateRecord> CertificateRepository::byId(qint64 id)
{
    auto rows = query(QStringLiteral("id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return makeError(QCoreApplication::translate("CertificateRepository", "no certificate with id %1").arg(id));
    }
    return std::move(rows->front());
}

Result<std::vector<CertificateRecord>> CertificateRepository::byName(const QString& name)
{
    return query(QStringLiteral("name = ?"), {name});
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

namespace {
QString filterWhere(const CertificateRepository::Filter& f, QVariantList& bindings)
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
    const qint64 now = f.now.toSecsSinceEpoch();
    if (f.status == QLatin1String("revoked")) {
        clauses << QStringLiteral("status = 'revoked'");
    } else if (f.status == QLatin1String("expired")) {
        clauses << QStringLiteral("status = 'valid' AND not_after <= ?");
        bindings << now;
    } else if (f.status == QLatin1String("expiring")) {
        clauses << QStringLiteral("status = 'valid' AND not_after > ? AND not_after <= ?");
        bindings << now << now + qint64(f.expiringDays) * 86400;
    } else if (f.status == QLatin1String("valid")) {
        clauses << QStringLiteral("status = 'valid' AND not_after > ?");
        bindings << now + qint64(f.expiringDays) * 86400;
    }
    if (!f.text.isEmpty()) {
        clauses << QStringLiteral("(name LIKE ? ESCAPE '\\' OR subject_cn LIKE ? ESCAPE '\\' OR sans LIKE ? ESCAPE '\\'"
                                  " OR serial LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(f.text);
        bindings << pattern << pattern << pattern << likePattern(f.text.toUpper().remove(QLatin1Char(':')));
    }
    return clauses.join(QStringLiteral(" AND "));
}
} // namespace

Result<std::vector<CertificateRecord>> CertificateRepository::list(const Filter& filter)
{
    QVariantList bindings;
    const QString where = filterWhere(filter, bindings);
    QString tail = QStringLiteral(" ORDER BY is_ca DESC, name COLLATE NOCASE");
    if (filter.limit >= 0) {
        tail += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    }
    return query(where, bindings, tail, filter.withDer);
}

Result<qint64> CertificateRepository::count(const Filter& filter)
{
    QVariantList bindings;
    const QString where = filterWhere(filter, bindings);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM certificates") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                       bindings);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status CertificateRepository::markRevoked(qint64 id, const QDateTime& at, int reason)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = ?, revocation_reason = ?"
                                      " WHERE id = ?"),
                       {at.toSecsSinceEpoch(), reason, id});
    if (!q) {
        return q.error();
    }
    return {};
}

Status CertificateRepository::setKey(qint64 id, qint64 keyId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET key_id = ? WHERE id = ?"), {keyId, id});
    if (!q) {
        return q.error();
    }
    return {};
}

Status CertificateRepository::setIssuer(qint64 id, qint64 issuerId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE certificates SET issuer_id = ? WHERE id = ?"), {issuerId, id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::vector<RevokedEntry>> CertificateRepository::revokedUnder(qint64 caId)
{
    auto q = m_db.exec(QStringLiteral("SELECT serial, revoked_at, revocation_reason FROM certificates"
                                      " WHERE issuer_id = ? AND status = 'revoked' ORDER BY id"),
                       {caId});
    if (!q) {
        return q.error();
    }
    std::vector<RevokedEntry> out;
    while (q->next()) {
        out.push_back({q->value(0).toString(), fromEpoch(q->value(1)), q->value(2).toInt()});
    }
    return out;
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

Result<bool> CertificateRepository::nameExists(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM certificates WHERE name = ?"), {name});
    if (!q) {
        return q.error();
    }
    return q->next();
}

} // namespace signet
