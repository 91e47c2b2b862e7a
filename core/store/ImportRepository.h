#pragma once

#include "CertificateRecord.h"
#include "Result.h"

#include <QSet>

#include <functional>
#include <vector>

namespace signet {

class Database;
class RowAuthenticator;

// The SQL of a large import (ImportService), apart from CertificateRepository: rows written with
// their id and MAC in one statement, and look-ups through the indexes of migration 8 (public-key
// hash, CA subject, certificates without their issuer), each served by an index, never a scan.
class ImportRepository {
public:
    enum class Inserted { Stored, NameTaken, AlreadyThere };

    ImportRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    // Inside the import's transaction, which holds the write lock: the ids that follow are this
    // import's, in order.
    Result<qint64> nextId();
    // After insert() gave rows ids of their own: the ids the database gives out next follow them.
    Status idsFollow();
    // Stores `record` as row `id`, sealed; NameTaken or AlreadyThere (same SHA-256) leave nothing.
    Result<Inserted> insert(const CertificateRecord& record, qint64 id, const QDateTime& now);
    // Certificates without a private key whose public key hashes to `spkiSha256` (DER included,
    // each row verified); the caller still checks that the key fits.
    Result<std::vector<CertificateRecord>> keylessWithSpki(const QByteArray& spkiSha256);
    // Rows without a public-key hash (stored before migration 8) get one.
    Status fillSpkiHashes();
    // The certificates without an issuer here that name `issuerDn` as theirs, `batch` at a time in
    // id order (DER included, verified).
    Status forEachOrphanNaming(const QString& issuerDn, qint64 exceptId,
                               const std::function<Status(const CertificateRecord&)>& visit);
    // Name and serial of the certificates with ids from `first` to `last`, in id order.
    Status forEachBetween(qint64 first, qint64 last,
                          const std::function<void(const QString& name, const QString& serial)>& visit);
    // The names requests hold (their certificates will bear them), folded to lower case, and
    // whether any request still waits for its certificate.
    Result<QSet<QString>> requestNames();
    Result<bool> requestsWaiting();

private:
    Result<std::vector<CertificateRecord>> verifiedRows(const QString& where, const QVariantList& bindings,
                                                        const QString& tail);

    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
