// Certificate signing requests made in the workspace for an outside CA, and the offline root that
// signs an intermediate's request: the request carries the subject and names asked for and a valid
// signature, its key stays sealed in the vault, the signed certificate imported later gets that key
// and the request's name, an altered request row is refused, and bad input stores nothing.
// `openssl req -verify` and `openssl verify` judge independently.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "crypto/CertificateRequest.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("requests test password");

qint64 countRows(const QString& path, const QString& table)
{
    auto db = Database::open(test::workspaceAt(path), false);
    if (!db) {
        return -1;
    }
    auto q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

bool execSql(const QString& path, const QString& sql)
{
    auto db = Database::open(test::workspaceAt(path), false);
    return db && (*db)->exec(sql);
}

CertificateRef ref(const char* name)
{
    return CertificateRef::typed(QString::fromLatin1(name));
}
} // namespace

class tst_Requests : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = fixedNow();

    std::unique_ptr<Workspace> make(const QString& name)
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(name)), kPassword, [this] { return m_now; }, kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

    // The offline root: a workspace with one root CA of path length `pathLength`.
    std::unique_ptr<Workspace> offlineRoot(const QString& file, int pathLength)
    {
        auto ws = make(file);
        CaOptions root{QStringLiteral("Root"), test::dn(QStringLiteral("CN=Offline Root,O=Requests")), test::keySpec(QStringLiteral("ec:p256")),
                       3650, {}, pathLength, {}, {}};
        if (!ws || !ws->createCa(root)) {
            return nullptr;
        }
        return ws;
    }

    // The certificate `name` of `ws`, written as PEM to a file of its own.
    QString exportPem(Workspace& ws, const char* name)
    {
        auto record = ws.find(ref(name));
        auto cert = record ? ws.certificate(*record) : Result<Certificate>(record.error());
        const QString path = m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".pem"));
        return cert && writeFile(path, cert->toPem()) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    }

    void requestCarriesWhatWasAsked_data()
    {
        QTest::addColumn<QString>("keySpec");
        QTest::addColumn<QString>("description");
        QTest::newRow("ec:p256") << QStringLiteral("ec:p256") << QStringLiteral("ECDSA P-256");
        QTest::newRow("ec:p384") << QStringLiteral("ec:p384") << QStringLiteral("ECDSA P-384");
        QTest::newRow("rsa:2048") << QStringLiteral("rsa:2048") << QStringLiteral("RSA 2048");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << QStringLiteral("Ed25519");
    }

    void requestCarriesWhatWasAsked()
    {
        QFETCH(QString, keySpec);
        QFETCH(QString, description);
        auto ws = make(QStringLiteral("content-%1.signet").arg(QString(keySpec).replace(QLatin1Char(':'), QLatin1Char('-'))));
        QVERIFY(ws);
        RequestOptions options;
        options.subject = test::dn(QStringLiteral("CN=www.example.com,O=Example,C=ES"));
        options.dnsNames = {QStringLiteral("www.example.com"), QStringLiteral("API.Example.com")};
        options.ipAddresses = {QStringLiteral("192.0.2.7")};
        options.emails = {QStringLiteral("ops@example.com")};
        options.key = test::keySpec(keySpec);
        auto created = ws->createRequest(options);
        SIGNET_VERIFY_OK(created);
        QCOMPARE(created->record.name, QStringLiteral("www.example.com"));
        QVERIFY(created->record.pending());
        QVERIFY(!created->record.isCa);

        auto csr = CertificateRequest::fromData(created->pem);
        SIGNET_VERIFY_OK(csr);
        SIGNET_VERIFY_OK(csr->verifySignature());
        QCOMPARE(csr->subject(), QStringLiteral("CN=www.example.com,O=Example,C=ES"));
        QCOMPARE(csr->subjectAltNames(),
                 QStringList({QStringLiteral("DNS:www.example.com"), QStringLiteral("DNS:api.example.com"),
                              QStringLiteral("IP:192.0.2.7"), QStringLiteral("email:ops@example.com")}));
        QCOMPARE(csr->publicKeyDescription(), description);
        QVERIFY(!created->pem.contains("PRIVATE KEY"));

        const QString path = m_dir.filePath(QStringLiteral("content.csr"));
        QVERIFY(writeFile(path, created->pem));
        const auto judged = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                                        QStringLiteral("-verify")});
        QVERIFY2(judged.ok(), judged.describe().constData());

        auto again = ws->request(QStringLiteral("WWW.example.com"));
        SIGNET_VERIFY_OK(again);
        QCOMPARE(again->pem, created->pem);
    }

    void keyNeverLeavesTheVaultUnencrypted()
    {
        const QString file = m_dir.filePath(QStringLiteral("sealed.signet"));
        auto ws = make(QStringLiteral("sealed.signet"));
        QVERIFY(ws);
        auto key = generateKey(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(key);
        auto pkcs8 = key->toPkcs8Der();
        SIGNET_VERIFY_OK(pkcs8);
        const QByteArray plain(reinterpret_cast<const char*>(pkcs8->data()), static_cast<qsizetype>(pkcs8->size()));
        BIGNUM* rawScalar = nullptr;
        QCOMPARE(EVP_PKEY_get_bn_param(key->get(), "priv", &rawScalar), 1);
        BignumPtr scalar(rawScalar);
        QByteArray secret(32, '\0');
        QCOMPARE(BN_bn2binpad(scalar.get(), reinterpret_cast<unsigned char*>(secret.data()), 32), 32);

        RequestOptions options;
        options.subject = test::dn(QStringLiteral("CN=sealed.example"));
        options.dnsNames = {QStringLiteral("sealed.example")};
        auto created = ws->createRequest(options, std::move(key).value());
        SIGNET_VERIFY_OK(created);
        QVERIFY(!created->pem.contains(secret));
        ws.reset();

        const QByteArray stored = test::storedBytes(file);
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(plain));
        QVERIFY(!stored.contains(secret));
        QCOMPARE(countRows(file, QStringLiteral("keys")), 1);
        QCOMPARE(countRows(file, QStringLiteral("requests")), 1);
    }

    void importAttachesKeyAndTakesName()
    {
        auto root = offlineRoot(QStringLiteral("leaf-root.signet"), -1);
        auto online = make(QStringLiteral("leaf-online.signet"));
        QVERIFY(root && online);
        RequestOptions options;
        options.name = QStringLiteral("shop");
        options.subject = test::dn(QStringLiteral("CN=shop.example.com"));
        options.dnsNames = {QStringLiteral("shop.example.com")};
        auto created = online->createRequest(options);
        SIGNET_VERIFY_OK(created);

        CsrOptions sign;
        sign.ca = ref("Root");
        sign.csr = created->pem;
        sign.profile = Profile::Server;
        auto signedCert = root->signCsr(sign);
        SIGNET_VERIFY_OK(signedCert);
        QVERIFY(!signedCert->record.keyId); // the key is the requester's
        const QString certFile = exportPem(*root, "shop.example.com");
        QVERIFY(!certFile.isEmpty());

        auto report = online->importFiles({certFile}, {});
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->certificateNames(), QStringList({QStringLiteral("shop")}));
        QCOMPARE(report->keysAttached, QStringList({QStringLiteral("shop")}));
        auto shop = online->find(ref("shop"));
        SIGNET_VERIFY_OK(shop);
        QCOMPARE(shop->keyId, std::optional<qint64>(created->record.keyId));
        QCOMPARE(shop->profile, Profile::Server);
        auto pending = online->pendingRequests();
        SIGNET_VERIFY_OK(pending);
        QVERIFY(pending->isEmpty());
        auto done = online->request(QStringLiteral("shop"));
        SIGNET_VERIFY_OK(done);
        QCOMPARE(done->record.certificateId, std::optional<qint64>(shop->id));
        // The key in the vault belongs to the certificate: a private-key export works.
        ExportOptions key;
        key.format = ExportFormat::Key;
        SIGNET_VERIFY_OK(online->exportCertificate(ref("shop"), key));
        auto integrity = online->verify();
        SIGNET_VERIFY_OK(integrity);
        QVERIFY2(integrity->intact(), qPrintable(integrity->problems.join(QLatin1Char('\n'))));
    }

    void offlineRootSignsIntermediate()
    {
        auto root = offlineRoot(QStringLiteral("ca-root.signet"), 1);
        auto online = make(QStringLiteral("ca-online.signet"));
        QVERIFY(root && online);
        RequestOptions options;
        options.name = QStringLiteral("Issuing");
        options.subject = test::dn(QStringLiteral("CN=Issuing CA,O=Requests"));
        options.ca = true;
        auto created = online->createRequest(options);
        SIGNET_VERIFY_OK(created);
        QVERIFY(created->record.isCa);
        QCOMPARE(CertificateRequest::fromData(created->pem)->publicKeyDescription(), QStringLiteral("ECDSA P-384"));
        // Pending: not a CA that can issue yet.
        LeafOptions leaf;
        leaf.ca = ref("Issuing");
        leaf.dnsNames = {QStringLiteral("web.example.com")};
        QVERIFY(!online->issue(leaf));

        CsrOptions sign;
        sign.ca = ref("Root");
        sign.csr = created->pem;
        sign.profile = Profile::IntermediateCa;
        sign.name = QStringLiteral("Issuing");
        sign.pathLength = 1; // the root's path length 1 leaves 0 below it
        auto tooDeep = root->signCsr(sign);
        QVERIFY(!tooDeep);
        QVERIFY2(tooDeep.error().message.contains(QStringLiteral("at most path length 0")), qPrintable(tooDeep.error().message));
        sign.pathLength = -1;
        sign.permittedDns = {QStringLiteral("example.com")};
        auto issuing = root->signCsr(sign);
        SIGNET_VERIFY_OK(issuing);
        QVERIFY(issuing->record.isCa);
        QVERIFY(!issuing->record.keyId);
        QCOMPARE(issuing->record.profile, Profile::IntermediateCa);
        auto issuingCert = root->certificate(issuing->record);
        SIGNET_VERIFY_OK(issuingCert);
        QCOMPARE(issuingCert->pathLength(), 0);
        // Without its key the root's workspace cannot issue from it.
        QVERIFY(!root->issue(leaf));

        const QString issuingFile = exportPem(*root, "Issuing");
        const QString rootFile = exportPem(*root, "Root");
        auto report = online->importFiles({issuingFile, rootFile}, {});
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->keysAttached, QStringList({QStringLiteral("Issuing")}));
        auto web = online->issue(leaf);
        SIGNET_VERIFY_OK(web);
        auto chain = online->chain(web->record);
        SIGNET_VERIFY_OK(chain);
        QCOMPARE(chain->size(), std::size_t(3)); // web -> Issuing -> Root, the issuer link resolved
        leaf.dnsNames = {QStringLiteral("web.example.org")};
        QVERIFY(!online->issue(leaf)); // the root's name constraint holds

        const QString webFile = m_dir.filePath(QStringLiteral("web.pem"));
        QVERIFY(writeFile(webFile, online->certificate(web->record)->toPem()));
        const auto judged = runOpenssl({QStringLiteral("verify"), QStringLiteral("-attime"),
                                        QString::number(m_now.toSecsSinceEpoch()), QStringLiteral("-CAfile"), rootFile,
                                        QStringLiteral("-untrusted"), issuingFile, webFile});
        QVERIFY2(judged.ok(), judged.describe().constData());
    }

    void caProfileRules()
    {
        auto root = offlineRoot(QStringLiteral("rules-root.signet"), 0);
        QVERIFY(root);
        RequestOptions options;
        options.subject = test::dn(QStringLiteral("CN=Too Deep CA"));
        options.ca = true;
        auto created = root->createRequest(options);
        SIGNET_VERIFY_OK(created);
        CsrOptions sign;
        sign.ca = ref("Root");
        sign.csr = created->pem;
        sign.profile = Profile::IntermediateCa;
        auto refused = root->signCsr(sign);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("path length 0")), qPrintable(refused.error().message));
        sign.profile = Profile::Server;
        sign.pathLength = 0;
        QVERIFY(!root->signCsr(sign)); // a path length is for CA certificates only
        sign.pathLength = -1;
        sign.profile = Profile::RootCa;
        QVERIFY(!root->signCsr(sign));
        // A CA's request names no hosts.
        options.name = QStringLiteral("Named CA");
        options.dnsNames = {QStringLiteral("ca.example.com")};
        QVERIFY(!root->createRequest(options));
    }

    void tamperedRequestIsRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("subject") << QStringLiteral("UPDATE requests SET subject = 'CN=evil.example'");
        QTest::newRow("name") << QStringLiteral("UPDATE requests SET name = 'payroll'");
        QTest::newRow("key") << QStringLiteral("UPDATE requests SET key_id = key_id + 1");
        QTest::newRow("mac removed") << QStringLiteral("UPDATE requests SET mac = NULL");
    }

    void tamperedRequestIsRefused()
    {
        QFETCH(QString, edit);
        const QString name = QStringLiteral("tampered-%1.signet").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString file = m_dir.filePath(name);
        auto root = offlineRoot(QStringLiteral("t-root-") + name, -1);
        auto ws = make(name);
        QVERIFY(root && ws);
        RequestOptions options;
        options.name = QStringLiteral("app");
        options.subject = test::dn(QStringLiteral("CN=app.example.com"));
        options.dnsNames = {QStringLiteral("app.example.com")};
        auto created = ws->createRequest(options);
        SIGNET_VERIFY_OK(created);
        QVERIFY(ws->createRequest({QStringLiteral("spare"), test::dn(QStringLiteral("CN=spare.example.com")), {}, {}, {}, {}, false}));
        CsrOptions sign;
        sign.ca = ref("Root");
        sign.csr = created->pem;
        SIGNET_VERIFY_OK(root->signCsr(sign));
        const QString certFile = exportPem(*root, "app.example.com");
        ws.reset();
        QVERIFY(execSql(file, edit + QStringLiteral(" WHERE id = 1")));

        auto reopened = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        SIGNET_VERIFY_OK(reopened);
        auto pending = (*reopened)->pendingRequests();
        QVERIFY(!pending);
        QVERIFY2(pending.error().message.contains(QStringLiteral("changed outside Signet")), qPrintable(pending.error().message));
        auto report = (*reopened)->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY(!report->intact());
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("certificate request")),
                 qPrintable(report->problems.join(QLatin1Char('\n'))));
        // The altered row decides nothing: the import stops instead of handing the key on.
        if (QString::fromLatin1(QTest::currentDataTag()) != QLatin1String("key")) {
            auto imported = (*reopened)->importFiles({certFile}, {});
            QVERIFY(!imported);
            QVERIFY2(imported.error().message.contains(QStringLiteral("changed outside Signet")),
                     qPrintable(imported.error().message));
        }
    }

    // What people type is read at the edge (DistinguishedName::parse, KeySpec::parse: the command
    // line tests "no equals sign" and "dsa:1024"); what the request is made of is checked here.
    void badInputStoresNothing_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("dns");
        QTest::newRow("empty subject") << QString() << QStringList();
        QTest::newRow("line break") << QStringLiteral("CN=a\nb") << QStringList();
        QTest::newRow("bad DNS name") << QStringLiteral("CN=x") << QStringList({QStringLiteral("bad..name")});
        QTest::newRow("CA naming hosts") << QStringLiteral("CN=x") << QStringList({QStringLiteral("x.example")});
    }

    void badInputStoresNothing()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, dns);
        const QString name = QStringLiteral("bad-%1.signet").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString file = m_dir.filePath(name);
        auto ws = make(name);
        QVERIFY(ws);
        auto auditBefore = ws->recentAudit(100);
        SIGNET_VERIFY_OK(auditBefore);
        RequestOptions options;
        options.subject = subject.isEmpty() ? DistinguishedName() : test::dn(subject);
        options.dnsNames = dns;
        options.ca = QByteArray(QTest::currentDataTag()).startsWith("CA");
        QVERIFY(!ws->createRequest(options));
        auto auditAfter = ws->recentAudit(100);
        SIGNET_VERIFY_OK(auditAfter);
        QCOMPARE(auditAfter->size(), auditBefore->size());
        ws.reset();
        QCOMPARE(countRows(file, QStringLiteral("keys")), 0);
        QCOMPARE(countRows(file, QStringLiteral("requests")), 0);
    }

    void namesAreShared()
    {
        auto ws = offlineRoot(QStringLiteral("names.signet"), -1);
        QVERIFY(ws);
        RequestOptions options;
        options.name = QStringLiteral("Root");
        options.subject = test::dn(QStringLiteral("CN=other"));
        QVERIFY(!ws->createRequest(options)); // a certificate's name
        options.name = QStringLiteral("gateway");
        SIGNET_VERIFY_OK(ws->createRequest(options));
        QVERIFY(!ws->createRequest(options)); // another request's name
        LeafOptions leaf;
        leaf.ca = ref("Root");
        leaf.dnsNames = {QStringLiteral("gateway.example.com")};
        leaf.name = QStringLiteral("GATEWAY");
        QVERIFY(!ws->issue(leaf)); // a pending request keeps its name for its certificate
    }
};

QTEST_GUILESS_MAIN(tst_Requests)
#include "tst_Requests.moc"
