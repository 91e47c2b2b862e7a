#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace signet {

class Database;
class RowAuthenticator;

// A certificate signing request made here for an outside CA. Its key waits in the vault; once the
// signed certificate is imported the request points to it, and the certificate bears its name.
struct RequestRecord {
    qint64 id = 0;
    QString name;
    qint64 keyId = 0;
    QString subject;
    bool isCa = false;
    QByteArray der; // the PKCS#10 request
    QDateTime createdAt;
    std::optional<qint64> certificateId; // set once the signed certificate is imported
    bool authentic = true;               // false: the row's MAC does not verify

    [[nodiscard]] bool pending() const { return !certificateId.has_value(); }
};

// The requests table. Every row carries a MAC over its content and id: its name decides which
// certificate takes it and its key which certificate gets that key, so an altered row is refused.
class RequestRepository {
public:
    RequestRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static QByteArray encode(const RequestRecord& record);

    // Stores the request and its MAC; returns the new row id.
    Result<qint64> insert(const RequestRecord& record);
    Result<std::optional<RequestRecord>> byName(const QString& name);
    // The requests still waiting for their certificate, oldest first.
    Result<QList<RequestRecord>> pending();
    // The request waiting for a certificate for the key `keyId`, if any.
    Result<std::optional<RequestRecord>> pendingForKey(qint64 keyId);
    // Every row, altered ones marked instead of refused (for verification).
    Result<QList<RequestRecord>> all();
    // Whether a request (pending or done) holds this name, compared as the schema does (NOCASE).
    Result<bool> nameExists(const QString& name);
    // Records that `certificateId` is the request's signed certificate.
    Status complete(RequestRecord record, qint64 certificateId);

private:
    Result<QList<RequestRecord>> query(const QString& where, const QVariantList& bindings, bool markAltered);

    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
