#pragma once

#include "IssuanceTemplate.h"
#include "Result.h"

namespace signet {

class Database;
class RowAuthenticator;

// The subject defaults of the workspace (CA id 0) and of each CA, one authenticated row each.
class DefaultsRepository {
public:
    static constexpr qint64 kWorkspace = 0;

    DefaultsRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static QByteArray encode(qint64 caId, const QByteArray& body);

    // Empty defaults when none were set.
    Result<SubjectDefaults> forCa(qint64 caId);
    // Empty defaults remove the row.
    Status store(qint64 caId, const SubjectDefaults& defaults);
    // For a full check: a message for each row that was changed outside Signet.
    Result<QStringList> altered();

private:
    QString alteredMessage(qint64 caId);

    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
