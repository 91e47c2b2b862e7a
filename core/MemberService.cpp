#include "MemberService.h"

#include "WorkspaceContext.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/MemberRepository.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "MemberService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MemberService)
};

// Runs `change` in one transaction, ending with its audit entry.
template <typename Change>
Status inTransaction(WorkspaceContext& ctx, Change change)
{
    Transaction tx(ctx.db());
    if (Status st = tx.begin(); !st) {
        return st;
    }
    if (Status st = change(); !st) {
        return st;
    }
    return tx.commit();
}
} // namespace

Result<MemberRecord> MemberService::member(const QString& name)
{
    auto found = MemberRepository(m_ctx.db(), m_ctx.rowAuthenticator()).byName(name);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(Tr::tr("this workspace has no member named '%1'").arg(name));
    }
    if (!(*found)->authentic) {
        return makeError(Tr::tr("the member '%1' was changed outside Signet").arg((*found)->name));
    }
    return **found;
}

Result<qint64> MemberService::caKey(const CertificateRef& ca, QString& caName)
{
    auto record = m_ctx.resolve(ca);
    if (!record) {
        return record.error();
    }
    if (!record->isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(record->name));
    }
    if (!record->keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(record->name));
    }
    caName = record->name;
    return *record->keyId;
}

Result<QList<MemberInfo>> MemberService::list()
{
    MemberRepository members(m_ctx.db(), m_ctx.rowAuthenticator());
    auto all = members.all();
    if (!all) {
        return all.error();
    }
    QList<MemberInfo> list;
    for (const MemberRecord& m : *all) {
        auto cas = members.caNamesOf(m.id);
        if (!cas) {
            return cas.error();
        }
        list << MemberInfo{m.name, m.createdAt, *cas, m.id == m_ctx.vault().memberId(), m.authentic};
    }
    return list;
}

Status MemberService::add(const QString& name, const QByteArray& password)
{
    return inTransaction(m_ctx, [&]() -> Status {
        auto id = m_ctx.vault().addMember(m_ctx.db(), name, password, KeyVault::KdfParams(), m_ctx.now());
        if (!id) {
            return id.error();
        }
        return m_ctx.audit(QStringLiteral("member-add"), name);
    });
}

Status MemberService::takeAway(qint64 key, const QString& caName, qint64 memberId, const QString& memberName, Unshared& result)
{
    MemberRepository members(m_ctx.db(), m_ctx.rowAuthenticator());
    auto holders = members.holders(key);
    if (!holders) {
        return holders.error();
    }
    QList<std::pair<qint64, QByteArray>> staying;
    for (qint64 holder : *holders) {
        if (holder == memberId) {
            continue;
        }
        auto record = members.byId(holder);
        if (!record) {
            return record.error();
        }
        if (*record) {
            staying.append({holder, (*record)->publicKey});
        }
    }
    if (staying.isEmpty()) {
        return makeError(Tr::tr("'%1' is the only member holding the key of CA '%2': share it with another member first")
                             .arg(memberName, caName));
    }
    auto held = m_ctx.keys().isHeld(key);
    if (!held) {
        return held.error();
    }
    if (!*held) {
        result.notResealed << caName;
        return members.removeShare(key, memberId);
    }
    result.resealed << caName;
    return m_ctx.keys().reseal(key, staying);
}

Result<Unshared> MemberService::remove(const QString& name)
{
    Unshared result;
    Status st = inTransaction(m_ctx, [&]() -> Status {
        auto gone = member(name);
        if (!gone) {
            return gone.error();
        }
        if (gone->id == m_ctx.vault().memberId()) {
            return makeError(Tr::tr("you cannot remove yourself from the workspace; another member can"));
        }
        MemberRepository members(m_ctx.db(), m_ctx.rowAuthenticator());
        auto keys = members.keysOf(gone->id);
        if (!keys) {
            return keys.error();
        }
        for (qint64 key : *keys) {
            QString caName = QString::number(key);
            if (auto holders = m_ctx.certificates().withKey(key); holders && !holders->empty()) {
                caName = holders->front().name;
            }
            if (Status taken = takeAway(key, caName, gone->id, gone->name, result); !taken) {
                return taken;
            }
        }
        if (Status removed = members.remove(gone->id); !removed) {
            return removed;
        }
        return m_ctx.audit(QStringLiteral("member-remove"), gone->name,
                           QStringLiteral("resealed=%1 not_resealed=%2")
                               .arg(result.resealed.join(QLatin1Char(',')), result.notResealed.join(QLatin1Char(','))));
    });
    if (!st) {
        return st.error();
    }
    return result;
}

Status MemberService::share(const CertificateRef& ca, const QString& memberName)
{
    return inTransaction(m_ctx, [&]() -> Status {
        QString caName;
        auto key = caKey(ca, caName);
        auto to = key ? member(memberName) : Result<MemberRecord>(key.error());
        if (!to) {
            return to.error();
        }
        auto held = m_ctx.keys().isHeld(*key);
        if (!held) {
            return held.error();
        }
        if (!*held) {
            return makeError(Tr::tr("the private key of '%1' is not shared with you (member '%2'), so you cannot share it")
                                 .arg(caName, m_ctx.vault().memberName()));
        }
        auto already = MemberRepository(m_ctx.db(), m_ctx.rowAuthenticator()).share(*key, to->id);
        if (!already) {
            return already.error();
        }
        if (*already) {
            return makeError(Tr::tr("the key of CA '%1' is shared with '%2' already").arg(caName, to->name));
        }
        if (Status st = m_ctx.keys().share(*key, to->id, to->publicKey); !st) {
            return st;
        }
        return m_ctx.audit(QStringLiteral("ca-share"), caName, QStringLiteral("member=%1").arg(to->name));
    });
}

Result<Unshared> MemberService::unshare(const CertificateRef& ca, const QString& memberName)
{
    Unshared result;
    Status st = inTransaction(m_ctx, [&]() -> Status {
        QString caName;
        auto key = caKey(ca, caName);
        auto from = key ? member(memberName) : Result<MemberRecord>(key.error());
        if (!from) {
            return from.error();
        }
        auto has = MemberRepository(m_ctx.db(), m_ctx.rowAuthenticator()).share(*key, from->id);
        if (!has) {
            return has.error();
        }
        if (!*has) {
            return makeError(Tr::tr("the key of CA '%1' is not shared with '%2'").arg(caName, from->name));
        }
        auto held = m_ctx.keys().isHeld(*key);
        if (!held) {
            return held.error();
        }
        if (!*held) {
            return makeError(Tr::tr("only a member who holds the key of CA '%1' can take it away").arg(caName));
        }
        if (Status taken = takeAway(*key, caName, from->id, from->name, result); !taken) {
            return taken;
        }
        return m_ctx.audit(QStringLiteral("ca-unshare"), caName, QStringLiteral("member=%1").arg(from->name));
    });
    if (!st) {
        return st.error();
    }
    return result;
}

Status MemberService::adopt(WorkspaceContext& context, const QString& name, const QByteArray& password)
{
    return inTransaction(context, [&]() -> Status {
        if (Status st = context.vault().becomeFirstMember(context.db(), name, password, context.now()); !st) {
            return st;
        }
        // audit() seals every CA key under its own key, held by the new member.
        return context.audit(QStringLiteral("member-add"), name, QStringLiteral("first member: the workspace password's"));
    });
}

} // namespace signet
