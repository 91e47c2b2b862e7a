#pragma once

#include "Result.h"
#include "CertificateRecord.h"

#include <QHash>

#include <functional>
#include <vector>

namespace signet {

struct CrlRow;

class Certificate;
class Database;
class RowAuthenticator;

// SQL access to the certificates table (the list filters in CertificateFilterSql). Lists page with
// LIMIT/OFFSET; nothing loads every row.
// Every row carries a MAC over its content and id, and a stored DER must match its SHA-256: a read
// refuses a row that fails either ("changed outside Signet"), except `list`, which is for display
// and marks such rows instead so that a workspace with one altered row still shows the others.
class CertificateRepository {
public:
    // Where a page of a list ends. Lists run CAs first, then by name (case-insensitively), then by
    // id; the next page starts after the last record of this one (keyset paging: no row is counted
    // again, however deep the page).
    struct PageKey {
        bool isCa = false;
        QString name;
        qint64 id = 0;
        static PageKey of(const CertificateRecord& record) { return {record.isCa, record.name, record.id}; }
    };

    struct Filter {
        std::optional<qint64> issuerId; // direct children of this CA
        bool rootsOnly = false;         // certificates with no issuer in the workspace
        bool casOnly = false;
        QStringList profiles;           // only these profiles ("client", "server-client", ...)
        bool withKeyOnly = false;       // only certificates whose private key the workspace holds
        // Valid, Expiring, Expired, Revoked or Superseded (Altered and NotYetValid select nothing
        // more than no status does). Superseded certificates count only as superseded.
        std::optional<CertificateStatus> status;
        bool removed = false;           // the removed certificates instead of the present ones
        QString text;                   // matches name, CN, SANs, serial
        QDateTime now;
        int expiringDays = 30;
        int limit = -1;                 // with a limit: one page, starting after `after`
        std::optional<PageKey> after;
        bool withDer = true;
    };

    CertificateRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static CertificateRecord recordFor(const Certificate& cert);
    // What the MAC covers: everything that drives signing, deploying and reporting, and the id.
    static QByteArray encode(const CertificateRecord& record);
    // What the revocation MAC covers: what a CRL lists of a revoked row or released hold, and whose
    // row it is (id, issuer, serial). A CRL checks only this, so it never reads the rest of the row.
    static QByteArray encodeRevocation(const CertificateRecord& record);

    Result<qint64> insert(const CertificateRecord& record, const QDateTime& now);
    // Puts the row with this id into the text filter's table and the status counts; each insert
    // into `certificates` does, right after it (insert here, ImportRepository's).
    Status addToIndexes(qint64 id, const QDateTime& notAfter);
    // Writes the record's changeable fields (name, links, status, CA settings) and a new MAC.
    Status update(const CertificateRecord& record);
    Result<CertificateRecord> byId(qint64 id);
    Result<std::vector<CertificateRecord>> byName(const QString& name);
    Result<std::vector<CertificateRecord>> bySerial(const QString& serialHex);
    Result<std::optional<CertificateRecord>> bySha256(const QString& fingerprint);
    Result<std::vector<CertificateRecord>> list(const Filter& filter);
    Result<qint64> count(const Filter& filter);
    // Whether the status counts agree with the rows they count (for 'verify').
    Result<bool> countsAgree();
    // Marks the certificate revoked and counts the revocation in its issuer's row.
    Status markRevoked(qint64 id, const QDateTime& at, RevocationReason reason);
    // Ends a certificateHold: valid again, released now, and one revocation fewer in its issuer's row.
    Status markReleased(qint64 id, const QDateTime& at);
    Status setKey(qint64 id, qint64 keyId);
    Status setIssuer(qint64 id, qint64 issuerId);
    // Everything CA `from` issued is issued by CA `to` from now on, with its count of revocations
    // (a CA renewed with its key and subject: the same signatures verify under both).
    Status moveChildren(qint64 from, qint64 to);
    // What the CA's next CRL lists, in serial order, each row verified by its revocation MAC: every
    // certificate it revoked, and each released certificateHold that no CRL has said removeFromCRL
    // for yet. The revoked ones are then checked against the CA's own count, so a caller keeps
    // nothing it made from the rows unless this returns success. `visit` runs on a worker thread,
    // one row after the other, while this one reads the next rows. Returns the rows revoked before
    // revocation MACs, checked by their whole-row MAC instead: update() gives them one.
    Result<std::vector<qint64>> forEachCrlEntry(const CertificateRecord& ca,
                                                const std::function<Status(const CrlRow&)>& visit);
    // The certificate and, for a CA, everything below it at any depth, removed or not (no DER).
    Result<std::vector<CertificateRecord>> subtree(qint64 id);
    // The certificates that use this private key.
    Result<std::vector<CertificateRecord>> withKey(qint64 keyId);
    // Every row of the table in id order, `batch` at a time (DER included), altered rows marked.
    Status forEach(const std::function<Status(const CertificateRecord&)>& visit, int batch = 500);
    // Every CA below `caId`, at any depth (not the CA itself).
    Result<std::vector<CertificateRecord>> casBelow(qint64 caId);
    Result<bool> nameExists(const QString& name);
    // The CAs whose subject is `subjectDn`: the candidates for having signed a certificate.
    Result<std::vector<CertificateRecord>> casWithSubject(const QString& subjectDn);
    // Certificates with no issuer in the workspace that name `issuerDn` as theirs (but `exceptId`).
    Result<std::vector<CertificateRecord>> orphansNaming(const QString& issuerDn, qint64 exceptId);
    // Certificates whose private key the workspace does not hold.
    Result<std::vector<CertificateRecord>> withoutKey();
    // For each CA id, how many certificates it issued are revoked (as the rows say).
    Result<QHash<qint64, qint64>> revocationCounts();

private:
    friend class ImportRepository; // reads checked rows by its own conditions
    enum class OnAltered { Refuse, Mark };
    Result<std::vector<CertificateRecord>> query(const QString& where, const QVariantList& bindings,
                                                 const QString& tail = {}, bool withDer = true,
                                                 OnAltered onAltered = OnAltered::Refuse);
    // A count by status alone, from the status counts; none for a filter they cannot answer.
    Result<std::optional<qint64>> countFromCounts(const Filter& filter);
    Result<qint64> countLive(const std::optional<qint64>& after, const std::optional<qint64>& upTo);
    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
