// A CRL of a few thousand revocations as the workspace publishes it: streamed from the store with
// every row's MAC checked, encoded once, judged by the openssl command.

#include "BulkFixture.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "crypto/Crl.h"
#include "store/CertificateRepository.h"
#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/DirectStatement.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

namespace {
const QByteArray kPassword = "crl";
constexpr int kRevoked = 3000;
const QString kCa = QStringLiteral("Bulk Issuing");

// DER INTEGER order: fewer significant digits first, then the digits.
bool serialBefore(const QString& a, const QString& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}
} // namespace

class TestCrlPublication : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryRevocationWithItsReason();
    void releasedHoldIsListedOnce();
    void nonAsciiRowsVerify();
    void tamperedRowIsRefused_data();
    void tamperedRowIsRefused();
    void unrevokedRowIsRefused();
    void readFromItsIndex();
    void sealedAgainAfterPublishing();
    void rowEncodingIsUnchanged();
    void crlRowEncodesAsTheRecord();

private:
    QString copyOfWorkspace(const QString& name);
    Result<std::unique_ptr<Workspace>> open(const QString& path);
    Status execute(const QString& path, const QString& sql);

    QTemporaryDir m_dir;
    QString m_workspace;
    QHash<QString, int> m_expected; // serial -> reason code on the CRL (-1: none)
    QString m_caPem;
};

void TestCrlPublication::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("bulk.signet"));
    BulkOptions options;
    options.count = kRevoked;
    options.revokeAll = true;
    options.onLeaf = [this](const CertificateRecord& leaf) {
        const int code = revocationReasonCode(leaf.revocationReason);
        m_expected.insert(leaf.serial, code > 0 ? code : -1);
    };
    SIGNET_VERIFY_OK(buildBulkWorkspace(test::workspaceAt(m_workspace), kPassword, options, fixedNow()));
    QCOMPARE(m_expected.size(), kRevoked);
    auto ws = open(m_workspace);
    SIGNET_VERIFY_OK(ws);
    auto ca = (*ws)->find(CertificateRef::typed(kCa));
    SIGNET_VERIFY_OK(ca);
    auto cert = Certificate::fromDer(ca->der);
    SIGNET_VERIFY_OK(cert);
    m_caPem = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(m_caPem, cert->toPem()));
}

QString TestCrlPublication::copyOfWorkspace(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return test::copyWorkspace(test::workspaceAt(m_workspace), path);
}

Result<std::unique_ptr<Workspace>> TestCrlPublication::open(const QString& path)
{
    return Workspace::open(test::workspaceAt(path), kPassword, fixedClock(fixedNow().addSecs(3600)));
}

Status TestCrlPublication::execute(const QString& path, const QString& sql)
{
    auto db = Database::open(test::workspaceAt(path), false);
    if (!db) {
        return db.error();
    }
    if (auto q = (*db)->exec(sql); !q) {
        return q.error();
    }
    return {};
}

void TestCrlPublication::listsEveryRevocationWithItsReason()
{
    const QString path = copyOfWorkspace(QStringLiteral("every.signet"));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    auto published = (*ws)->publishCrl(CertificateRef::typed(kCa), 7, CrlEncoding::Pem);
    SIGNET_VERIFY_OK(published);
    QCOMPARE(published->crl.number, qint64(1));
    QCOMPARE(published->crl.revokedCount, std::optional<qint64>(kRevoked));
    // The PEM is the stored DER, as openssl writes it.
    QCOMPARE(published->encoded, Crl::pemFromDer(published->crl.der));

    auto crl = Crl::fromData(published->crl.der);
    SIGNET_VERIFY_OK(crl);
    QCOMPARE(crl->toDer(), published->crl.der);
    QCOMPARE(crl->toPem(), published->encoded);
    QCOMPARE(crl->crlNumber(), qint64(1));
    QCOMPARE(crl->lastUpdate(), published->crl.thisUpdate);
    QCOMPARE(crl->nextUpdate(), published->crl.thisUpdate.addDays(7));
    const std::vector<RevokedEntry> entries = crl->revoked();
    QCOMPARE(int(entries.size()), kRevoked);
    QHash<QString, int> listed;
    for (size_t i = 0; i < entries.size(); ++i) {
        listed.insert(entries[i].serialHex, entries[i].reason);
        QCOMPARE(entries[i].revokedAt, fixedNow().addSecs(-60));
        if (i > 0) {
            QVERIFY2(serialBefore(entries[i - 1].serialHex, entries[i].serialHex), "entries in serial order");
        }
    }
    QCOMPARE(listed, m_expected);

    const QString file = m_dir.filePath(QStringLiteral("every.crl"));
    QVERIFY(writeFile(file, published->encoded));
    const auto verified = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), file, QStringLiteral("-CAfile"),
                                      m_caPem, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(verified.ok(), verified.describe().constData());
    QVERIFY2(verified.err.contains("verify OK") || verified.out.contains("verify OK"), verified.describe().constData());
    QCOMPARE(int(verified.out.count("Serial Number:")), kRevoked);
    QCOMPARE(int(verified.out.count("Key Compromise")), int(std::count(m_expected.cbegin(), m_expected.cend(), 1)));
    const auto der = runOpenssl({QStringLiteral("crl"), QStringLiteral("-in"), file, QStringLiteral("-outform"),
                                 QStringLiteral("DER")});
    QVERIFY2(der.ok(), der.describe().constData());
    QCOMPARE(der.out, published->crl.der);

    // The next one continues the numbers and lists the same.
    auto next = (*ws)->publishCrl(CertificateRef::typed(kCa), 7, CrlEncoding::Der);
    SIGNET_VERIFY_OK(next);
    QCOMPARE(next->crl.number, qint64(2));
    QCOMPARE(next->encoded, next->crl.der);
    QCOMPARE(int(Crl::fromData(next->encoded)->revoked().size()), kRevoked);
}

void TestCrlPublication::releasedHoldIsListedOnce()
{
    const QString path = copyOfWorkspace(QStringLiteral("hold.signet"));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    LeafOptions options;
    options.ca = CertificateRef::typed(kCa);
    options.dnsNames = {QStringLiteral("held.bench.example")};
    auto held = (*ws)->issue(options);
    SIGNET_VERIFY_OK(held);
    const CertificateRef ref = CertificateRef::typed(QStringLiteral("held.bench.example"));
    SIGNET_VERIFY_OK((*ws)->revoke(ref, RevocationReason::CertificateHold));
    SIGNET_VERIFY_OK((*ws)->release(ref));
    const QString serial = (*ws)->find(ref)->serial;

    const auto reasonOf = [&serial](const CrlPublication& publication) {
        for (const RevokedEntry& entry : Crl::fromData(publication.crl.der)->revoked()) {
            if (entry.serialHex == serial) {
                return entry.reason;
            }
        }
        return 0;
    };
    auto first = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    SIGNET_VERIFY_OK(first);
    QCOMPARE(int(Crl::fromData(first->crl.der)->revoked().size()), kRevoked + 1);
    QCOMPARE(first->crl.revokedCount, std::optional<qint64>(kRevoked));
    QCOMPARE(reasonOf(*first), kRemoveFromCrlCode);
    auto second = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    SIGNET_VERIFY_OK(second);
    QCOMPARE(int(Crl::fromData(second->crl.der)->revoked().size()), kRevoked);
    QCOMPARE(reasonOf(*second), 0);
}

void TestCrlPublication::nonAsciiRowsVerify()
{
    // The CRL reads text as UTF-8 bytes and decodes it on the checking thread: a name and subject
    // outside ASCII must come back as they were sealed.
    const QString path = copyOfWorkspace(QStringLiteral("utf8.signet"));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    LeafOptions options;
    options.ca = CertificateRef::typed(kCa);
    options.profile = Profile::Client;
    options.subject = dn(QStringLiteral("CN=J\u00fcrgen Gro\u00df \u4e16\u754c,O=\u00c9cole"));
    options.emails = {QStringLiteral("juergen@example.test")};
    options.name = QStringLiteral("J\u00fcrgen \u2013 \u4e16\u754c");
    SIGNET_VERIFY_OK((*ws)->issue(options));
    SIGNET_VERIFY_OK((*ws)->revoke(CertificateRef::typed(options.name), RevocationReason::AffiliationChanged));
    auto published = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    SIGNET_VERIFY_OK(published);
    QCOMPARE(int(Crl::fromData(published->crl.der)->revoked().size()), kRevoked + 1);
}

void TestCrlPublication::tamperedRowIsRefused_data()
{
    QTest::addColumn<QString>("edit");
    // One revoked row changed without the password: its MAC no longer matches.
    const QString row = QStringLiteral(" WHERE id = (SELECT max(id) FROM certificates WHERE status = 'revoked')");
    QTest::newRow("revocation date") << QStringLiteral("UPDATE certificates SET revoked_at = revoked_at - 86400") + row;
    QTest::newRow("reason") << QStringLiteral("UPDATE certificates SET revocation_reason = 6") + row;
    QTest::newRow("serial") << QStringLiteral("UPDATE certificates SET serial = '01'") + row;
    QTest::newRow("reason no Signet writes") << QStringLiteral("UPDATE certificates SET revocation_reason = 7") + row;
    QTest::newRow("another row's revocation MAC")
        << QStringLiteral("UPDATE certificates SET revocation_mac = (SELECT revocation_mac FROM certificates"
                          " WHERE status = 'revoked' ORDER BY id LIMIT 1)") + row;
    QTest::newRow("released instead of revoked")
        << QStringLiteral("UPDATE certificates SET status = 'valid', released_at = revoked_at, revoked_at = NULL,"
                          " revocation_reason = NULL") + row;
    // Without its revocation MAC a row is checked by its whole-row MAC, as rows revoked before
    // revocation MACs are: that one does not match either.
    QTest::newRow("revocation MAC dropped, date changed")
        << QStringLiteral("UPDATE certificates SET revocation_mac = NULL, revoked_at = revoked_at - 86400") + row;
}

void TestCrlPublication::tamperedRowIsRefused()
{
    QFETCH(QString, edit);
    const QString path = copyOfWorkspace(QStringLiteral("tampered.signet"));
    SIGNET_VERIFY_OK(execute(path, edit));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    auto published = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    QVERIFY(!published);
    QVERIFY2(published.error().message.contains(QLatin1String("changed outside Signet")),
             qPrintable(published.error().message));
    const qint64 caId = (*ws)->find(CertificateRef::typed(kCa))->id;
    QVERIFY(!(*ws)->crlOf(caId).value().has_value()); // nothing was stored
}

void TestCrlPublication::unrevokedRowIsRefused()
{
    // A revoked row deleted would leave the CRL without it: the CA's own count says one is missing.
    const QString path = copyOfWorkspace(QStringLiteral("unrevoked.signet"));
    SIGNET_VERIFY_OK(execute(path, QStringLiteral("DELETE FROM certificates WHERE id = (SELECT max(id) FROM certificates"
                                                  " WHERE status = 'revoked')")));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    auto published = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    QVERIFY(!published);
    QVERIFY2(published.error().message.contains(QLatin1String("revocations of CA 'Bulk Issuing' were changed")),
             qPrintable(published.error().message));
    QVERIFY2(published.error().message.contains(QString::number(kRevoked - 1)), qPrintable(published.error().message));
}

void TestCrlPublication::readFromItsIndex()
{
    if (test::onServer()) {
        QSKIP("a workspace on PostgreSQL begins at the schema with revocation MACs: none is older");
    }
    // A workspace from before the index gets it on opening, its rows revoked before revocation MACs
    // are checked by their whole row and sealed by the next CRL, and the CRL's query reads only the index.
    const QString path = copyOfWorkspace(QStringLiteral("before.signet"));
    // Schema 6: without the first CRL index (migration 7), what came after it (migration 8) and the
    // revocation MACs (migration 11).
    for (const char* undo : {"DROP INDEX certificates_crl", "ALTER TABLE certificates DROP COLUMN revocation_mac",
                             "DROP INDEX certificates_spki", "DROP INDEX certificates_ca_subject",
                             "DROP INDEX certificates_orphans", "ALTER TABLE certificates DROP COLUMN spki_sha256",
                             "PRAGMA user_version = 6"}) {
        SIGNET_VERIFY_OK(execute(path, QString::fromLatin1(undo)));
    }
    const QString unsealed = QStringLiteral("SELECT count(*) FROM certificates WHERE revocation_mac IS NULL"
                                            " AND (status = 'revoked' OR released_at IS NOT NULL)");
    {
        auto ws = open(path);
        SIGNET_VERIFY_OK(ws);
        auto db = Database::open(test::workspaceAt(path), false);
        SIGNET_VERIFY_OK(db);
        auto before = (*db)->exec(unsealed);
        SIGNET_VERIFY_OK(before);
        QVERIFY(before->next());
        QCOMPARE(before->value(0).toInt(), kRevoked);
        auto published = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
        SIGNET_VERIFY_OK(published);
        QCOMPARE(int(Crl::fromData(published->crl.der)->revoked().size()), kRevoked);
    }
    auto db = Database::open(test::workspaceAt(path), false);
    SIGNET_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    auto after = (*db)->exec(unsealed);
    SIGNET_VERIFY_OK(after);
    QVERIFY(after->next());
    QCOMPARE(after->value(0).toInt(), 0);
    auto plan = (*db)->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT ") + QString::fromLatin1(CertificateRow::crlColumns())
                            + QStringLiteral(" FROM certificates WHERE issuer_id = 2 AND id != 2"
                                             " AND (status = 'revoked' OR released_at IS NOT NULL) ORDER BY serial"));
    SIGNET_VERIFY_OK(plan);
    QString steps;
    while (plan->next()) {
        steps += plan->value(3).toString() + QLatin1Char('\n');
    }
    QVERIFY2(steps.contains(QLatin1String("USING COVERING INDEX certificates_crl")), qPrintable(steps));
    QVERIFY2(!steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(steps));
}

void TestCrlPublication::sealedAgainAfterPublishing()
{
    // The next CRL after an upgrade reseals; the one after that checks every row by its revocation
    // MAC alone and lists the same.
    const QString path = copyOfWorkspace(QStringLiteral("resealed.signet"));
    SIGNET_VERIFY_OK(execute(path, QStringLiteral("UPDATE certificates SET revocation_mac = NULL")));
    auto ws = open(path);
    SIGNET_VERIFY_OK(ws);
    auto first = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    SIGNET_VERIFY_OK(first);
    auto second = (*ws)->publishCrl(CertificateRef::typed(kCa), 7);
    SIGNET_VERIFY_OK(second);
    QCOMPARE(Crl::fromData(second->crl.der)->revoked().size(), Crl::fromData(first->crl.der)->revoked().size());
    auto report = (*ws)->verify();
    SIGNET_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestCrlPublication::rowEncodingIsUnchanged()
{
    // Every stored MAC is over this encoding: it must never change.
    RowEncoding row("t:v1");
    row.add(qint64(-42)).add(std::optional<qint64>()).add(std::optional<qint64>(7)).add(QString());
    row.add(QStringLiteral("ASCII text")).add(QStringLiteral("h\u00e9llo \u4e16")).add(QByteArray("\x00\x01", 2));
    QCOMPARE(row.bytes(), QByteArray("t4:t:v1i3:-42n0:i1:7s0:s10:ASCII texts10:h\xc3\xa9llo \xe4\xb8\x96"
                                     "b2:\x00\x01",
                                     56));
}

void TestCrlPublication::crlRowEncodesAsTheRecord()
{
    // The CRL checks its rows' MACs over an encoding made straight from SQLite's values: on every
    // kind of row it must be the encoding of the record the same row reads as.
    const QString path = copyOfWorkspace(QStringLiteral("kinds.signet"));
    {
        auto ws = open(path);
        SIGNET_VERIFY_OK(ws);
        Workspace& w = **ws;
        LeafOptions options;
        options.ca = CertificateRef::typed(kCa);
        options.profile = Profile::ServerClient;
        options.subject = dn(QStringLiteral("CN=J\u00fcrgen \u4e16\u754c"));
        options.dnsNames = {QStringLiteral("one.kinds.example"), QStringLiteral("two.kinds.example")};
        options.ipAddresses = {QStringLiteral("192.0.2.7")};
        options.name = QStringLiteral("J\u00fcrgen \u2013 kinds");
        SIGNET_VERIFY_OK(w.issue(options));
        const CertificateRef held = CertificateRef::typed(options.name);
        SIGNET_VERIFY_OK(w.revoke(held, RevocationReason::CertificateHold));
        SIGNET_VERIFY_OK(w.release(held));
        options.name = QStringLiteral("renewed");
        options.subject = dn(QStringLiteral("CN=renewed"));
        SIGNET_VERIFY_OK(w.issue(options));
        SIGNET_VERIFY_OK(w.renew(CertificateRef::typed(options.name), RenewOptions{}));
        options.name = QStringLiteral("removed");
        options.subject = dn(QStringLiteral("CN=removed"));
        SIGNET_VERIFY_OK(w.issue(options));
        SIGNET_VERIFY_OK(w.remove(CertificateRef::typed(options.name)));
    }
    auto db = Database::open(test::workspaceAt(path), false);
    SIGNET_VERIFY_OK(db);
    const QString listed = QStringLiteral(" FROM certificates WHERE status = 'revoked' OR released_at IS NOT NULL ORDER BY id");
    auto query = (*db)->exec(QStringLiteral("SELECT ") + CertificateRow::columns() + listed);
    SIGNET_VERIFY_OK(query);
    const QByteArray utf8 = (QStringLiteral("SELECT ") + QString::fromLatin1(CertificateRow::crlColumns()) + listed).toUtf8();
    auto statement = DirectStatement::prepare(**db, utf8.constData());
    SIGNET_VERIFY_OK(statement);
    int revoked = 0;
    int released = 0;
    while (statement->next()) {
        QVERIFY(query->next());
        QByteArray mac;
        bool known = false;
        const CertificateRecord record = CertificateRow::fromRow(*query, false, mac, known);
        QVERIFY(known);
        QVERIFY(record.issuerId.has_value());
        CrlRow row;
        CertificateRow::crlRowFromStatement(*statement, *record.issuerId, row);
        QVERIFY(row.wellFormed);
        QCOMPARE(row.macInput().toByteArray(), CertificateRepository::encodeRevocation(record));
        QCOMPARE(row.macLength, quint8(32));
        QCOMPARE(row.id, record.id);
        QCOMPARE(QString::fromLatin1(row.serialHex()), record.serial);
        QCOMPARE(row.revoked, record.revoked);
        if (record.revoked) {
            QCOMPARE(row.at, record.revokedAt.toSecsSinceEpoch());
            QCOMPARE(row.reason, revocationReasonCode(record.revocationReason));
        } else {
            QCOMPARE(row.at, record.releasedAt.toSecsSinceEpoch());
            QCOMPARE(row.reason, -1);
            ++released;
        }
        revoked += record.revoked ? 1 : 0;
    }
    SIGNET_VERIFY_OK(statement->finished());
    QVERIFY(!query->next());
    QCOMPARE(revoked, kRevoked);
    QCOMPARE(released, 1); // the released hold
}

QTEST_GUILESS_MAIN(TestCrlPublication)
#include "tst_CrlPublication.moc"
