#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace signet {

class Database;

struct CrlRecord {
    qint64 caId = 0;
    qint64 number = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QByteArray der;
    std::optional<qint64> revokedCount; // how many revocations it lists (unknown for older CRLs)
};

// A CA with revocations that its current CRL does not list yet.
struct UnpublishedRevocations {
    qint64 caId = 0;
    qint64 count = 0;
};

// The current CRL of each CA (one per CA; publishing replaces it and bumps the number).
class CrlRepository {
public:
    explicit CrlRepository(Database& db) : m_db(db) {}

    Result<std::optional<CrlRecord>> forCa(qint64 caId);
    Status store(const CrlRecord& record);
    // CRLs whose nextUpdate is before `limit` (expired or about to).
    Result<QList<CrlRecord>> expiringBefore(const QDateTime& limit);
    // Each CA whose revoked certificates are not all on its current CRL (or that has none yet).
    Result<QList<UnpublishedRevocations>> unpublishedRevocations();

private:
    Database& m_db;
};

} // namespace signet
