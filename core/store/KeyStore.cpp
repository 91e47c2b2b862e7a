#include "store/KeyStore.h"

#include "store/Database.h"
#include "store/KeyVault.h"

#include <QCoreApplication>

namespace signet {

namespace {
QByteArray associatedData(qint64 id)
{
    return QByteArrayLiteral("signet:key:v1:") + QByteArray::number(id);
}
} // namespace

Result<qint64> KeyStore::store(const PrivateKey& key, const QDateTime& now)
{
    auto plain = key.toPkcs8Der();
    if (!plain) {
        return plain.error();
    }
    auto insert = m_db.exec(QStringLiteral("INSERT INTO keys(algorithm, public_key, sealed, created_at) VALUES (?, ?, ?, ?)"),
                            {key.algorithmName(), key.publicKeyDer(), QByteArray("", 0), now.toSecsSinceEpoch()});
    if (!insert) {
        return insert.error();
    }
    const qint64 id = insert->lastInsertId().toLongLong();
    auto sealed = m_vault.seal(*plain, associatedData(id));
    if (!sealed) {
        return sealed.error();
    }
    auto update = m_db.exec(QStringLiteral("UPDATE keys SET sealed = ? WHERE id = ?"), {*sealed, id});
    if (!update) {
        return update.error();
    }
    return id;
}

Result<PrivateKey> KeyStore::load(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT sealed FROM keys WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(QCoreApplication::translate("KeyStore", "private key %1 is missing from the workspace").arg(id));
    }
    auto plain = m_vault.open(q->value(0).toByteArray(), associatedData(id));
    if (!plain) {
        return plain.error();
    }
    return PrivateKey::fromPkcs8Der(*plain);
}

Result<std::optional<qint64>> KeyStore::findByPublicKey(const QByteArray& publicKeyDer)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM keys WHERE public_key = ? LIMIT 1"), {publicKeyDer});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(q->value(0).toLongLong());
}

} // namespace signet
