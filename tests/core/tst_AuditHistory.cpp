// The audit log as a history: new entries name the account that made them, and the actor is part
// of the keyed chain; entries written before the actor was recorded still verify exactly as they
// did; the façade's filter (text, action family, time range) and keyset paging newest first.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/RowAuthenticator.h"

#include <QTemporaryDir>
#include <algorithm>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("audit history password");

QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
}

// The workspace file opened from below the façade, with the audit chain's key.
struct RawLog {
    std::unique_ptr<Database> db;
    std::optional<KeyVault> vault;
    std::optional<RowAuthenticator> chain;

    static std::optional<RawLog> open(const QString& path)
    {
        RawLog raw;
        auto db = Database::open(test::workspaceAt(path), false);
        if (!db) {
            return std::nullopt;
        }
        raw.db = std::move(db).value();
        auto vault = KeyVault::unlock(*raw.db, kPassword);
        if (!vault) {
            return std::nullopt;
        }
        raw.vault.emplace(std::move(vault).value());
        auto chain = RowAuthenticator::derive(*raw.vault, RowAuthenticator::Purpose::AuditChain);
        if (!chain) {
            return std::nullopt;
        }
        raw.chain.emplace(std::move(chain).value());
        return raw;
    }

    bool exec(const QString& sql)
    {
        return db->exec(sql).ok();
    }
};
} // namespace

class tst_AuditHistory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto ws = Workspace::create(test::workspaceAt(path), kPassword, [] { return t0(); }, kFastKdf);
        return ws ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "alice");
    }

    void currentAccountFromTheEnvironment()
    {
        QCOMPARE(AuditLog::currentAccount(), QStringLiteral("alice"));
    }

    void newEntriesNameTheirActor()
    {
        const QString path = newWorkspace(QStringLiteral("actor.signet"));
        QVERIFY(!path.isEmpty());
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [] { return t0(); });
        SIGNET_VERIFY_OK(ws);
        SIGNET_VERIFY_OK((*ws)->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")),
                                          0, {}, -1, {}, {}}));
        auto entries = (*ws)->auditEntries({});
        SIGNET_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("create-root-ca"));
        QCOMPARE(entries->at(0).actor, QStringLiteral("alice"));
        QCOMPARE(entries->at(1).action, QStringLiteral("create-workspace"));
        QCOMPARE(entries->at(1).actor, QStringLiteral("alice"));
        QCOMPARE((*ws)->verifyAuditLog().value(), 2);
    }

    // Entries without an actor hash as the log did before the column existed; the actor of a new
    // entry is chained, so changing or clearing it shows.
    void actorlessEntriesStillVerify()
    {
        const QString path = newWorkspace(QStringLiteral("legacy.signet"));
        QVERIFY(!path.isEmpty());
        {
            auto raw = RawLog::open(path);
            QVERIFY(raw);
            QVERIFY(raw->exec(test::allowAuditEdits()));
            QVERIFY(raw->exec(QStringLiteral("UPDATE audit_log SET actor = NULL")));
            // Re-chained without the actor: the first entry as a log from before the column holds it.
            AuditLog old(*raw->db, *raw->chain, QString());
            QVERIFY(old.rekeyLegacy().ok());
            SIGNET_VERIFY_OK(old.append(t0().addSecs(60), QStringLiteral("revoke"), QStringLiteral("web"),
                                        QStringLiteral("reason=superseded")));
            auto q = raw->db->exec(QStringLiteral("SELECT id, at, action, target, details, prev_hash, hash, actor"
                                                  " FROM audit_log ORDER BY id"));
            SIGNET_VERIFY_OK(q);
            while (q->next()) {
                QVERIFY(q->isNull(7));
                // The encoding of the keyed chain as it was before the actor column.
                const QByteArray expected = raw->chain->mac(RowEncoding("audit:v1")
                                                                .add(q->value(0).toLongLong())
                                                                .add(q->value(5).toByteArray())
                                                                .add(q->value(1).toLongLong())
                                                                .add(q->value(2).toString())
                                                                .add(q->value(3).toString())
                                                                .add(q->value(4).toString()));
                QCOMPARE(q->value(6).toByteArray(), expected);
            }
        }
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [] { return t0().addSecs(120); });
        SIGNET_VERIFY_OK(ws);
        QCOMPARE((*ws)->verifyAuditLog().value(), 2);
        SIGNET_VERIFY_OK((*ws)->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")),
                                          0, {}, -1, {}, {}}));
        QCOMPARE((*ws)->verifyAuditLog().value(), 3);
        auto entries = (*ws)->auditEntries({});
        SIGNET_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).actor, QStringLiteral("alice"));
        QVERIFY(entries->at(1).actor.isEmpty());
        QVERIFY(entries->at(2).actor.isEmpty());
        ws->reset();

        auto raw = RawLog::open(path);
        QVERIFY(raw);
        QVERIFY(raw->exec(test::allowAuditEdits()));
        for (const QString& edit : {QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3"),
                                    QStringLiteral("UPDATE audit_log SET actor = NULL WHERE id = 3"),
                                    QStringLiteral("UPDATE audit_log SET actor = '' WHERE id = 3"),
                                    QStringLiteral("UPDATE audit_log SET actor = 'alice' WHERE id = 2")}) {
            QVERIFY(raw->exec(edit));
            auto verdict = AuditLog(*raw->db, *raw->chain).verify();
            QVERIFY2(!verdict, qPrintable(edit));
            QVERIFY(verdict.error().message.contains(QStringLiteral("was changed")));
            QVERIFY(raw->exec(QStringLiteral("UPDATE audit_log SET actor = CASE id WHEN 3 THEN 'alice' ELSE NULL END")));
            QCOMPARE(AuditLog(*raw->db, *raw->chain).verify().value(), 3);
        }
    }

    void filterAndPaging()
    {
        const QString path = newWorkspace(QStringLiteral("filter.signet"));
        QVERIFY(!path.isEmpty());
        {
            auto raw = RawLog::open(path);
            QVERIFY(raw);
            AuditLog log(*raw->db, *raw->chain, QStringLiteral("bob"));
            // Entry 1 is create-workspace at t0; then one entry an hour, ids 2..31.
            for (int i = 0; i < 30; ++i) {
                const QString action = i % 3 == 0 ? QStringLiteral("issue-server")
                                     : i % 3 == 1 ? QStringLiteral("issue-client")
                                                  : QStringLiteral("revoke");
                SIGNET_VERIFY_OK(log.append(t0().addSecs(3600 * (i + 1)), action,
                                            QStringLiteral("host%1.example").arg(i),
                                            i == 7 ? QStringLiteral("50%_off") : QString()));
            }
            SIGNET_VERIFY_OK(log.append(t0().addSecs(3600 * 40), QStringLiteral("issuer-note"), QStringLiteral("x")));
            SIGNET_VERIFY_OK(log.append(t0().addSecs(3600 * 41), QStringLiteral("issue-server-client"), QStringLiteral("y")));
        }
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [] { return t0(); });
        SIGNET_VERIFY_OK(ws);
        Workspace& w = **ws;
        QCOMPARE(w.verifyAuditLog().value(), 33);

        // Keyset paging: newest first, each page before the last id of the one before.
        AuditFilter page;
        page.limit = 7;
        QList<qint64> ids;
        for (;;) {
            auto entries = w.auditEntries(page);
            SIGNET_VERIFY_OK(entries);
            for (const AuditLog::Entry& e : *entries) {
                ids << e.id;
            }
            if (entries->size() < page.limit) {
                break;
            }
            page.beforeId = entries->last().id;
        }
        QCOMPARE(ids.size(), 33);
        QCOMPARE(ids.first(), 33);
        QCOMPARE(ids.last(), 1);
        QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));

        AuditFilter f;
        f.action = QStringLiteral("issue"); // the family, not "issuer-note"
        QCOMPARE(w.auditEntries(f)->size(), 21);
        f.action = QStringLiteral("issue-server"); // two words: that action alone
        QCOMPARE(w.auditEntries(f)->size(), 10);
        f.action = QStringLiteral("issue-client");
        QCOMPARE(w.auditEntries(f)->size(), 10);
        f.action = QStringLiteral("revoke");
        QCOMPARE(w.auditEntries(f)->size(), 10);
        f.action = QStringLiteral("revok");
        QCOMPARE(w.auditEntries(f)->size(), 0);

        AuditFilter text;
        text.text = QStringLiteral("HOST1"); // host1, host10..host19
        QCOMPARE(w.auditEntries(text)->size(), 11);
        text.text = QStringLiteral("%_"); // literally, in the details of one entry
        auto literal = w.auditEntries(text);
        QCOMPARE(literal->size(), 1);
        QCOMPARE(literal->first().details, QStringLiteral("50%_off"));
        text.text = QStringLiteral("bob"); // the actor
        QCOMPARE(w.auditEntries(text)->size(), 32);

        AuditFilter range;
        range.since = t0().addSecs(3600 * 10);
        range.until = t0().addSecs(3600 * 20);
        auto inRange = w.auditEntries(range);
        QCOMPARE(inRange->size(), 10);
        QCOMPARE(inRange->first().at, t0().addSecs(3600 * 19));
        QCOMPARE(inRange->last().at, t0().addSecs(3600 * 10));

        AuditFilter combined = range;
        combined.action = QStringLiteral("revoke");
        combined.limit = 2;
        auto first = w.auditEntries(combined);
        QCOMPARE(first->size(), 2);
        combined.beforeId = first->last().id;
        auto second = w.auditEntries(combined);
        QCOMPARE(second->size(), 1);
        QVERIFY(second->first().id < first->last().id);

        auto actions = w.auditActions();
        SIGNET_VERIFY_OK(actions);
        QCOMPARE(*actions, (QStringList{QStringLiteral("create-workspace"), QStringLiteral("issue-client"),
                                        QStringLiteral("issue-server"), QStringLiteral("issue-server-client"),
                                        QStringLiteral("issuer-note"),
                                        QStringLiteral("revoke")}));
    }
};

QTEST_GUILESS_MAIN(tst_AuditHistory)
#include "tst_AuditHistory.moc"
