// The façade end to end: a real workspace file in a temporary folder, every use case, and the
// promises around it (encryption at rest, transactions, audit chain, file modes).

#include "Workspace.h"
#include "TypedValues.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "pki/ChainVerifier.h"
#include "store/Database.h"
#include "TestEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

QDateTime t0()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}
} // namespace

class tst_Workspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = t0();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Where the workspace `name` lives: that file, or its database on the test server.
    QString location(const QString& name) const { return test::workspaceAt(path(name)); }
    Clock clock()
    {
        return [this] { return m_now; };
    }
    std::unique_ptr<Workspace> make(const QString& name)
    {
        auto ws = Workspace::create(location(name), kPassword, clock(), kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

private slots:
    // Pages follow each other by key: CAs first, then by name regardless of case, each certificate
    // once, across the CA/leaf boundary and whatever the page size.
    void listPagesByKey()
    {
        auto ws = make(QStringLiteral("pages.signet"));
        QVERIFY(ws);
        QVERIFY(ws->createCa({QStringLiteral("b-root"), test::dn(QStringLiteral("CN=B Root")),
                              test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        QVERIFY(ws->createCa({QStringLiteral("A-issuing"), test::dn(QStringLiteral("CN=A Issuing")),
                              test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(QStringLiteral("b-root")),
                              -1, {}, {}}));
        for (const char* host : {"Zeta", "alpha", "Beta", "gamma", "Delta", "epsilon", "ALPHA2", "eta", "Theta"}) {
            LeafOptions leaf;
            leaf.ca = CertificateRef::typed(QStringLiteral("A-issuing"));
            leaf.dnsNames = {QString::fromLatin1(host).toLower() + QStringLiteral(".example.test")};
            leaf.name = QString::fromLatin1(host);
            QVERIFY(ws->issue(leaf));
        }
        CertificateRepository::Filter all;
        all.now = m_now;
        auto whole = ws->list(all);
        QVERIFY(whole);
        QStringList expected;
        for (const CertificateRecord& r : *whole) {
            expected << r.name;
        }
        QCOMPARE(expected.mid(0, 3), (QStringList{QStringLiteral("A-issuing"), QStringLiteral("b-root"),
                                                  QStringLiteral("alpha")}));
        for (int size : {1, 2, 3, 4, 11, 12}) {
            CertificateRepository::Filter page = all;
            page.limit = size;
            QStringList paged;
            for (int guard = 0; guard < 20; ++guard) {
                auto rows = ws->list(page);
                QVERIFY(rows);
                for (const CertificateRecord& r : *rows) {
                    paged << r.name;
                }
                if (rows->size() < std::size_t(size)) {
                    break;
                }
                page.after = CertificateRepository::PageKey::of(rows->back());
            }
            QCOMPARE(paged, expected);
        }
    }

    void createOpenAndWrongPassword()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("a.signet"));
        QVERIFY(ws);
        if (!test::onServer()) {
            struct stat st = {};
            QCOMPARE(::stat(QFile::encodeName(path(QStringLiteral("a.signet"))).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
        ws.reset();

        auto wrong = Workspace::open(location(QStringLiteral("a.signet")), "nope", clock());
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("wrong password")));
        auto again = Workspace::create(location(QStringLiteral("a.signet")), kPassword, clock(), kFastKdf);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
        auto right = Workspace::open(location(QStringLiteral("a.signet")), kPassword, clock());
        QVERIFY2(right, right ? "" : qPrintable(right.error().toString()));
    }

    void notAWorkspace()
    {
        if (test::onServer()) {
            // A database holding another program's tables, an empty one, and one that is not there.
            const QString junk = location(QStringLiteral("junk.signet"));
            QVERIFY(test::serverAdmin(QStringLiteral("CREATE TABLE accounts (id integer)"), junk.section(QLatin1Char('/'), -1)));
            auto ws = Workspace::open(junk, kPassword, clock());
            QVERIFY(!ws);
            QVERIFY2(ws.error().message.contains(QStringLiteral("not a Signet workspace")), qPrintable(ws.error().toString()));
            auto created = Workspace::create(junk, kPassword, clock(), kFastKdf);
            QVERIFY(!created);
            QVERIFY(created.error().message.contains(QStringLiteral("not a Signet workspace")));
            auto empty = Workspace::open(location(QStringLiteral("empty.signet")), kPassword, clock());
            QVERIFY(!empty);
            QVERIFY2(empty.error().message.contains(QStringLiteral("holds no Signet workspace")), qPrintable(empty.error().toString()));
            auto missing = Workspace::open(test::serverAdminAddress() + QStringLiteral("/no_such_database"), kPassword, clock());
            QVERIFY(!missing);
            QVERIFY2(missing.error().toString().contains(QStringLiteral("does not exist")), qPrintable(missing.error().toString()));
            return;
        }
        QFile junk(path(QStringLiteral("junk.signet")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto ws = Workspace::open(path(QStringLiteral("junk.signet")), kPassword, clock());
        QVERIFY(!ws);
        QVERIFY(ws.error().message.contains(QStringLiteral("not a Signet workspace")));
        auto missing = Workspace::open(path(QStringLiteral("missing.signet")), kPassword, clock());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
    }

    void fullLifecycle()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("life.signet"));
        QVERIFY(ws);
        CaOptions rootOptions{QStringLiteral("Root"), test::dn(QStringLiteral("/C=ES/O=Jano/CN=Jano Root")),
                              test::keySpec(QStringLiteral("ec:p256")), 3650, {}, 1, {QStringLiteral("example.com")},
                              QStringLiteral("http://pki.example.com/root.crl")};
        rootOptions.permittedIps = {QStringLiteral("127.0.0.0/8")}; // without it, no IP address at all
        auto root = ws->createCa(rootOptions);
        QVERIFY2(root, root ? "" : qPrintable(root.error().toString()));
        QCOMPARE(root->record.profile, Profile::RootCa);
        QVERIFY(!root->record.issuerId);

        auto inter = ws->createCa({QStringLiteral("Inter"), test::dn(QStringLiteral("CN=Jano Issuing,O=Jano,C=ES")),
                                   test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(QStringLiteral("Root")), 0, {}, {}});
        QVERIFY2(inter, inter ? "" : qPrintable(inter.error().toString()));
        QCOMPARE(*inter->record.issuerId, root->record.id);

        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Inter"));
        server.dnsNames = {QStringLiteral("www.example.com"), QStringLiteral("api.example.com")};
        server.ipAddresses = {QStringLiteral("127.0.0.1")};
        auto leaf = ws->issue(server);
        QVERIFY2(leaf, leaf ? "" : qPrintable(leaf.error().toString()));
        QCOMPARE(leaf->record.name, QStringLiteral("www.example.com"));
        QCOMPARE(leaf->record.notAfter.daysTo(t0()), -397);
        auto cert = ws->certificate(leaf->record);
        QVERIFY(cert);
        QCOMPARE(cert->crlDistributionPoints(), QStringList()); // Inter publishes nowhere
        auto interCert = ws->certificate(inter->record);
        QCOMPARE(interCert->crlDistributionPoints(), QStringList{QStringLiteral("http://pki.example.com/root.crl")});

        // Same CN again: a free name is chosen, since no name was asked for.
        auto second = ws->issue(server);
        QVERIFY(second);
        QCOMPARE(second->record.name, QStringLiteral("www.example.com (2)"));

        // Name constraints of the root are enforced before anything is stored.
        LeafOptions outside = server;
        outside.dnsNames = {QStringLiteral("evil.org")};
        outside.ipAddresses.clear();
        auto refused = ws->issue(outside);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("DNS:evil.org lies outside the name constraints of "
                                                                "CA 'Root', which permit only DNS:example.com")),
                 qPrintable(refused.error().toString()));

        // A CRL address must be a URL servers and clients can fetch.
        auto badUrl = ws->createCa({QStringLiteral("Bad"), test::dn(QStringLiteral("CN=Bad")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1,
                                    {}, QStringLiteral("not a url")});
        QVERIFY(!badUrl);
        QVERIFY(badUrl.error().message.contains(QStringLiteral("not a CRL address")));

        // Path length 0 on the intermediate: no CA below it.
        auto tooDeep = ws->createCa({QStringLiteral("Deep"), test::dn(QStringLiteral("CN=Deep")), test::keySpec(QStringLiteral("ec:p256")), 365,
                                     CertificateRef::typed(QStringLiteral("Inter")), -1, {}, {}});
        QVERIFY(!tooDeep);

        // Revocation and the CRL.
        auto revoked = ws->revoke(CertificateRef::typed(QStringLiteral("www.example.com")), RevocationReason::KeyCompromise);
        QVERIFY(revoked);
        QVERIFY(!ws->revoke(CertificateRef::typed(QStringLiteral("www.example.com")), RevocationReason::KeyCompromise));
        QVERIFY(!ws->revoke(CertificateRef::typed(QStringLiteral("Root")), RevocationReason::KeyCompromise));
        m_now = t0().addSecs(60);
        auto crl = ws->publishCrl(CertificateRef::typed(QStringLiteral("Inter")), 7);
        QVERIFY2(crl, crl ? "" : qPrintable(crl.error().toString()));
        QCOMPARE(crl->crl.number, 1);
        auto parsed = Crl::fromData(crl->crl.der);
        QVERIFY(parsed);
        QCOMPARE(parsed->revoked().size(), std::size_t(1));
        QCOMPARE(parsed->revoked().front().serialHex, leaf->record.serial);
        QCOMPARE(parsed->revoked().front().reason, 1);
        QVERIFY(parsed->isSignedBy(*interCert));
        auto crl2 = ws->publishCrl(CertificateRef::typed(QStringLiteral("Inter")), 7);
        QCOMPARE(crl2->crl.number, 2);

        // Status filters follow the clock.
        CertificateRepository::Filter f;
        f.now = m_now;
        f.status = CertificateStatus::Revoked;
        QCOMPARE(ws->count(f).value(), 1);
        f.status = CertificateStatus::Expired;
        f.now = t0().addDays(400);
        QCOMPARE(ws->count(f).value(), 1); // the second server certificate
        f.status = CertificateStatus::Expiring;
        f.now = t0().addDays(380);
        QCOMPARE(ws->count(f).value(), 1);
        f.status.reset();
        f.text = QStringLiteral("api.example");
        QCOMPARE(ws->count(f).value(), 2);

        QCOMPARE(ws->verifyAuditLog().value(), 8); // create, 2 CAs, 2 leaves, revoke, 2 CRLs
    }

    void keysAreEncryptedAtRest()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("keys.signet"));
        auto root = ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("rsa:2048")), 365, {}, -1, {}, {}});
        QVERIFY(root);
        ExportOptions opts;
        opts.format = ExportFormat::Key;
        auto key = ws->exportCertificate(CertificateRef::typed(QStringLiteral("R")), opts);
        QVERIFY(key);
        QVERIFY(key->secret);
        auto parsed = PrivateKey::fromData(key->data);
        QVERIFY(parsed);
        auto der = parsed->toPkcs8Der();
        QVERIFY(der);
        const QByteArray plain(reinterpret_cast<const char*>(der->data()), static_cast<qsizetype>(der->size()));
        ws.reset();
        QByteArray all;
        if (test::onServer()) {
            all = test::serverDump(location(QStringLiteral("keys.signet")));
            QVERIFY(all.contains("CREATE TABLE public.keys"));
            // bytea is dumped as hex
            QVERIFY(!all.contains(plain.toHex()));
            QVERIFY(!all.contains(plain.right(64).toHex()));
        } else {
            QFile file(path(QStringLiteral("keys.signet")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            all = file.readAll();
        }
        // Neither the whole key nor its private half shows up anywhere in the file.
        QVERIFY(!all.contains(plain));
        QVERIFY(!all.contains(plain.right(64)));
    }

    void auditTamperingIsDetected()
    {
        m_now = t0();
        const QString file = location(QStringLiteral("audit.signet"));
        {
            auto ws = make(QStringLiteral("audit.signet"));
            QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
            QCOMPARE(ws->verifyAuditLog().value(), 2);
        }
        {
            auto db = Database::open(file, false);
            QVERIFY(db);
            // The triggers refuse edits...
            QVERIFY(!(*db)->exec(QStringLiteral("UPDATE audit_log SET target = 'X' WHERE id = 2")));
            // ...and an edit made behind their back breaks the chain.
            QVERIFY((*db)->exec(test::onServer() ? QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
                                                 : QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE audit_log SET target = 'X' WHERE id = 2")));
        }
        auto ws = Workspace::open(file, kPassword, clock());
        QVERIFY(ws);
        auto verdict = (*ws)->verifyAuditLog();
        QVERIFY(!verdict);
        QVERIFY(verdict.error().message.contains(QStringLiteral("entry 2")));
    }

    void expiredAndRevokedIssuersCannotIssue()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("issuers.signet"));
        QVERIFY(ws->createCa({QStringLiteral("Short"), test::dn(QStringLiteral("CN=Short")), test::keySpec(QStringLiteral("ec:p256")), 1, {}, -1, {}, {}}));
        QVERIFY(ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        QVERIFY(ws->createCa({QStringLiteral("Sub"), test::dn(QStringLiteral("CN=Sub")), test::keySpec(QStringLiteral("ec:p256")), 365,
                              CertificateRef::typed(QStringLiteral("Root")), -1, {}, {}}));
        QVERIFY(ws->revoke(CertificateRef::typed(QStringLiteral("Sub")), RevocationReason::CaCompromise));
        m_now = t0().addDays(2);
        LeafOptions client;
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        client.days = 30;
        client.ca = CertificateRef::typed(QStringLiteral("Short"));
        auto expired = ws->issue(client);
        QVERIFY(!expired);
        QVERIFY(expired.error().message.contains(QStringLiteral("expired")));
        client.ca = CertificateRef::typed(QStringLiteral("Sub"));
        auto revoked = ws->issue(client);
        QVERIFY(!revoked);
        QVERIFY(revoked.error().message.contains(QStringLiteral("revoked")));
        client.ca = CertificateRef::typed(QStringLiteral("Root"));
        QVERIFY(ws->issue(client));
    }

    void siblingWorksOnAnotherThread()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("sibling.signet"));
        QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
        QString issuedName;
        QString error;
        std::thread worker([&] {
            auto sibling = ws->sibling();
            if (!sibling) {
                error = sibling.error().toString();
                return;
            }
            auto key = PrivateKey::generate(KeySpec::parse(QStringLiteral("rsa:2048")).value());
            LeafOptions client;
            client.profile = Profile::Client;
            client.ca = CertificateRef::typed(QStringLiteral("R"));
            client.subject = DistinguishedName::fromCommonName(QStringLiteral("worker"));
            client.key = test::keySpec(QStringLiteral("rsa:2048"));
            client.days = 30;
            auto issued = (*sibling)->issue(client, std::move(key).value());
            if (!issued) {
                error = issued.error().toString();
                return;
            }
            issuedName = issued->record.name;
        });
        worker.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto found = ws->find(CertificateRef::typed(QStringLiteral("worker")));
        QVERIFY(found);
        QCOMPARE(found->name, issuedName);
        auto cert = ws->certificate(*found);
        QCOMPARE(cert->publicKeyDescription(), QStringLiteral("RSA 2048"));
    }

    void longWorkCanBeCancelled()
    {
        // Key generation stops when the flag is set, even for RSA 4096.
        std::atomic<bool> cancel(false);
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            cancel = true;
        });
        auto key = PrivateKey::generate(KeySpec::parse(QStringLiteral("rsa:4096")).value(), &cancel);
        canceller.join();
        QVERIFY(!key);
        QVERIFY(key.error().message.contains(QStringLiteral("cancelled")));

        m_now = t0();
        auto ws = make(QStringLiteral("cancel.signet"));
        QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
        const qint64 audited = ws->verifyAuditLog().value();
        // A cancelled CRL is not stored; a cancelled import stores nothing.
        auto crl = ws->publishCrl(CertificateRef::typed(QStringLiteral("R")), 7, CrlEncoding::Pem, [] { return true; });
        QVERIFY(!crl);
        QVERIFY(!ws->crlOf(ws->find(CertificateRef::typed(QStringLiteral("R")))->id).value().has_value());
        ExportOptions pem;
        auto exported = ws->exportCertificate(CertificateRef::typed(QStringLiteral("R")), pem);
        QFile out(path(QStringLiteral("r.pem")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported->data);
        out.close();
        auto other = make(QStringLiteral("cancel-import.signet"));
        ImportOptions options;
        options.cancelled = [] { return true; };
        QVERIFY(!other->importFiles({path(QStringLiteral("r.pem"))}, options));
        CertificateRepository::Filter all;
        all.now = m_now;
        QCOMPARE(other->count(all).value(), 0);
        QCOMPARE(ws->verifyAuditLog().value(), audited);
    }

    // The façade hands back the bytes to write: one CRL as PEM or DER, or the bundle of the CA's
    // client scope (its own CRL and those of the CAs above and below it).
    void publishedCrlEncodings()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("encodings.signet"));
        QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
        QVERIFY(ws->createCa({QStringLiteral("I"), test::dn(QStringLiteral("CN=I")), test::keySpec(QStringLiteral("ec:p256")), 300,
                              CertificateRef::typed(QStringLiteral("R")), -1, {}, {}}));
        const auto inter = CertificateRef::typed(QStringLiteral("I"));
        auto der = ws->publishCrl(inter, 7, CrlEncoding::Der);
        QVERIFY2(der, der ? "" : qPrintable(der.error().toString()));
        QCOMPARE(der->encoded, der->crl.der);
        auto pem = ws->publishCrl(inter, 7, CrlEncoding::Pem);
        QVERIFY(pem);
        QCOMPARE(pem->crl.number, der->crl.number + 1);
        QVERIFY(pem->encoded.startsWith("-----BEGIN X509 CRL-----"));
        QCOMPARE(pem->encoded.count("-----BEGIN X509 CRL-----"), 1);
        QCOMPARE(Crl::fromData(pem->encoded)->toDer(), pem->crl.der);
        auto bundle = ws->publishCrl(inter, 7, CrlEncoding::ScopeBundle);
        QVERIFY(bundle);
        // I's new CRL and a first one for R, which had none: two CRLs, the new one among them.
        QCOMPARE(bundle->encoded.count("-----BEGIN X509 CRL-----"), 2);
        QVERIFY(bundle->encoded.contains(Crl::fromData(bundle->crl.der)->toPem()));
    }

    void serverConfigPreviewWritesNothing()
    {
        m_now = t0();
        auto ws = make(QStringLiteral("preview.signet"));
        QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("R"));
        server.dnsNames = {QStringLiteral("web.example")};
        QVERIFY(ws->issue(server));
        ServerConfigOptions options;
        options.serverCert = CertificateRef::typed(QStringLiteral("web.example"));
        options.clientCa = CertificateRef::typed(QStringLiteral("R"));
        options.outDir = path(QStringLiteral("preview-out"));
        auto preview = ws->previewServerConfig(options);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().toString()));
        QVERIFY(preview->snippet.contains(QStringLiteral("ssl_verify_client      on;")));
        QVERIFY(preview->files.contains(path(QStringLiteral("preview-out/server.key"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("preview-out"))));
        const qint64 caId = ws->find(CertificateRef::typed(QStringLiteral("R")))->id;
        QVERIFY(!ws->crlOf(caId).value().has_value()); // the preview published nothing
        QVERIFY(preview->snippet.contains(QStringLiteral("published when the files are saved")));
        auto written = ws->writeServerConfig(options);
        QVERIFY(written);
        QVERIFY(ws->crlOf(caId).value().has_value());
        QCOMPARE(ws->previewServerConfig(options)->snippet, written->snippet);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("preview-out/server.key"))));

        CertificateRepository::Filter cas;
        cas.casOnly = true;
        cas.now = m_now;
        QCOMPARE(ws->count(cas).value(), 1);
    }

    void changePassword()
    {
        m_now = t0();
        {
            auto ws = make(QStringLiteral("pw.signet"));
            QVERIFY(ws->createCa({QStringLiteral("R"), test::dn(QStringLiteral("CN=R")), test::keySpec(QStringLiteral("ec:p256")), 365, {}, -1, {}, {}}));
            QVERIFY(!ws->checkPassword("not the password"));
            QVERIFY(ws->checkPassword(kPassword));
            QVERIFY(ws->changePassword("new password"));
            QVERIFY(!ws->checkPassword(kPassword));
            QVERIFY(ws->checkPassword("new password"));
        }
        QVERIFY(!Workspace::open(location(QStringLiteral("pw.signet")), kPassword, clock()));
        auto ws = Workspace::open(location(QStringLiteral("pw.signet")), "new password", clock());
        QVERIFY(ws);
        ExportOptions opts;
        opts.format = ExportFormat::Key;
        QVERIFY((*ws)->exportCertificate(CertificateRef::typed(QStringLiteral("R")), opts)); // keys still open
    }
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_Workspace.moc"
