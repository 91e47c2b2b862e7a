// Issuing and revoking lists through the façade on a real workspace file: partial failure reported
// by line, all-or-nothing rollback, a transaction and an audit record per chunk, cancelling.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

QByteArray clients(int count, int firstLine = 0)
{
    QByteArray csv("cn,email\n");
    for (int i = 0; i < count; ++i) {
        csv += QStringLiteral("user%1,user%1@example.com\n").arg(firstLine + i).toUtf8();
    }
    return csv;
}
} // namespace

class tst_BatchIssuance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    IssuanceList parse(const QByteArray& data)
    {
        auto list = IssuanceList::parse(data);
        if (!list) {
            qFatal("bad test list: %s", qPrintable(list.error().toString()));
        }
        return *list;
    }
    qint64 count(bool caOnly = false)
    {
        CertificateRepository::Filter filter;
        filter.withDer = false;
        auto rows = m_ws->list(filter);
        if (!rows) {
            return -1;
        }
        return std::count_if(rows->begin(), rows->end(), [caOnly](const CertificateRecord& r) { return !caOnly || r.isCa; });
    }
    QList<AuditLog::Entry> audit(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 1000;
        auto entries = m_ws->auditEntries(filter);
        return entries ? *entries : QList<AuditLog::Entry>();
    }
    void verifyIntact()
    {
        auto report = m_ws->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

private slots:
    void init()
    {
        static int n = 0;
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(QStringLiteral("batch%1.signet").arg(++n))), kPassword,
                                    systemClock(), kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        auto ca = m_ws->createCa({QStringLiteral("Issuing"), test::dn(QStringLiteral("CN=Issuing")),
                                  test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef(), -1, {}, {}});
        SIGNET_VERIFY_OK(ca);
    }

    void cleanup() { m_ws.reset(); }

    void issuesEveryLineInChunks()
    {
        BatchOptions options;
        options.chunkSize = 4;
        QList<int> progress;
        options.progress = [&progress](int done, int total) {
            QCOMPARE(total, 10);
            progress << done;
        };
        auto report = m_ws->issueBatch(parse(clients(10)), CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->succeeded, 10);
        QCOMPARE(report->failed, 0);
        QCOMPARE(progress, (QList<int>{4, 8, 10}));
        QCOMPARE(count(), 11);
        QCOMPARE(report->lines.front().line, 2);
        QCOMPARE(report->lines.front().record->name, QStringLiteral("user0"));
        QCOMPARE(report->lines.back().line, 11);
        // One record per chunk (one transaction), naming its count and serials.
        const QList<AuditLog::Entry> entries = audit(QStringLiteral("issue-batch"));
        QCOMPARE(entries.size(), 3);
        QVERIFY2(entries.back().details.startsWith(QStringLiteral("count=4 lines=2-5")), qPrintable(entries.back().details));
        QVERIFY(entries.back().details.contains(report->lines.front().record->serial));
        QVERIFY(entries.front().details.startsWith(QStringLiteral("count=2 lines=10-11")));
        auto cert = m_ws->find(CertificateRef::typed(QStringLiteral("user3")));
        SIGNET_VERIFY_OK(cert);
        QCOMPARE(cert->profile, Profile::Client);
        verifyIntact();
    }

    void failedLinesDoNotStopTheOthers()
    {
        const QByteArray csv("cn,email,name,ip\n"
                             "alice,alice@example.com,,\n"
                             "bob,bob@,,\n"                 // line 3: refused by the parser
                             "carol,,alice,\n"              // line 4: explicit name taken in the same batch
                             ",,nobody,\n"                  // line 5: a client needs a common name
                             "dave,,,10.0.0.4\n");
        BatchOptions options;
        options.chunkSize = 2;
        auto report = m_ws->issueBatch(parse(csv), CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->succeeded, 2);
        QCOMPARE(report->failed, 3);
        QCOMPARE(report->lines.size(), 5);
        QList<int> failedLines;
        for (const BatchLineResult& line : report->lines) {
            if (!line.ok()) {
                failedLines << line.line;
                QVERIFY(!line.error.isEmpty());
            }
        }
        QCOMPARE(failedLines, (QList<int>{3, 4, 5}));
        QVERIFY(m_ws->find(CertificateRef::typed(QStringLiteral("dave"))).ok());
        QVERIFY(!m_ws->find(CertificateRef::typed(QStringLiteral("carol"))).ok());
        QCOMPARE(count(), 3);
        verifyIntact();
    }

    void atomicRollsBackEverything()
    {
        const qint64 before = audit(QString()).size();
        QByteArray csv("cn,name\n");
        for (int i = 0; i < 5; ++i) {
            csv += "user" + QByteArray::number(i) + ",\n";
        }
        // The last line asks for a name the list itself gave before.
        auto list = parse(csv + "x,user2\n");
        BatchOptions options;
        options.atomic = true;
        options.chunkSize = 2;
        auto report = m_ws->issueBatch(list, CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(report);
        QVERIFY(report->rolledBack);
        QCOMPARE(report->succeeded, 0);
        QCOMPARE(report->failed, 6);
        QCOMPARE(count(), 1);
        QCOMPARE(audit(QString()).size(), before);
        // A line the parser refused stops an atomic list before anything is made.
        auto unreadable = m_ws->issueBatch(parse("cn,days\na,\nb,0\n"), CertificateRef::typed(QStringLiteral("Issuing")),
                                           options);
        SIGNET_VERIFY_OK(unreadable);
        QVERIFY(unreadable->rolledBack);
        QCOMPARE(unreadable->failed, 2); // the line that was read is not issued either
        QCOMPARE(unreadable->lines.size(), 2);
        QVERIFY(!unreadable->lines.front().error.isEmpty());
        QCOMPARE(count(), 1);
        // The same list without its fault goes in whole, under one audit record.
        auto fine = m_ws->issueBatch(parse(clients(5)), CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(fine);
        QStringList errors;
        for (const BatchLineResult& line : fine->lines) {
            errors << line.error;
        }
        QVERIFY2(!fine->rolledBack, qPrintable(errors.join(QLatin1Char('|'))));
        QCOMPARE(fine->succeeded, 5);
        QCOMPARE(count(), 6);
        const QList<AuditLog::Entry> entries = audit(QStringLiteral("issue-batch"));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.front().details.startsWith(QStringLiteral("count=5 ")));
        verifyIntact();
    }

    void cancelKeepsStoredChunks()
    {
        BatchOptions options;
        options.chunkSize = 3;
        int asked = 0;
        options.cancelled = [&asked] { return ++asked > 2; };
        auto report = m_ws->issueBatch(parse(clients(10)), CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->succeeded, 6);
        QCOMPARE(report->failed, 4);
        QCOMPARE(count(), 7);
    }

    void unusableCaIsAnError()
    {
        QVERIFY(!m_ws->issueBatch(parse(clients(2)), CertificateRef::typed(QStringLiteral("nobody")), {}).ok());
        QCOMPARE(count(), 1);
    }

    void revokesAList()
    {
        auto issued = m_ws->issueBatch(parse(clients(5)), CertificateRef::typed(QStringLiteral("Issuing")), {});
        SIGNET_VERIFY_OK(issued);
        const QString serial = issued->lines.at(2).record->serial;
        const QByteArray refs = "user0\n# comment\nnobody\n" + serial.toUtf8() + "\nuser0\nIssuing\nuser4\n";
        auto list = IssuanceList::parseReferences(refs);
        SIGNET_VERIFY_OK(list);
        BatchOptions options;
        options.chunkSize = 2;
        auto report = m_ws->revokeBatch(*list, RevocationReason::KeyCompromise, options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->succeeded, 3);
        QList<int> failed;
        for (const BatchLineResult& line : report->lines) {
            if (!line.ok()) {
                failed << line.line;
            }
        }
        // Not found, listed twice (already revoked), a root CA.
        QCOMPARE(failed, (QList<int>{3, 5, 6}));
        auto revoked = m_ws->find(CertificateRef::typed(QStringLiteral("user2")));
        SIGNET_VERIFY_OK(revoked);
        QVERIFY(revoked->revoked);
        QCOMPARE(revoked->revocationReason, RevocationReason::KeyCompromise);
        QCOMPARE(audit(QStringLiteral("revoke-batch")).size(), 3); // one per chunk of two references

        options.atomic = true;
        auto atomic = m_ws->revokeBatch(*IssuanceList::parseReferences("user1\nnobody\n"), RevocationReason::Superseded,
                                        options);
        SIGNET_VERIFY_OK(atomic);
        QVERIFY(atomic->rolledBack);
        QVERIFY(!m_ws->find(CertificateRef::typed(QStringLiteral("user1")))->revoked);
        verifyIntact();
    }
};

QTEST_GUILESS_MAIN(tst_BatchIssuance)
#include "tst_BatchIssuance.moc"
