#include "LifecycleService.h"

#include "WorkspaceContext.h"
#include "pki/NameRules.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "LifecycleService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)
};

bool isRemoved(const CertificateRecord& r)
{
    return r.removedAt.isValid();
}

// A restore brings back the rows that carry the CA's own removal time. That time is made later than
// any removal already below it, so what was removed before, on its own, stays removed even when both
// happened within the same second.
QDateTime removalStamp(const QDateTime& now, const std::vector<CertificateRecord>& subtree)
{
    QDateTime stamp = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    for (const CertificateRecord& r : subtree) {
        if (isRemoved(r) && r.removedAt >= stamp) {
            stamp = r.removedAt.addSecs(1);
        }
    }
    return stamp;
}
} // namespace

RemovalScope LifecycleService::scopeOf(const CertificateRecord& target, const std::vector<CertificateRecord>& rows)
{
    RemovalScope scope;
    scope.target = target;
    QSet<qint64> keys;
    for (const CertificateRecord& r : rows) {
        ++scope.certificates;
        scope.cas += r.isCa ? 1 : 0;
        if (r.keyId) {
            keys.insert(*r.keyId);
        }
    }
    scope.keys = keys.size();
    return scope;
}

Result<CertificateRecord> LifecycleService::removable(const CertificateRef& ref)
{
    auto record = m_ctx.resolveIncludingRemoved(ref);
    if (record && isRemoved(*record)) {
        return makeError(Tr::tr("'%1' was already removed on %2")
                             .arg(record->name, record->removedAt.toString(Qt::ISODate)));
    }
    return record;
}

Result<std::vector<CertificateRecord>> LifecycleService::going(const CertificateRecord& target)
{
    auto rows = m_ctx.certificates().subtree(target.id);
    if (!rows) {
        return rows.error();
    }
    std::erase_if(*rows, isRemoved);
    return rows;
}

Result<RemovalScope> LifecycleService::countForRemoval(const CertificateRef& ref)
{
    auto target = removable(ref);
    if (!target) {
        return target.error();
    }
    auto rows = going(*target);
    if (!rows) {
        return rows.error();
    }
    return scopeOf(*target, *rows);
}

Status LifecycleService::checkKeysDestroyable(const std::vector<CertificateRecord>& rows)
{
    QSet<qint64> leaving;
    QSet<qint64> keys;
    for (const CertificateRecord& r : rows) {
        leaving.insert(r.id);
        if (r.keyId) {
            keys.insert(*r.keyId);
        }
    }
    for (const qint64 key : keys) {
        auto users = m_ctx.certificates().withKey(key);
        if (!users) {
            return users.error();
        }
        for (const CertificateRecord& user : *users) {
            if (!leaving.contains(user.id)) {
                return makeError(Tr::tr("the private key of what is removed is also the key of '%1', which stays: "
                                        "it cannot be destroyed")
                                     .arg(user.name));
            }
        }
        auto requests = m_ctx.keys().requestsUsing(key);
        if (!requests) {
            return requests.error();
        }
        if (*requests > 0) {
            return makeError(Tr::tr("the private key of what is removed also waits in a certificate request: it "
                                    "cannot be destroyed"));
        }
    }
    return {};
}

Result<RemovalScope> LifecycleService::remove(const CertificateRef& ref, const RemoveOptions& options)
{
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto target = removable(ref);
    if (!target) {
        return target.error();
    }
    auto subtree = m_ctx.certificates().subtree(target->id);
    if (!subtree) {
        return subtree.error();
    }
    const QDateTime stamp = removalStamp(m_ctx.now(), *subtree);
    std::vector<CertificateRecord> rows = std::move(subtree).value();
    std::erase_if(rows, isRemoved);
    RemovalScope scope = scopeOf(*target, rows);
    if (options.confirmedCount && *options.confirmedCount != scope.certificates) {
        return makeError(Tr::tr("what removing '%1' takes with it changed since it was counted: %2 certificates "
                                "now, %3 confirmed")
                             .arg(target->name)
                             .arg(scope.certificates)
                             .arg(*options.confirmedCount));
    }
    if (options.destroyKey) {
        if (Status st = checkKeysDestroyable(rows); !st) {
            return st.error();
        }
    }
    QSet<qint64> keys;
    for (CertificateRecord& r : rows) {
        r.removedAt = stamp;
        if (options.destroyKey && r.keyId) {
            keys.insert(*r.keyId);
            r.keyId.reset();
        }
        if (Status st = m_ctx.certificates().update(r); !st) {
            return st.error();
        }
    }
    for (const qint64 key : keys) {
        if (Status st = m_ctx.keys().destroy(key); !st) {
            return st.error();
        }
    }
    scope.keysDestroyed = options.destroyKey;
    const QString details = QStringLiteral("serial=%1 certificates=%2 cas=%3 keys_destroyed=%4")
                                .arg(target->serial)
                                .arg(scope.certificates)
                                .arg(scope.cas)
                                .arg(options.destroyKey ? scope.keys : 0);
    if (Status st = m_ctx.audit(QStringLiteral("remove"), target->name, details); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return scope;
}

Result<RemovalScope> LifecycleService::restore(const CertificateRef& ref)
{
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto target = m_ctx.resolveIncludingRemoved(ref);
    if (!target) {
        return target.error();
    }
    if (!isRemoved(*target)) {
        return makeError(Tr::tr("'%1' is not removed").arg(target->name));
    }
    if (target->issuerId && *target->issuerId != target->id) {
        auto issuer = m_ctx.certificates().byId(*target->issuerId);
        if (!issuer) {
            return issuer.error();
        }
        if (isRemoved(*issuer)) {
            return makeError(Tr::tr("'%1' was issued by '%2', which is removed: restore '%2' first")
                                 .arg(target->name, issuer->name));
        }
    }
    auto rows = m_ctx.certificates().subtree(target->id);
    if (!rows) {
        return rows.error();
    }
    const QDateTime stamp = target->removedAt;
    std::erase_if(*rows, [&stamp](const CertificateRecord& r) { return r.removedAt != stamp; });
    for (CertificateRecord& r : *rows) {
        r.removedAt = QDateTime();
        if (Status st = m_ctx.certificates().update(r); !st) {
            return st.error();
        }
    }
    RemovalScope scope = scopeOf(*target, *rows);
    scope.target.removedAt = QDateTime();
    if (Status st = m_ctx.audit(QStringLiteral("restore"), target->name,
                                QStringLiteral("serial=%1 certificates=%2").arg(target->serial).arg(scope.certificates));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return scope;
}

Result<CertificateRecord> LifecycleService::rename(const CertificateRef& ref, const QString& newName)
{
    if (Status st = NameRules::checkCertificateName(newName); !st) {
        return st.error();
    }
    const QString name = newName.trimmed();
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto record = m_ctx.resolve(ref);
    if (!record) {
        return record;
    }
    if (record->name == name) {
        return makeError(Tr::tr("'%1' already has that name").arg(name));
    }
    auto holders = m_ctx.certificates().byName(name);
    if (!holders) {
        return holders.error();
    }
    // Names are unique without regard to case: "web" may become "Web", but not another's name.
    for (const CertificateRecord& holder : *holders) {
        if (holder.id != record->id) {
            return makeError(isRemoved(holder)
                                 ? Tr::tr("the name '%1' is taken by a removed certificate in this workspace").arg(name)
                                 : Tr::tr("the name '%1' is already taken in this workspace").arg(name));
        }
    }
    const QString oldName = record->name;
    record->name = name;
    if (Status st = m_ctx.certificates().update(*record); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("rename"), oldName, QStringLiteral("name=%1").arg(name)); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return record;
}

Result<CertificateRecord> LifecycleService::release(const CertificateRef& ref)
{
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto record = m_ctx.resolve(ref);
    if (!record) {
        return record;
    }
    if (!record->revoked) {
        return makeError(Tr::tr("'%1' is not revoked, so there is no hold to release").arg(record->name));
    }
    if (record->revocationReason != RevocationReason::CertificateHold) {
        return makeError(Tr::tr("'%1' was revoked for %2: only a hold (certificateHold) can be released")
                             .arg(record->name, revocationReasonName(record->revocationReason)));
    }
    if (Status st = m_ctx.certificates().markReleased(record->id, m_ctx.now()); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("release"), record->name, QStringLiteral("serial=%1").arg(record->serial));
        !st) {
        return st.error();
    }
    auto released = m_ctx.certificates().byId(record->id);
    if (!released) {
        return released;
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return released;
}

} // namespace signet
