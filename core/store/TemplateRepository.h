#pragma once

#include "IssuanceTemplate.h"
#include "Result.h"

#include <QList>
#include <optional>

namespace signet {

class Database;
class RowAuthenticator;

// The templates people made (the shipped ones live in code). Each row's MAC covers its id, name,
// body and creation time: a template decides what is issued, so an edit outside Signet is refused.
class TemplateRepository {
public:
    TemplateRepository(Database& db, const RowAuthenticator& auth) : m_db(db), m_auth(auth) {}

    static QByteArray encode(qint64 id, const QString& name, const QByteArray& body, qint64 createdAt);

    Result<QList<IssuanceTemplate>> all();
    Result<std::optional<IssuanceTemplate>> byName(const QString& name);
    Status insert(const IssuanceTemplate& tmpl);
    // False when there was no such template.
    Result<bool> remove(const QString& name);
    // For a full check: a message for each row that was changed outside Signet.
    Result<QStringList> altered();

private:
    Result<QList<IssuanceTemplate>> query(const QString& where, const QVariantList& bindings);

    Database& m_db;
    const RowAuthenticator& m_auth;
};

} // namespace signet
