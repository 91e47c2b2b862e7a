// Moving a whole workspace into a new file or an empty team database and back: every row keeps its
// id and MAC and opens with the same password; ids, CRL numbers and the audit chain go on where
// they were; a tampered source, an existing destination or a cancel leave nothing behind. On the
// PostgreSQL run the workspace goes from the server into a file and from there into a second
// database, so both directions between the engines are covered.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
}

// What lists show of every certificate, removed ones included, in list order.
QStringList listed(Workspace& ws)
{
    QStringList rows;
    for (bool removed : {false, true}) {
        CertificateRepository::Filter filter;
        filter.removed = removed;
        filter.now = t0();
        auto all = ws.list(filter);
        if (!all) {
            return {all.error().toString()};
        }
        for (const CertificateRecord& r : *all) {
            rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(r.id)
                        .arg(r.name, r.serial, r.revoked ? QStringLiteral("revoked") : QStringLiteral("valid"))
                        .arg(r.issuerId.value_or(0))
                        .arg(r.keyId.value_or(0));
        }
    }
    return rows;
}
} // namespace

class tst_WorkspaceTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    Clock clock()
    {
        return [] { return t0(); };
    }
    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.signet").arg(++m_files)); }

    // A workspace with something of every kind: two CAs, clients (one revoked, one renewed, one
    // removed), a CRL, a template, defaults and a pending request.
    std::unique_ptr<Workspace> populated(const QString& location)
    {
        auto created = Workspace::create(location, kPassword, clock(), kFastKdf);
        if (!created) {
            qWarning() << created.error().toString();
            return {};
        }
        auto ws = std::move(created).value();
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=Transfer Root"));
        CaOptions sub;
        sub.name = QStringLiteral("Sub");
        sub.subject = test::dn(QStringLiteral("CN=Transfer Sub"));
        sub.issuer = CertificateRef::typed(QStringLiteral("Root"));
        bool ok = ws->createCa(root) && ws->createCa(sub);
        for (const char* cn : {"alice", "bob", "carol", "dave"}) {
            LeafOptions leaf;
            leaf.ca = CertificateRef::typed(QStringLiteral("Sub"));
            leaf.profile = Profile::Client;
            leaf.subject = test::dn(QStringLiteral("CN=") + QLatin1String(cn));
            ok = ok && ws->issue(leaf);
        }
        ok = ok && ws->revoke(CertificateRef::typed(QStringLiteral("bob")), RevocationReason::KeyCompromise);
        ok = ok && ws->renew(CertificateRef::typed(QStringLiteral("alice")), {});
        ok = ok && ws->remove(CertificateRef::typed(QStringLiteral("dave")));
        ok = ok && ws->publishCrl(CertificateRef::typed(QStringLiteral("Sub")), 7);
        IssuanceTemplate tmpl{QStringLiteral("vpn"), Profile::Client};
        ok = ok && ws->createTemplate(tmpl);
        SubjectDefaults defaults;
        defaults.organization = QStringLiteral("Example");
        ok = ok && ws->setDefaults(CertificateRef::typed(QStringLiteral("Sub")), defaults);
        RequestOptions request;
        request.subject = test::dn(QStringLiteral("CN=outside"));
        ok = ok && ws->createRequest(request);
        if (!ok) {
            qWarning() << "could not populate the workspace";
            return {};
        }
        return ws;
    }

    std::unique_ptr<Workspace> open(const QString& location)
    {
        auto ws = Workspace::open(location, kPassword, clock());
        if (!ws) {
            qWarning() << ws.error().toString();
            return {};
        }
        return std::move(ws).value();
    }

    qint64 auditCount(Workspace& ws)
    {
        auto entries = ws.recentAudit(100000);
        return entries ? entries->size() : -1;
    }

private slots:
    void initTestCase()
    {
        KeyVault::setKdfFloor(kFastKdf);
        QVERIFY(m_dir.isValid());
    }

    void roundTripKeepsEveryRow()
    {
        auto source = populated(test::workspaceAt(newPath()));
        QVERIFY(source);
        const QStringList before = listed(*source);
        QCOMPARE(before.size(), 7);
        const qint64 sourceAudit = auditCount(*source);

        // There (the other engine on the PostgreSQL run), then back again.
        const QString first = newPath();
        auto moved = source->transfer({first});
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toString()));
        QCOMPARE(moved->checked.certificates, 7);
        QVERIFY(moved->checked.intact());
        QCOMPARE(auditCount(*source), sourceAudit + 1);
        QCOMPARE(source->recentAudit(1)->constFirst().action, QStringLiteral("migrate-workspace"));
        QCOMPARE(source->recentAudit(1)->constFirst().target, first);
        qint64 certificates = -1;
        for (const TableCount& t : moved->tables) {
            if (t.table == QLatin1String("certificates")) {
                certificates = t.rows;
            }
        }
        QCOMPARE(certificates, 7);

        auto copy = open(first);
        QVERIFY(copy);
        const QString second = test::workspaceAt(newPath());
        auto back = copy->transfer({second});
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        copy.reset();

        auto again = open(second);
        QVERIFY(again);
        QCOMPARE(listed(*again), before);
        auto verified = again->verify();
        QVERIFY(verified && verified->intact());
        // The copy's log is the original's, then "moved in" once in each copy (each original records
        // "moved out" after its copy was made).
        QCOMPARE(verified->auditEntries, sourceAudit + 2);

        // Everything goes on where it was: the text filter, ids, the CRL number.
        CertificateRepository::Filter filter;
        filter.text = QStringLiteral("caro");
        filter.now = t0();
        auto found = again->list(filter);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().name, QStringLiteral("carol"));
        LeafOptions leaf;
        leaf.ca = CertificateRef::typed(QStringLiteral("Sub"));
        leaf.profile = Profile::Client;
        leaf.subject = test::dn(QStringLiteral("CN=erin"));
        auto erin = again->issue(leaf);
        QVERIFY2(erin, erin ? "" : qPrintable(erin.error().toString()));
        QVERIFY(erin->record.id > 7);
        auto crl = again->publishCrl(CertificateRef::typed(QStringLiteral("Sub")), 7);
        QVERIFY(crl);
        QCOMPARE(crl->crl.number, qint64(2));
        QVERIFY(again->findTemplate(QStringLiteral("vpn")));
        QCOMPARE(again->pendingRequests()->size(), 1);
    }

    void tamperedWorkspaceLeavesNothing()
    {
        const QString location = test::workspaceAt(newPath());
        QVERIFY(populated(location));
        {
            auto db = Database::open(location, false);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE certificates SET name = 'mallory' WHERE name = 'carol'")));
        }
        auto source = open(location);
        QVERIFY(source);
        const qint64 audit = auditCount(*source);
        const QString target = test::workspaceAt(newPath());
        auto moved = source->transfer({target});
        QVERIFY(!moved);
        QVERIFY2(moved.error().toString().contains(QStringLiteral("'mallory' was changed outside Signet")),
                 qPrintable(moved.error().toString()));
        QCOMPARE(auditCount(*source), audit);
        QVERIFY(!Workspace::open(target, kPassword, clock()));
        if (!Workspace::isServerLocation(target)) {
            QVERIFY(!QFileInfo::exists(target));
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".new-")), QStringList());
        }
    }

    void destinationMustBeNew()
    {
        const QString location = test::workspaceAt(newPath());
        auto source = populated(location);
        QVERIFY(source);
        const qint64 audit = auditCount(*source);
        auto self = source->transfer({location});
        QVERIFY(!self);
        // A file that exists, whatever it holds, stays as it is.
        const QString occupied = newPath();
        QVERIFY(test::writeFile(occupied, "precious"));
        auto overFile = source->transfer({occupied});
        QVERIFY(!overFile);
        QVERIFY(overFile.error().message.contains(QStringLiteral("exists already")));
        QCOMPARE(test::readFile(occupied), QByteArray("precious"));
        // A workspace that exists (on the PostgreSQL run: a database that holds one).
        const QString other = test::workspaceAt(newPath());
        QVERIFY(Workspace::create(other, kPassword, clock(), kFastKdf));
        auto overWorkspace = source->transfer({other});
        QVERIFY(!overWorkspace);
        QCOMPARE(listed(*open(other)).size(), 0);
        QCOMPARE(auditCount(*source), audit);
    }

    void cancelLeavesNothing()
    {
        auto source = populated(test::workspaceAt(newPath()));
        QVERIFY(source);
        const QString target = test::workspaceAt(newPath());
        QStringList seen;
        auto moved = source->transfer({target}, [&seen](const QString& table, qint64) {
            seen << table;
            return table != QLatin1String("certificates");
        });
        QVERIFY(!moved);
        QCOMPARE(seen.last(), QStringLiteral("certificates"));
        QVERIFY(!Workspace::open(target, kPassword, clock()));
        // The lock is released: the workspace takes changes again.
        QVERIFY(source->revoke(CertificateRef::typed(QStringLiteral("carol")), RevocationReason::Unspecified));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceTransfer)
#include "tst_WorkspaceTransfer.moc"
