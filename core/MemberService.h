#pragma once

#include "CertificateRef.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace signet {

class WorkspaceContext;

struct MemberInfo {
    QString name;
    QDateTime added;
    QStringList cas;       // the CAs whose keys are shared with the member
    bool you = false;      // the member who opened the workspace
    bool authentic = true; // false: the member's row was changed outside Signet
};

// What taking a key away from a member did: the CA keys sealed anew under a key the member never
// saw, and those left sealed as they were because the one who removed it does not hold them.
struct Unshared {
    QStringList resealed;
    QStringList notResealed;
};

// The members of a workspace and the CA keys shared with them. Every member opens the workspace
// with a password of their own and sees everything in it; a CA's private key opens only for the
// members it is shared with (its own key, wrapped to each one's X25519 key), so only they can
// issue, revoke or publish CRLs with it. Taking a key away seals it anew, so that what the member
// kept of the old wrapping opens nothing stored. Each change is one transaction and one audit entry.
class MemberService {
public:
    explicit MemberService(WorkspaceContext& context) : m_ctx(context) {}

    Result<QList<MemberInfo>> list();
    Status add(const QString& name, const QByteArray& password);
    // A member's password opens nothing afterwards. Refused for oneself, and while the member is
    // the only one holding a CA's key (it would be lost).
    Result<Unshared> remove(const QString& name);
    Status share(const CertificateRef& ca, const QString& member);
    Result<Unshared> unshare(const CertificateRef& ca, const QString& member);
    // A workspace from before members, opened with its password: that password becomes the first
    // member's, and every CA key is sealed under its own key, held by that member.
    static Status adopt(WorkspaceContext& context, const QString& name, const QByteArray& password);

private:
    Result<struct MemberRecord> member(const QString& name);
    Result<qint64> caKey(const CertificateRef& ca, QString& caName);
    Status takeAway(qint64 key, const QString& caName, qint64 memberId, const QString& memberName, Unshared& result);

    WorkspaceContext& m_ctx;
};

} // namespace signet
