#include "store/ImportRepository.h"

#include "crypto/Certificate.h"
#include "store/CertificateRepository.h"
#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/Savepoint.h"

#include <QCoreApplication>

#include <optional>

namespace signet {

namespace {
using Row = CertificateRow;

// lupdate files Tr::tr() strings under "ImportRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)
};

constexpr int kPage = 500;
} // namespace

Result<qint64> ImportRepository::nextId()
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM certificates"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(1);
}

Result<ImportRepository::Inserted> ImportRepository::insert(const CertificateRecord& r, qint64 id, const QDateTime& now)
{
    if (Row::sha256Hex(r.der) != r.sha256) {
        return makeError(Tr::tr("the certificate '%1' does not match its fingerprint").arg(r.name));
    }
    CertificateRecord stored = r;
    stored.id = id;
    stored.revoked = false;
    stored.lastCrlNumber = 0;
    stored.revocations = 0;
    // A failed statement ends a PostgreSQL transaction unless a savepoint takes it back: the import
    // goes on past a name or certificate that is already there.
    std::optional<Savepoint> step;
    if (m_db.isServer()) {
        if (Status st = step.emplace(m_db).begin(); !st) {
            return st.error();
        }
    }
    auto q = m_db.write(
        QStringLiteral("INSERT INTO certificates(id, name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn,"
                       " sans, not_before, not_after, is_ca, profile, crl_url, aia_url, sha256, der, created_at,"
                       " spki_sha256, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, Row::text(r.name), Row::optionalId(r.issuerId), Row::optionalId(r.keyId), Row::text(r.serial),
         Row::text(r.subject), Row::text(r.commonName), Row::text(r.issuerDn), Row::text(r.sans.join(QLatin1Char('\n'))),
         r.notBefore.toSecsSinceEpoch(), r.notAfter.toSecsSinceEpoch(), r.isCa ? 1 : 0, profileName(r.profile),
         Row::text(r.crlUrl), Row::text(r.aiaUrl), Row::text(r.sha256), r.der, now.toSecsSinceEpoch(),
         Row::optionalBlob(r.spkiSha256), m_auth.mac(CertificateRepository::encode(stored))});
    if (q) {
        if (Status st = CertificateRepository(m_db, m_auth).addToIndexes(id, r.notAfter); !st) {
            return st.error();
        }
        if (step) {
            if (Status st = step->release(); !st) {
                return st.error();
            }
        }
        return Inserted::Stored;
    }
    step.reset();
    // SQLite names the columns ("UNIQUE constraint failed: certificates.name"), PostgreSQL the
    // index, which store/PostgresSchema names alike.
    const QString detail = q.error().detail;
    if (detail.contains(QLatin1String("certificates.name"))) {
        return Inserted::NameTaken;
    }
    if (detail.contains(QLatin1String("certificates.sha256"))) {
        return Inserted::AlreadyThere;
    }
    if (detail.contains(QLatin1String("issuer_id"))) {
        // The same certificate again, or another one with its serial from the same CA.
        auto same = m_db.exec(QStringLiteral("SELECT 1 FROM certificates WHERE sha256 = ?"), {Row::text(r.sha256)});
        if (!same) {
            return same.error();
        }
        if (same->next()) {
            return Inserted::AlreadyThere;
        }
        return makeError(Tr::tr("serial %1 was already used by this CA").arg(r.serial));
    }
    return q.error();
}

Result<std::vector<CertificateRecord>> ImportRepository::verifiedRows(const QString& where, const QVariantList& bindings,
                                                                      const QString& tail)
{
    return CertificateRepository(m_db, m_auth).query(where, bindings, tail);
}

Status ImportRepository::idsFollow()
{
    const QString sql = m_db.dialect().idsFollow(QStringLiteral("certificates"));
    if (sql.isEmpty()) {
        return {};
    }
    auto q = m_db.exec(sql);
    return q ? Status() : Status(q.error());
}

Result<std::vector<CertificateRecord>> ImportRepository::keylessWithSpki(const QByteArray& spkiSha256)
{
    return verifiedRows(QStringLiteral("spki_sha256 = ? AND key_id IS NULL"), {spkiSha256}, QStringLiteral(" ORDER BY id"));
}

Status ImportRepository::fillSpkiHashes()
{
    for (;;) {
        auto q = m_db.exec(QStringLiteral("SELECT id, der FROM certificates WHERE spki_sha256 IS NULL LIMIT %1").arg(kPage));
        if (!q) {
            return q.error();
        }
        std::vector<std::pair<qint64, QByteArray>> hashes;
        while (q->next()) {
            auto cert = Certificate::fromDer(q->value(1).toByteArray());
            // A row whose DER does not parse gets an empty hash: it matches no key, and is not
            // read again by the next import.
            hashes.emplace_back(q->value(0).toLongLong(),
                                cert ? Row::spkiSha256(*cert) : QByteArray("", 0));
        }
        if (Status st = m_db.finished(*q); !st) {
            return st;
        }
        for (const auto& [id, hash] : hashes) {
            if (auto set = m_db.exec(QStringLiteral("UPDATE certificates SET spki_sha256 = ? WHERE id = ?"), {hash, id}); !set) {
                return set.error();
            }
        }
        if (hashes.size() < std::size_t(kPage)) {
            return {};
        }
    }
}

Status ImportRepository::forEachOrphanNaming(const QString& issuerDn, qint64 exceptId,
                                             const std::function<Status(const CertificateRecord&)>& visit)
{
    qint64 after = 0;
    for (;;) {
        auto rows = verifiedRows(QStringLiteral("issuer_id IS NULL AND issuer_dn = ? AND id != ? AND id > ?"),
                                 {issuerDn, exceptId, after}, QStringLiteral(" ORDER BY id LIMIT %1").arg(kPage));
        if (!rows) {
            return rows.error();
        }
        for (const CertificateRecord& r : *rows) {
            if (Status st = visit(r); !st) {
                return st;
            }
            after = r.id;
        }
        if (rows->size() < std::size_t(kPage)) {
            return {};
        }
    }
}

Status ImportRepository::forEachBetween(qint64 first, qint64 last,
                                        const std::function<void(const QString&, const QString&)>& visit)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, serial FROM certificates WHERE id BETWEEN ? AND ? ORDER BY id"),
                       {first, last});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        visit(q->value(0).toString(), q->value(1).toString());
    }
    return m_db.finished(*q);
}

Result<QSet<QString>> ImportRepository::requestNames()
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM requests"));
    if (!q) {
        return q.error();
    }
    QSet<QString> names;
    while (q->next()) {
        names.insert(q->value(0).toString().toLower());
    }
    if (Status st = m_db.finished(*q); !st) {
        return st.error();
    }
    return names;
}

Result<bool> ImportRepository::requestsWaiting()
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM requests WHERE certificate_id IS NULL LIMIT 1"));
    if (!q) {
        return q.error();
    }
    return q->next();
}

} // namespace signet
