// Members and shared CA keys, below the façade as well as through it: a CA key is sealed under a
// key of its own that only its holders' X25519 keys unwrap; a member without it cannot issue,
// revoke or publish a CRL, yet sees every certificate; taking it away seals it anew so that the
// own key its former holder could unwrap opens nothing stored; a workspace from before members gets
// its first member, whose password is the old one, with every CA key moved under its own key.

#include "IssuanceService.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "WorkspaceContext.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/MemberRepository.h"
#include "store/RowAuthenticator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kAlice = QByteArrayLiteral("alice's own password");
const QByteArray kBob = QByteArrayLiteral("bob's own password");

QDateTime t0()
{
    return QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
}

CaOptions ca(const QString& name, const QString& issuer = {})
{
    CaOptions options;
    options.name = name;
    options.subject = test::dn(QStringLiteral("CN=") + name);
    if (!issuer.isEmpty()) {
        options.issuer = CertificateRef::typed(issuer);
    }
    return options;
}

LeafOptions client(const QString& issuer, const QString& cn)
{
    LeafOptions leaf;
    leaf.ca = CertificateRef::typed(issuer);
    leaf.profile = Profile::Client;
    leaf.subject = test::dn(QStringLiteral("CN=") + cn);
    return leaf;
}

QByteArray ownKeyData(qint64 id)
{
    return QByteArrayLiteral("signet:key:own:v1:") + QByteArray::number(id);
}
} // namespace

class tst_Members : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_location;

    Clock clock()
    {
        return [] { return t0(); };
    }
    std::unique_ptr<Workspace> as(const QString& member, const QByteArray& password)
    {
        auto ws = Workspace::open(m_location, password, clock(), member);
        if (!ws) {
            qWarning() << ws.error().toString();
            return {};
        }
        return std::move(ws).value();
    }
    // alice's workspace with Root, Ops and Dev; bob a member holding Ops.
    bool team()
    {
        m_location = test::workspaceAt(m_dir.filePath(QStringLiteral("w%1.signet").arg(++m_files)));
        auto created = Workspace::create(m_location, kAlice, clock(), kFastKdf, QStringLiteral("alice"));
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        auto& ws = *created;
        return ws->createCa(ca(QStringLiteral("Root"))) && ws->createCa(ca(QStringLiteral("Ops"), QStringLiteral("Root")))
               && ws->createCa(ca(QStringLiteral("Dev"), QStringLiteral("Root"))) && ws->issue(client(QStringLiteral("Dev"), QStringLiteral("dev-1")))
               && ws->addMember(QStringLiteral("bob"), kBob) && ws->shareCa(CertificateRef::typed(QStringLiteral("Ops")), QStringLiteral("bob"));
    }
    // The key's sealed bytes as stored now (the query is finished, so no read snapshot stays behind).
    static QByteArray sealedKey(Database& db, qint64 id)
    {
        auto q = db.exec(QStringLiteral("SELECT sealed FROM keys WHERE id = ?"), {id});
        QByteArray sealed = q && q->next() ? q->value(0).toByteArray() : QByteArray();
        if (q) {
            q->finish();
        }
        return sealed;
    }
    qint64 keyIdOf(Workspace& ws, const QString& name)
    {
        auto record = ws.find(CertificateRef::typed(name));
        return record && record->keyId ? *record->keyId : 0;
    }

private slots:
    void initTestCase()
    {
        KeyVault::setKdfFloor(kFastKdf);
        QVERIFY(m_dir.isValid());
    }

    void aMemberUsesOnlyTheKeysSharedWithThem()
    {
        QVERIFY(team());
        auto bob = as(QStringLiteral("bob"), kBob);
        QVERIFY(bob);
        QCOMPARE(bob->memberName(), QStringLiteral("bob"));
        CertificateRepository::Filter all;
        all.now = t0();
        QCOMPARE(bob->list(all)->size(), size_t(4));
        auto ops = bob->issue(client(QStringLiteral("Ops"), QStringLiteral("ops-1")));
        QVERIFY2(ops, ops ? "" : qPrintable(ops.error().toString()));
        QVERIFY(bob->revoke(CertificateRef::typed(QStringLiteral("ops-1")), RevocationReason::Unspecified));
        QVERIFY(bob->publishCrl(CertificateRef::typed(QStringLiteral("Ops")), 7));
        const qint64 before = bob->recentAudit(1000)->size();
        auto dev = bob->issue(client(QStringLiteral("Dev"), QStringLiteral("dev-2")));
        QVERIFY(!dev);
        QVERIFY(dev.error().message.contains(QStringLiteral("not shared with you")));
        QVERIFY(!bob->revoke(CertificateRef::typed(QStringLiteral("dev-1")), RevocationReason::Unspecified));
        QVERIFY(!bob->publishCrl(CertificateRef::typed(QStringLiteral("Dev")), 7));
        QVERIFY(!bob->shareCa(CertificateRef::typed(QStringLiteral("Dev")), QStringLiteral("bob")));
        QCOMPARE(bob->recentAudit(1000)->size(), before);
        QCOMPARE(bob->recentAudit(1)->constFirst().actor, QStringLiteral("bob"));
        auto verified = bob->verify();
        QVERIFY(verified && verified->intact());
    }

    void passwordsAreEachMembersOwn()
    {
        QVERIFY(team());
        QVERIFY(!Workspace::open(m_location, kAlice, clock(), QStringLiteral("bob")));
        QVERIFY(!Workspace::open(m_location, kBob, clock(), QStringLiteral("alice")));
        auto several = Workspace::open(m_location, kAlice, clock(), QString());
        if (AuditLog::currentAccount() != QLatin1String("alice") && AuditLog::currentAccount() != QLatin1String("bob")) {
            QVERIFY(!several);
            QVERIFY(several.error().message.contains(QStringLiteral("name the one you open it as")));
        }
        auto bob = as(QStringLiteral("bob"), kBob);
        QVERIFY(bob && bob->changePassword("bob's next password"));
        bob.reset();
        QVERIFY(!Workspace::open(m_location, kBob, clock(), QStringLiteral("bob")));
        QVERIFY(as(QStringLiteral("bob"), "bob's next password"));
        QVERIFY(as(QStringLiteral("alice"), kAlice));
    }

    // What bob could unwrap of Ops's own key before he went opens nothing stored afterwards.
    void removingAMemberSealsTheirKeysAnew()
    {
        QVERIFY(team());
        auto alice = as(QStringLiteral("alice"), kAlice);
        QVERIFY(alice);
        const qint64 opsKey = keyIdOf(*alice, QStringLiteral("Ops"));
        QVERIFY(opsKey > 0);
        auto db = Database::open(m_location, false);
        QVERIFY(db);
        auto bobVault = KeyVault::unlock(**db, kBob, QStringLiteral("bob"));
        QVERIFY(bobVault);
        auto rows = RowAuthenticator::derive(*bobVault, RowAuthenticator::Purpose::Rows);
        QVERIFY(rows);
        MemberRepository members(**db, *rows);
        auto wrapped = members.share(opsKey, bobVault->memberId());
        QVERIFY(wrapped && *wrapped);
        auto oldOwnKey = bobVault->openShare(**wrapped, opsKey);
        QVERIFY(oldOwnKey);
        QVERIFY(KeyVault::openWith(*oldOwnKey, sealedKey(**db, opsKey), ownKeyData(opsKey)));

        QVERIFY(!alice->removeMember(QStringLiteral("alice")));
        auto removed = alice->removeMember(QStringLiteral("bob"));
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().toString()));
        QCOMPARE(removed->resealed, QStringList{QStringLiteral("Ops")});
        QVERIFY(!KeyVault::openWith(*oldOwnKey, sealedKey(**db, opsKey), ownKeyData(opsKey)));
        QVERIFY(!Workspace::open(m_location, kBob, clock(), QStringLiteral("bob")));
        QVERIFY(alice->issue(client(QStringLiteral("Ops"), QStringLiteral("ops-2"))));
        QVERIFY(!alice->unshareCa(CertificateRef::typed(QStringLiteral("Dev")), QStringLiteral("alice")));
    }

    // A workspace made before members: one password, every key under the workspace key.
    void aWorkspaceFromBeforeMembersGetsItsFirstMember()
    {
        m_location = test::workspaceAt(m_dir.filePath(QStringLiteral("w%1.signet").arg(++m_files)));
        const Database::Fill legacy = [this](Database& db) -> Status {
            auto vault = KeyVault::create(db, kAlice, kFastKdf);
            auto chain = vault ? RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::AuditChain)
                               : Result<RowAuthenticator>(vault.error());
            if (!chain) {
                return chain.error();
            }
            return AuditLog(db, *chain).appendFirst(t0(), QStringLiteral("create-workspace"), m_location);
        };
        auto made = Database::open(m_location, true, legacy);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        {
            // A CA made then: its key sealed under the workspace key.
            auto vault = KeyVault::unlock(**made, kAlice);
            QVERIFY(vault && !vault->hasMember());
            auto rows = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::Rows);
            auto chain = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::AuditChain);
            QVERIFY(rows && chain);
            WorkspaceContext ctx(**made, *vault, [] { return t0(); }, *rows, *chain);
            QVERIFY(IssuanceService(ctx).createCa(ca(QStringLiteral("Old Root"))));
        }
        auto shares = (*made)->exec(QStringLiteral("SELECT count(*) FROM key_shares"));
        QVERIFY(shares && shares->next());
        QCOMPARE(shares->value(0).toInt(), 0);
        made->reset();

        auto first = as(QStringLiteral("carol"), kAlice);
        QVERIFY(first);
        QCOMPARE(first->memberName(), QStringLiteral("carol"));
        auto members = first->members();
        QVERIFY(members);
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->constFirst().cas, QStringList{QStringLiteral("Old Root")});
        QCOMPARE(first->recentAudit(1)->constFirst().action, QStringLiteral("member-add"));
        QVERIFY(first->createCa(ca(QStringLiteral("New Sub"), QStringLiteral("Old Root"))));
        auto verified = first->verify();
        QVERIFY(verified && verified->intact());
        first.reset();
        // The workspace password's own slot is gone: only the member's opens it.
        auto db = Database::open(m_location, false);
        QVERIFY(db);
        auto slot = (*db)->exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'vault.sealed_master_key'"));
        QVERIFY(slot && slot->next());
        QCOMPARE(slot->value(0).toInt(), 0);
        QVERIFY(as(QString(), kAlice)); // the only member
    }
};

QTEST_GUILESS_MAIN(tst_Members)
#include "tst_Members.moc"
