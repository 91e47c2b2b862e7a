// Import at scale: a PEM bundle streams through in batches inside one transaction, its CAs may come
// after their leaves, a private key finds its certificate by the hash of its public key wherever it
// comes, progress is reported and Cancel rolls everything back, one audit record counts it all;
// and the PEM scanner bounds every object it gathers.

#include "TestEngine.h"
#include "TestSupport.h"

#include "../support/BulkFixture.h"
#include "Workspace.h"
#include "import/ImportStream.h"
#include "import/PemScanner.h"
#include "pki/Clock.h"

#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
const QByteArray kPassword = QByteArrayLiteral("streaming import test");
constexpr int kLeaves = 2500;
} // namespace

class tst_StreamingImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    QString m_bundle;   // kLeaves leaves, then their intermediate and root
    qint64 m_bundleSize = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<Workspace> newWorkspace()
    {
        auto ws = Workspace::create(test::workspaceAt(path(QStringLiteral("ws-%1.signet").arg(++m_workspaces))), kPassword, systemClock(),
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        if (!ws) {
            qWarning().noquote() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

    static qint64 auditCount(Workspace& ws, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 1000;
        auto entries = ws.auditEntries(filter);
        return entries ? entries->size() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source = path(QStringLiteral("source.signet"));
        SIGNET_VERIFY_OK(buildBulkWorkspace(test::workspaceAt(source), kPassword, kLeaves, QDateTime::currentDateTimeUtc()));
        auto ws = Workspace::open(test::workspaceAt(source), kPassword);
        SIGNET_VERIFY_OK(ws);
        CertificateRepository::Filter all;
        all.now = QDateTime::currentDateTimeUtc();
        auto rows = (*ws)->list(all);
        SIGNET_VERIFY_OK(rows);
        QCOMPARE(int(rows->size()), kLeaves + 2);
        QByteArray leaves;
        QByteArray cas;
        for (const CertificateRecord& record : *rows) {
            // Text between blocks, as `openssl x509 -text` leaves it, is skipped.
            (record.isCa ? cas : leaves) += "subject=" + record.subject.toUtf8() + '\n'
                                            + Certificate::fromDer(record.der)->toPem();
        }
        m_bundle = path(QStringLiteral("bundle.pem"));
        QVERIFY(writeFile(m_bundle, leaves + cas));
        m_bundleSize = QFileInfo(m_bundle).size();
    }

    void bundleStreamsInOneTransaction()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        std::vector<ImportProgress> seen;
        ImportOptions options;
        options.progress = [&seen](const ImportProgress& progress) { seen.push_back(progress); };
        auto report = ws->importFiles({m_bundle}, options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->certificateCount, qint64(kLeaves + 2));
        // The report names the first ones; the workspace lists them all, in the order they came.
        QCOMPARE(report->certificates.size(), ImportReport::kListed);
        QStringList names;
        SIGNET_VERIFY_OK(ws->forEachImported(*report, [&names](const ImportedCertificate& cert) { names << cert.name; }));
        QCOMPARE(names.size(), kLeaves + 2);
        QCOMPARE(names.first(), report->certificates.first().name);
        QCOMPARE(names.last(), QStringLiteral("Bulk Root"));

        // The CAs came last: every leaf found its issuer all the same.
        auto inter = ws->find(CertificateRef::typed(QStringLiteral("Bulk Issuing")));
        SIGNET_VERIFY_OK(inter);
        auto root = ws->find(CertificateRef::typed(QStringLiteral("Bulk Root")));
        SIGNET_VERIFY_OK(root);
        QCOMPARE(inter->issuerId, std::optional<qint64>(root->id));
        CertificateRepository::Filter below;
        below.issuerId = inter->id;
        below.now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ws->count(below).value(), qint64(kLeaves));

        // The text filter finds what came in, by name and by serial, once each.
        CertificateRepository::Filter text;
        text.now = below.now;
        text.text = QStringLiteral("bench.example");
        QCOMPARE(ws->count(text).value(), qint64(kLeaves));
        text.text = report->certificates.first().name;
        QCOMPARE(ws->count(text).value(), qint64(1));
        text.text = report->certificates.first().serial;
        QCOMPARE(ws->count(text).value(), qint64(1));

        // Progress after every batch, through the whole file.
        QVERIFY2(seen.size() >= std::size_t(kLeaves) / ImportStream::kBatch, qPrintable(QString::number(seen.size())));
        for (std::size_t i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].bytesDone >= seen[i - 1].bytesDone);
            QVERIFY(seen[i].certificates >= seen[i - 1].certificates);
        }
        QCOMPARE(seen.back().bytesTotal, m_bundleSize);
        QCOMPARE(seen.back().bytesDone, m_bundleSize);
        QCOMPARE(seen.back().certificates, qint64(kLeaves + 2));

        // One audit record, with the count.
        AuditFilter filter;
        filter.action = QStringLiteral("import");
        auto entries = ws->auditEntries(filter);
        SIGNET_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY2(entries->front().details.startsWith(QStringLiteral("certificates=%1 ").arg(kLeaves + 2)),
                 qPrintable(entries->front().details));
        SIGNET_VERIFY_OK(ws->verifyAuditLog());

        // Again: nothing new, each one reported, the list of them bounded.
        auto again = ws->importFiles({m_bundle}, {});
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("is already in the workspace")), qPrintable(again.error().message));
        QVERIFY2(again.error().message.contains(QStringLiteral("%1 more not imported").arg(kLeaves + 2 - ImportReport::kListed)),
                 qPrintable(again.error().message.right(200)));
        QCOMPARE(auditCount(*ws, QStringLiteral("import")), 1);
    }

    void cancelRollsBackEverything()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        const qint64 audited = ws->verifyAuditLog().value();
        ImportOptions options;
        qint64 storedWhenCancelled = 0;
        options.progress = [&storedWhenCancelled](const ImportProgress& progress) {
            storedWhenCancelled = std::max(storedWhenCancelled, progress.certificates);
        };
        // Cancelled once batches have been stored inside the transaction.
        options.cancelled = [&storedWhenCancelled] { return storedWhenCancelled >= 1000; };
        auto report = ws->importFiles({m_bundle}, options);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("cancelled")), qPrintable(report.error().message));
        QVERIFY(storedWhenCancelled >= 1000);
        CertificateRepository::Filter all;
        all.now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ws->count(all).value(), qint64(0));
        QCOMPARE(ws->verifyAuditLog().value(), audited);
        QCOMPARE(auditCount(*ws, QStringLiteral("import")), 0);
    }

    void keyFindsItsCertificate_data()
    {
        QTest::addColumn<QStringList>("firstImport");
        QTest::addColumn<QStringList>("secondImport");
        QTest::newRow("key in a later import") << QStringList{QStringLiteral("leaf.pem")}
                                               << QStringList{QStringLiteral("leaf.key")};
        QTest::newRow("key file before the certificate's") << QStringList{QStringLiteral("leaf.key"), QStringLiteral("leaf.pem")}
                                                           << QStringList();
        QTest::newRow("key before the certificate in one file") << QStringList{QStringLiteral("key-first.pem")} << QStringList();
        QTest::newRow("key after the certificate in one file") << QStringList{QStringLiteral("cert-first.pem")} << QStringList();
    }

    void keyFindsItsCertificate()
    {
        QFETCH(QStringList, firstImport);
        QFETCH(QStringList, secondImport);
        if (!QFile::exists(path(QStringLiteral("leaf.pem")))) {
            auto source = newWorkspace();
            QVERIFY(source);
            SIGNET_VERIFY_OK(source->createCa({QStringLiteral("Key CA"), dn(QStringLiteral("CN=Key CA")),
                                               keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
            auto key = PrivateKey::generate(KeySpec::parse(QStringLiteral("ec:p256")).value());
            SIGNET_VERIFY_OK(key);
            auto keyPem = key->toPkcs8Pem();
            SIGNET_VERIFY_OK(keyPem);
            LeafOptions leaf;
            leaf.ca = CertificateRef::typed(QStringLiteral("Key CA"));
            leaf.dnsNames = {QStringLiteral("keyed.example.test")};
            auto issued = source->issue(leaf, std::move(key).value());
            SIGNET_VERIFY_OK(issued);
            const QByteArray certPem = source->certificate(issued->record)->toPem();
            QVERIFY(writeFile(path(QStringLiteral("leaf.pem")), certPem));
            QVERIFY(writeFile(path(QStringLiteral("leaf.key")), *keyPem));
            QVERIFY(writeFile(path(QStringLiteral("key-first.pem")), *keyPem + certPem));
            QVERIFY(writeFile(path(QStringLiteral("cert-first.pem")), certPem + *keyPem));
        }
        auto ws = newWorkspace();
        QVERIFY(ws);
        QStringList attached;
        for (const QStringList& files : {firstImport, secondImport}) {
            if (files.isEmpty()) {
                continue;
            }
            QStringList paths;
            for (const QString& file : files) {
                paths << path(file);
            }
            auto report = ws->importFiles(paths, {});
            SIGNET_VERIFY_OK(report);
            QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(QLatin1Char('\n'))));
            attached << report->keysAttached;
        }
        QCOMPARE(attached, QStringList{QStringLiteral("keyed.example.test")});
        auto leaf = ws->find(CertificateRef::typed(QStringLiteral("keyed.example.test")));
        SIGNET_VERIFY_OK(leaf);
        QVERIFY(leaf->keyId.has_value());
    }

    void scannerBoundsEveryObject()
    {
        const QByteArray block = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        const auto scan = [](const QByteArray& text, qint64 limit) {
            // Five bytes at a time: markers and blocks cut at every place.
            qsizetype at = 0;
            PemScanner scanner(
                [&text, &at](QByteArray& buffer, qint64) -> Result<qint64> {
                    const QByteArray piece = text.mid(at, 5);
                    at += piece.size();
                    buffer += piece;
                    return qint64(piece.size());
                },
                limit);
            QList<QByteArray> found;
            for (;;) {
                auto next = scanner.next();
                if (!next) {
                    return Result<QList<QByteArray>>(next.error());
                }
                if (!*next) {
                    return Result<QList<QByteArray>>(found);
                }
                found << (*next)->type + ':' + (*next)->text;
            }
        };
        const QByteArray crl = QByteArray(block).replace("CERTIFICATE", "X509 CRL");
        auto two = scan("notes\n" + block + "-----BEGIN junk\n" + crl + "tail", 4096);
        SIGNET_VERIFY_OK(two);
        QCOMPARE(two->size(), 2);
        QVERIFY(two->at(0).startsWith("CERTIFICATE:-----BEGIN CERTIFICATE-----\nAAAA\n"));
        QVERIFY(two->at(1).startsWith("X509 CRL:-----BEGIN X509 CRL-----"));

        const QByteArray big = "-----BEGIN CERTIFICATE-----\n" + QByteArray(5000, 'A') + "\n-----END CERTIFICATE-----\n";
        auto tooBig = scan(big, 4096);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().message.contains(QStringLiteral("larger than 4 KiB")), qPrintable(tooBig.error().message));
        auto junk = scan(QByteArray(5000, 'x') + block, 4096);
        QVERIFY(!junk);
        QVERIFY2(junk.error().message.contains(QStringLiteral("text without a PEM block")), qPrintable(junk.error().message));
        auto cut = scan("-----BEGIN CERTIFICATE-----\nAAAA\n", 4096);
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(QStringLiteral("without its END line")), qPrintable(cut.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_StreamingImport)
#include "tst_StreamingImport.moc"
