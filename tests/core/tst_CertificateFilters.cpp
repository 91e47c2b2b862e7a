// The text and status filters of the lists, page by page as the desktop reads them: whatever way
// the store finds the rows (search table, status index, a walk in list order), the pages hold
// exactly what the filter's own terms select, in list order. Each result is compared with the
// filter's meaning written out here over every row: name, CN, SANs or serial contain the text
// (ASCII letters in either case, % _ ' " taken literally), and the status by state and dates.

#include "../support/BulkFixture.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace signet;

namespace {
using Filter = CertificateRepository::Filter;
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("filters");

QDateTime t0()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

// SQLite's LIKE: ASCII letters match either case, every other character only itself.
QString asciiLower(const QString& s)
{
    QString out = s;
    for (QChar& c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z') {
            c = QChar(c.unicode() + ('a' - 'A'));
        }
    }
    return out;
}

bool holds(const QString& field, const QString& text)
{
    return asciiLower(field).contains(asciiLower(text));
}

// Text beyond 4,096 characters matches nothing (no field is that long; SQLite's LIKE refuses it).
bool textMatches(const CertificateRecord& r, const QString& text)
{
    if (text.size() > 4096) {
        return false;
    }
    return holds(r.name, text) || holds(r.commonName, text) || holds(r.sans.join(QLatin1Char('\n')), text)
           || holds(r.serial, text.toUpper().remove(QLatin1Char(':')));
}

bool statusMatches(const CertificateRecord& r, CertificateStatus status, const QDateTime& now, int days)
{
    const bool live = !r.revoked && !r.supersededBy;
    const QDateTime soon = now.addSecs(qint64(days) * 86400);
    switch (status) {
    case CertificateStatus::Revoked:
        return r.revoked;
    case CertificateStatus::Superseded:
        return !r.revoked && r.supersededBy;
    case CertificateStatus::Expired:
        return live && r.notAfter <= now;
    case CertificateStatus::Expiring:
        return live && r.notAfter > now && r.notAfter <= soon;
    case CertificateStatus::Valid:
        return live && r.notAfter > soon;
    default:
        return true;
    }
}

bool listedBefore(const CertificateRecord& a, const CertificateRecord& b)
{
    if (a.isCa != b.isCa) {
        return a.isCa;
    }
    const int byName = QString::compare(asciiLower(a.name), asciiLower(b.name), Qt::CaseSensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

QList<qint64> ids(const std::vector<CertificateRecord>& rows)
{
    QList<qint64> out;
    for (const CertificateRecord& r : rows) {
        out << r.id;
    }
    return out;
}
} // namespace

class tst_CertificateFilters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = t0();
    std::unique_ptr<Workspace> m_ws;
    std::vector<CertificateRecord> m_all; // every present row, read once

    void readAll()
    {
        Filter all;
        all.now = m_now;
        all.withDer = false;
        auto rows = m_ws->list(all);
        QVERIFY(rows);
        m_all = std::move(rows).value();
    }

    // Every page of `filter` in turn, `pageSize` at a time, as the tree model asks for them.
    std::vector<CertificateRecord> pages(Filter filter, int pageSize)
    {
        filter.limit = pageSize;
        filter.withDer = false;
        std::vector<CertificateRecord> out;
        for (;;) {
            auto page = m_ws->list(filter);
            if (!page) {
                qWarning("%s", qPrintable(page.error().toString()));
                return {};
            }
            out.insert(out.end(), page->begin(), page->end());
            if (static_cast<int>(page->size()) < pageSize) {
                return out;
            }
            filter.after = CertificateRepository::PageKey::of(out.back());
        }
    }

    template <typename Pred>
    QList<qint64> expected(Pred matches) const
    {
        std::vector<CertificateRecord> hits;
        std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(hits), matches);
        std::sort(hits.begin(), hits.end(), listedBefore);
        return ids(hits);
    }

    void compare(const Filter& filter, const QList<qint64>& want, int pageSize)
    {
        QCOMPARE(ids(pages(filter, pageSize)), want);
        QCOMPARE(*m_ws->count(filter), qint64(want.size()));
        Filter whole = filter;
        whole.withDer = false;
        QCOMPARE(ids(*m_ws->list(whole)), want);
    }

    CertificateRecord issue(Profile profile, const QString& name, const QStringList& dns, const QStringList& ips,
                            const QStringList& emails, int days = 397)
    {
        LeafOptions options;
        options.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        options.profile = profile;
        options.subject = DistinguishedName::fromCommonName(name);
        options.dnsNames = dns;
        options.ipAddresses = ips;
        options.emails = emails;
        options.days = days;
        options.name = name;
        auto made = m_ws->issue(options);
        if (!made) {
            qWarning("%s", qPrintable(made.error().toString()));
            return {};
        }
        return made->record;
    }

private slots:
    void cleanup()
    {
        m_ws.reset();
        m_all.clear();
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << QStringLiteral("alpha");
        QTest::newRow("name, other case") << QStringLiteral("ALPHA.te");
        QTest::newRow("DNS SAN only") << QStringLiteral("api.alpha");
        QTest::newRow("IP address") << QStringLiteral("10.1.2.3");
        QTest::newRow("part of an IP address") << QStringLiteral(".2.");
        QTest::newRow("e-mail") << QStringLiteral("alice@corp");
        QTest::newRow("e-mail domain") << QStringLiteral("CORP.test");
        QTest::newRow("percent") << QStringLiteral("%");
        QTest::newRow("percent in text") << QStringLiteral("100% off");
        QTest::newRow("underscore") << QStringLiteral("_");
        QTest::newRow("underscore in text") << QStringLiteral("off_sale");
        QTest::newRow("underscore is no wildcard") << QStringLiteral("off-sale");
        QTest::newRow("single quote") << QStringLiteral("'s");
        QTest::newRow("double quotes") << QStringLiteral("\"q\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("unicode") << QStringLiteral("Straße");
        QTest::newRow("unicode, other case") << QStringLiteral("STRASSE");
        QTest::newRow("unicode lower") << QStringLiteral("ünï");
        QTest::newRow("unicode upper, not folded by LIKE") << QStringLiteral("ÜNÏ");
        QTest::newRow("one character") << QStringLiteral("a");
        QTest::newRow("two characters") << QStringLiteral("ph");
        QTest::newRow("no match") << QStringLiteral("nomatchxyz");
        QTest::newRow("very long") << QString(5000, QLatin1Char('a'));
        QTest::newRow("very long, matching a prefix") << QStringLiteral("www.alpha.test") + QString(3000, QLatin1Char('x'));
        QTest::newRow("longer than any field") << QString(100000, QLatin1Char('x'));
        QTest::newRow("query syntax") << QStringLiteral("alpha OR NOT \"x\" NEAR(a b) *");
    }

    void textFilter()
    {
        QFETCH(QString, text);
        static int made = 0;
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(QStringLiteral("text%1.signet").arg(++made))), kPassword,
                                    [this] { return m_now; }, kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        SIGNET_VERIFY_OK(m_ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")),
                                         test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        SIGNET_VERIFY_OK(m_ws->createCa({QStringLiteral("Issuing"), test::dn(QStringLiteral("CN=Issuing")),
                                         test::keySpec(QStringLiteral("ec:p256")), 1825,
                                         CertificateRef::typed(QStringLiteral("Root")), -1, {}, {}}));
        QVERIFY(issue(Profile::Server, QStringLiteral("www.alpha.test"), {QStringLiteral("www.alpha.test"),
                      QStringLiteral("api.alpha.test")}, {QStringLiteral("10.1.2.3")}, {}).id > 0);
        QVERIFY(issue(Profile::Server, QStringLiteral("beta.test"), {QStringLiteral("beta.test")},
                      {QStringLiteral("10.9.2.7")}, {}).id > 0);
        QVERIFY(issue(Profile::Client, QStringLiteral("Alice"), {}, {}, {QStringLiteral("alice@corp.test")}).id > 0);
        QVERIFY(issue(Profile::Client, QStringLiteral("100% off_sale's \"q\" a\\b"), {}, {}, {}).id > 0);
        QVERIFY(issue(Profile::Client, QStringLiteral("Ünïcode Straße"), {}, {}, {}).id > 0);
        QVERIFY(issue(Profile::Client, QStringLiteral("offXsale"), {}, {}, {}).id > 0);
        readAll();
        QCOMPARE(m_all.size(), std::size_t(8));

        Filter filter;
        filter.now = m_now;
        filter.text = text;
        compare(filter, expected([&text](const CertificateRecord& r) { return textMatches(r, text); }), 2);
    }

    void serialFilter()
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(QStringLiteral("serial.signet"))), kPassword,
                                    [this] { return m_now; }, kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        auto root = m_ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")),
                                    test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}});
        SIGNET_VERIFY_OK(root);
        readAll();
        const QString serial = root->record.serial;
        QStringList colons;
        for (int i = 0; i < 8; i += 2) {
            colons << serial.mid(i, 2).toLower();
        }
        for (const QString& text : {serial.left(6), colons.join(QLatin1Char(':')), serial.mid(10, 8).toLower()}) {
            Filter filter;
            filter.now = m_now;
            filter.text = text;
            compare(filter, expected([&text](const CertificateRecord& r) { return textMatches(r, text); }), 5);
            QCOMPARE(*m_ws->count(filter), qint64(1));
        }
    }

    // More rows than the store sorts as candidates: each filter is read both ways, by candidates
    // and by a walk in list order, as the numbers of matches grow and shrink with the clock.
    void manyCertificates()
    {
        const QString path = m_dir.filePath(QStringLiteral("bulk.signet"));
        SIGNET_VERIFY_OK(test::buildBulkWorkspace(test::workspaceAt(path), kPassword, 17000, t0()));
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [this] { return m_now; });
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        for (const char* name : {"host0000007.bench.example", "host0012345.bench.example", "host0016999.bench.example"}) {
            SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QString::fromLatin1(name)), RevocationReason::KeyCompromise));
        }
        readAll();
        QCOMPARE(m_all.size(), std::size_t(17002));

        for (const QString& text : {QStringLiteral("bench.example"), QStringLiteral("host00123"), QStringLiteral("0.")}) {
            Filter filter;
            filter.now = m_now;
            filter.text = text;
            compare(filter, expected([&text](const CertificateRecord& r) { return textMatches(r, text); }), 256);
        }
        for (const int day : {0, 30, 400, 700}) {
            for (CertificateStatus status : {CertificateStatus::Valid, CertificateStatus::Expiring,
                                             CertificateStatus::Expired, CertificateStatus::Revoked}) {
                Filter filter;
                filter.now = t0().addDays(day);
                filter.status = status;
                const QDateTime now = filter.now;
                compare(filter, expected([&](const CertificateRecord& r) { return statusMatches(r, status, now, 30); }),
                        256);
            }
        }
        Filter both;
        both.now = t0().addDays(400);
        both.status = CertificateStatus::Valid;
        both.text = QStringLiteral("host0001");
        compare(both, expected([&both](const CertificateRecord& r) {
                    return statusMatches(r, CertificateStatus::Valid, both.now, 30) && textMatches(r, both.text);
                }),
                100);
    }

    // A workspace from before the search table: opening it fills the table, and the filters find
    // what was there as well as what comes after.
    void olderWorkspaceGetsItsSearchTable()
    {
        if (test::onServer()) {
            QSKIP("a workspace on PostgreSQL begins at the schema with the search index: none is older");
        }
        const QString path = m_dir.filePath(QStringLiteral("older.signet"));
        SIGNET_VERIFY_OK(test::buildBulkWorkspace(test::workspaceAt(path), kPassword, 300, t0()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
            for (const char* statement :
                 {"DROP TRIGGER IF EXISTS certificate_search_insert", "DROP TRIGGER certificate_search_delete",
                  "DROP TRIGGER certificate_search_update", "DROP TABLE certificate_search",
                  "DROP INDEX certificates_live_list", "DROP INDEX certificates_live_expiry",
                  "DROP INDEX certificates_revoked_list", "DROP INDEX certificates_superseded_list",
                  "DROP INDEX certificates_removed",
                  "DROP INDEX certificates_crl", "ALTER TABLE certificates DROP COLUMN revocation_mac"}) {
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(test::searchTableVersion() - 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [this] { return m_now; });
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        SIGNET_VERIFY_OK(m_ws->rename(CertificateRef::typed(QStringLiteral("host0000042.bench.example")),
                                      QStringLiteral("renamed.example")));
        readAll();
        for (const QString& text : {QStringLiteral("host00001"), QStringLiteral("renamed"), QStringLiteral("host0000042")}) {
            Filter filter;
            filter.now = m_now;
            filter.text = text;
            const QList<qint64> want = expected([&text](const CertificateRecord& r) { return textMatches(r, text); });
            compare(filter, want, 7);
        }
        Filter renamed;
        renamed.now = m_now;
        renamed.text = QStringLiteral("renamed");
        QCOMPARE(*m_ws->count(renamed), qint64(1));
        renamed.text = QStringLiteral("host00001");
        QCOMPARE(*m_ws->count(renamed), qint64(100));
    }

    void statusCounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("counts.signet"));
        SIGNET_VERIFY_OK(test::buildBulkWorkspace(test::workspaceAt(path), kPassword, 720, t0()));
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [this] { return m_now; });
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("host0000000.bench.example")),
                                      RevocationReason::KeyCompromise));
        SIGNET_VERIFY_OK(m_ws->remove(CertificateRef::typed(QStringLiteral("host0000001.bench.example"))));
        // Leaf i expires 10 + i % 720 days after t0; the two CAs after five and ten years.
        Filter filter;
        filter.now = t0().addDays(100);
        filter.expiringDays = 30;
        const auto count = [&](CertificateStatus status) {
            filter.status = status;
            return *m_ws->count(filter);
        };
        // Expired: leaves 0..90 (0 revoked, 1 removed); expiring: 91..120; valid: the rest and the CAs.
        QCOMPARE(count(CertificateStatus::Expired), qint64(89));
        QCOMPARE(count(CertificateStatus::Expiring), qint64(30));
        QCOMPARE(count(CertificateStatus::Valid), qint64(599 + 2));
        QCOMPARE(count(CertificateStatus::Revoked), qint64(1));
        // The counts are summed by the hour of expiry: a moment anywhere in an hour, on either side
        // of an expiry, counts as the rows themselves say.
        readAll();
        for (const qint64 offset : {-3601, -3600, -1, 0, 1, 1799, 3599, 3600, 86399}) {
            filter.now = t0().addDays(100).addSecs(offset);
            for (CertificateStatus status : {CertificateStatus::Valid, CertificateStatus::Expiring,
                                             CertificateStatus::Expired, CertificateStatus::Revoked}) {
                const QList<qint64> want =
                    expected([&](const CertificateRecord& r) { return statusMatches(r, status, filter.now, 30); });
                QCOMPARE(count(status), qint64(want.size()));
            }
        }
        filter.removed = true;
        filter.status.reset();
        QCOMPARE(*m_ws->count(filter), qint64(1));
        auto report = m_ws->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    // The counts are an index of the rows: one changed without Signet is reported by 'verify'.
    void alteredCountsAreReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("altered-counts.signet"));
        SIGNET_VERIFY_OK(test::buildBulkWorkspace(test::workspaceAt(path), kPassword, 50, t0()));
        {
            auto db = Database::open(test::workspaceAt(path), false);
            SIGNET_VERIFY_OK(db);
            SIGNET_VERIFY_OK((*db)->exec(QStringLiteral("UPDATE certificate_counts SET n = n + 7"
                                                        " WHERE hour = (SELECT max(hour) FROM certificate_counts)")));
        }
        auto ws = Workspace::open(test::workspaceAt(path), kPassword, [this] { return m_now; });
        SIGNET_VERIFY_OK(ws);
        auto report = (*ws)->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY(!report->intact());
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QLatin1String("status counts")),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_CertificateFilters)
#include "tst_CertificateFilters.moc"
