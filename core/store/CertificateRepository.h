#pragma once

#include "Result.h"
#include "crypto/Crl.h"
#include "store/CertificateRecord.h"

#include <vector>

namespace signet {

class Certificate;
class Database;

// SQL access to the certificates table. Lists page with LIMIT/OFFSET; nothing loads every row.
class CertificateRepository {
public:
    struct Filter {
        std::optional<qint64> issuerId; // direct children of this CA
        bool rootsOnly = false;         // certificates with no issuer in the workspace
        bool casOnly = false;
        QStringList profiles;           // only these profiles ("client", "server-client", ...)
        bool withKeyOnly = false;       // only certificates whose private key the workspace holds
        QString status;                 // "", "valid", "expiring", "expired", "revoked"
        QString text;                   // matches name, CN, SANs, serial
        QDateTime now;
        int expiringDays = 30;
        int limit = -1;
        int offset = 0;
        bool withDer = true;
    };

    explicit CertificateRepository(Database& db) : m_db(db) {}

    static CertificateRecord recordFor(const Certificate& cert);

    Result<qint64> insert(const CertificateRecord& record, const QDateTime& now);
    Result<CertificateRecord> byId(qint64 id);
    Result<std::vector<CertificateRecord>> byName(const QString& name);
    Result<std::vector<CertificateRecord>> bySerial(const QString& serialHex);
    Result<std::optional<CertificateRecord>> bySha256(const QString& fingerprint);
    Result<std::vector<CertificateRecord>> list(const Filter& filter);
    Result<qint64> count(const Filter& filter);
    Status markRevoked(qint64 id, const QDateTime& at, int reason);
    Status setKey(qint64 id, qint64 keyId);
    Status setIssuer(qint64 id, qint64 issuerId);
    Result<std::vector<RevokedEntry>> revokedUnder(qint64 caId);
    // Every CA below `caId`, at any depth (not the CA itself).
    Result<std::vector<CertificateRecord>> casBelow(qint64 caId);
    Result<bool> nameExists(const QString& name);

private:
    Result<std::vector<CertificateRecord>> query(const QString& where, const QVariantList& bindings,
                                                 const QString& tail = {}, bool withDer = true);
    Database& m_db;
};

} // namespace signet
