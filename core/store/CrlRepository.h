#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace signet {

class Database;
class RowAuthenticator;

struct CrlRecord {
    qint64 caId = 0;
    qint64 number = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QByteArray der;
    std::optional<qint64> revokedCount; // how many revocations it lists (unknown for older CRLs)
    bool authentic = true;              // false: the row's MAC does not verify
};

// A CA with revocations that its current CRL does not list yet.
struct UnpublishedRevocations {
    qint64 caId = 0;
    qint64 count = 0;
};

// The current CRL of each CA (one per CA; publishing replaces it and bumps the number).
class CrlRepository {
public:
    CrlRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static QByteArray encode(const CrlRecord& record);

    // The stored CRL, its MAC verified.
    Result<std::optional<CrlRecord>> forCa(qint64 caId);
    // The number of the CA's stored CRL if it is above `known`, read and checked as forCa() does;
    // otherwise `known`, without reading the CRL (for a CA whose own row remembers its last number).
    Result<qint64> numberAbove(qint64 caId, qint64 known);
    Status store(const CrlRecord& record);
    // CA `from`'s CRL becomes CA `to`'s (a CA renewed with its key and subject signs the same CRLs).
    Status moveCa(qint64 from, qint64 to);
    // CRLs whose nextUpdate is before `limit` (expired or about to), their MACs verified.
    Result<QList<CrlRecord>> expiringBefore(const QDateTime& limit);
    // Every stored CRL with altered rows marked, not refused (for verification).
    Result<QList<CrlRecord>> all();
    // Each CA whose revoked certificates are not all on its current CRL (or that has none yet).
    Result<QList<UnpublishedRevocations>> unpublishedRevocations();

private:
    Result<QList<UnpublishedRevocations>> withPendingReleases(QList<UnpublishedRevocations> out);
    Result<QList<CrlRecord>> query(const QString& where, const QVariantList& bindings, bool markAltered);
    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
