// The handshake self-test: real TLS 1.3 and TLS 1.2 handshakes in memory between workspace
// certificates, accepted when they should be and refused (by the right side, for the right reason)
// when a client comes from another CA, is revoked or expired, when a CRL has expired, when the host
// name does not match, and when a certificate is used for the wrong purpose.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "pki/HandshakeCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

namespace {
const QString kServerName = QStringLiteral("www.example.test");
}

class tst_HandshakeCheck : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QDateTime m_now; // what the workspace's clock says; tests move it

    Result<CertificateRecord> createCa(const QString& name, const QString& issuer, const QString& keySpec)
    {
        CaOptions options;
        options.name = name;
        options.subject = test::dn(QStringLiteral("CN=%1,O=Handshake Tests").arg(name));
        options.key = test::keySpec(keySpec);
        options.issuer = CertificateRef::typed(issuer);
        // The linter refuses Ed25519 CAs (browsers and NSS fail with them); OpenSSL peers, which this
        // test drives, accept them.
        options.force = keySpec == QLatin1String("ed25519");
        auto created = m_ws->createCa(options);
        if (!created) {
            return created.error();
        }
        return created->record;
    }

    Result<CertificateRecord> issue(Profile profile, const QString& name, const QString& ca, const QString& keySpec,
                                    int days = 0)
    {
        LeafOptions options;
        options.ca = CertificateRef::typed(ca);
        options.profile = profile;
        options.name = name;
        options.key = test::keySpec(keySpec);
        options.days = days;
        options.force = keySpec == QLatin1String("ed25519"); // as for the CAs above
        if (profile == Profile::Server) {
            options.dnsNames = {name == QLatin1String("web") ? kServerName : name + QStringLiteral(".example.test")};
        } else {
            options.subject = DistinguishedName::fromCommonName(name);
        }
        auto issued = m_ws->issue(options);
        if (!issued) {
            return issued.error();
        }
        return issued->record;
    }

    // Root -> Clients (intermediate) -> the server "web" (www.example.test) and the clients alice and bob.
    Status makePki(const QString& caSpec = QStringLiteral("ec:p256"), const QString& serverSpec = QStringLiteral("ec:p256"),
                   const QString& clientSpec = QStringLiteral("ec:p256"), int clientDays = 0)
    {
        for (const auto& step : {createCa(QStringLiteral("Root"), {}, caSpec),
                                 createCa(QStringLiteral("Clients"), QStringLiteral("Root"), caSpec),
                                 issue(Profile::Server, QStringLiteral("web"), QStringLiteral("Clients"), serverSpec),
                                 issue(Profile::Client, QStringLiteral("alice"), QStringLiteral("Clients"), clientSpec,
                                       clientDays),
                                 issue(Profile::Client, QStringLiteral("bob"), QStringLiteral("Clients"), clientSpec)}) {
            if (!step) {
                return step.error();
            }
        }
        return {};
    }

    Status publishCrls(int days = 30)
    {
        for (const QString& ca : {QStringLiteral("Clients"), QStringLiteral("Root")}) {
            if (auto crl = m_ws->publishCrl(CertificateRef::typed(ca), days); !crl) {
                return crl.error();
            }
        }
        return {};
    }

    static void verifyRefused(const HandshakeReport& report, HandshakeSide side, const QString& reason)
    {
        QCOMPARE(report.outcomes.size(), std::size_t(2));
        QVERIFY(!report.allOk());
        for (const HandshakeOutcome& outcome : report.outcomes) {
            QVERIFY2(!outcome.ok, qPrintable(outcome.protocol));
            QCOMPARE(outcome.refusedBy, side);
            QVERIFY2(outcome.reason.contains(reason),
                     qPrintable(outcome.protocol + QStringLiteral(": ") + outcome.reason));
            QVERIFY2(!outcome.alert.isEmpty(), qPrintable(outcome.protocol));
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = QDateTime::currentDateTimeUtc();
        auto ws = Workspace::create(test::workspaceAt(m_dir->filePath(QStringLiteral("hs.signet"))), QByteArrayLiteral("handshake"),
                                    [this] { return m_now; }, KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void goodPair_data()
    {
        QTest::addColumn<QString>("caSpec");
        QTest::addColumn<QString>("serverSpec");
        QTest::addColumn<QString>("clientSpec");
        QTest::newRow("ecdsa") << QStringLiteral("ec:p384") << QStringLiteral("ec:p256") << QStringLiteral("ec:p256");
        QTest::newRow("rsa") << QStringLiteral("rsa:2048") << QStringLiteral("rsa:2048") << QStringLiteral("rsa:2048");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << QStringLiteral("ed25519") << QStringLiteral("ed25519");
        QTest::newRow("mixed") << QStringLiteral("ec:p384") << QStringLiteral("rsa:2048") << QStringLiteral("ed25519");
    }

    void goodPair()
    {
        QFETCH(QString, caSpec);
        QFETCH(QString, serverSpec);
        QFETCH(QString, clientSpec);
        SIGNET_VERIFY_OK(makePki(caSpec, serverSpec, clientSpec));
        for (bool withCrls : {false, true}) {
            if (withCrls) {
                SIGNET_VERIFY_OK(publishCrls());
            }
            auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")));
            SIGNET_VERIFY_OK(report);
            QCOMPARE(report->hostname, kServerName);
            QCOMPARE(report->clientCaName, QStringLiteral("Clients")); // the server certificate's issuer
            QCOMPARE(report->crlChecked, withCrls);
            QCOMPARE(report->crlCheckAll, withCrls);
            QCOMPARE(report->outcomes.size(), std::size_t(2));
            QCOMPARE(report->outcomes[0].protocol, QStringLiteral("TLS 1.3"));
            QCOMPARE(report->outcomes[1].protocol, QStringLiteral("TLS 1.2"));
            for (const HandshakeOutcome& outcome : report->outcomes) {
                QVERIFY2(outcome.ok, qPrintable(outcome.protocol + QStringLiteral(": ") + outcome.reason));
                QCOMPARE(outcome.refusedBy, HandshakeSide::None);
                QCOMPARE(outcome.serverVerify, QStringLiteral("ok"));
                QCOMPARE(outcome.clientVerify, QStringLiteral("ok"));
                QVERIFY(!outcome.cipher.isEmpty());
            }
            QVERIFY(report->allOk());
        }
    }

    void clientFromAnotherCa()
    {
        SIGNET_VERIFY_OK(makePki());
        SIGNET_VERIFY_OK(createCa(QStringLiteral("Stranger"), {}, QStringLiteral("ec:p256")));
        SIGNET_VERIFY_OK(issue(Profile::Client, QStringLiteral("mallory"), QStringLiteral("Stranger"),
                               QStringLiteral("ec:p256")));
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("mallory")));
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Server, QStringLiteral("unable to get local issuer certificate"));
        QCOMPARE(report->outcomes[0].alert, QStringLiteral("unknown CA"));
        QCOMPARE(report->outcomes[0].clientVerify, QStringLiteral("ok")); // the client was happy with the server

        // A server told to accept the stranger's clients lets mallory in.
        HandshakeCheckOptions options;
        options.clientCa = CertificateRef::typed(QStringLiteral("Stranger"));
        auto accepted = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("mallory")), options);
        SIGNET_VERIFY_OK(accepted);
        QVERIFY(accepted->allOk());
        QCOMPARE(accepted->clientCaName, QStringLiteral("Stranger"));
    }

    void revokedClient_data()
    {
        QTest::addColumn<bool>("rootCrl");
        QTest::newRow("a CRL for every CA") << true;
        QTest::newRow("the issuing CA's CRL only") << false;
    }

    void revokedClient()
    {
        QFETCH(bool, rootCrl);
        SIGNET_VERIFY_OK(makePki());
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));
        // Revoked in the workspace, but no server has heard of it before a CRL is published.
        auto unpublished = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(unpublished);
        QVERIFY(unpublished->allOk());
        QVERIFY(!unpublished->crlChecked);

        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Clients")), 30));
        if (rootCrl) {
            SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Root")), 30));
        }
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(report);
        QVERIFY(report->crlChecked);
        QCOMPARE(report->crlCheckAll, rootCrl);
        verifyRefused(*report, HandshakeSide::Server, QStringLiteral("certificate revoked"));
        QCOMPARE(report->outcomes[0].alert, QStringLiteral("certificate revoked"));
        QCOMPARE(report->outcomes[0].serverVerify, QStringLiteral("certificate revoked"));

        auto bob = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("bob")));
        SIGNET_VERIFY_OK(bob);
        QVERIFY(bob->allOk());
    }

    void expiredClient()
    {
        // Everything issued 200 days ago; alice's certificate was valid for 30 days of them.
        const QDateTime today = m_now;
        m_now = today.addDays(-200);
        SIGNET_VERIFY_OK(makePki(QStringLiteral("ec:p256"), QStringLiteral("ec:p256"), QStringLiteral("ec:p256"), 30));
        auto then = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(then);
        QVERIFY(then->allOk());

        m_now = today;
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Server, QStringLiteral("certificate has expired"));
        QCOMPARE(report->outcomes[0].alert, QStringLiteral("certificate expired"));
        auto bob = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("bob")));
        SIGNET_VERIFY_OK(bob);
        QVERIFY(bob->allOk());
    }

    // An expired CRL locks every client out of a real server; the check shows it before that happens.
    void expiredCrl()
    {
        SIGNET_VERIFY_OK(makePki());
        SIGNET_VERIFY_OK(publishCrls(1));
        m_now = m_now.addDays(2);
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("bob")));
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Server, QStringLiteral("CRL has expired"));
    }

    void hostNameMismatch()
    {
        SIGNET_VERIFY_OK(makePki());
        HandshakeCheckOptions options;
        options.hostname = QStringLiteral("intranet.example.test");
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")), options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->hostname, options.hostname);
        verifyRefused(*report, HandshakeSide::Client, QStringLiteral("hostname mismatch"));
        QCOMPARE(report->outcomes[0].serverVerify, QStringLiteral("no certificate received"));
    }

    void ipAddressServer()
    {
        SIGNET_VERIFY_OK(makePki());
        LeafOptions options;
        options.ca = CertificateRef::typed(QStringLiteral("Clients"));
        options.name = QStringLiteral("by-ip");
        options.subject = DistinguishedName::fromCommonName(QStringLiteral("appliance"));
        options.ipAddresses = {QStringLiteral("127.0.0.1")};
        SIGNET_VERIFY_OK(m_ws->issue(options));
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("by-ip")), CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->hostname, QStringLiteral("127.0.0.1"));
        QVERIFY(report->allOk());
        HandshakeCheckOptions other;
        other.hostname = QStringLiteral("127.0.0.2");
        auto wrong = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("by-ip")), CertificateRef::typed(QStringLiteral("alice")), other);
        SIGNET_VERIFY_OK(wrong);
        verifyRefused(*wrong, HandshakeSide::Client, QStringLiteral("IP address mismatch"));
    }

    // A client certificate (clientAuth only) as the server: the client refuses it.
    void clientCertificateAsServer()
    {
        SIGNET_VERIFY_OK(makePki());
        HandshakeCheckOptions options;
        options.clientCa = CertificateRef::typed(QStringLiteral("Clients"));
        options.hostname = QStringLiteral("alice");
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("alice")), CertificateRef::typed(QStringLiteral("bob")), options);
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Client, QStringLiteral("unsuitable certificate purpose"));
    }

    // A server certificate (serverAuth only) as the client: the server refuses it.
    void serverCertificateAsClient()
    {
        SIGNET_VERIFY_OK(makePki());
        SIGNET_VERIFY_OK(issue(Profile::Server, QStringLiteral("api"), QStringLiteral("Clients"), QStringLiteral("ec:p256")));
        auto report = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("api")));
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Server, QStringLiteral("unsuitable certificate purpose"));
    }

    void unusableInputs()
    {
        SIGNET_VERIFY_OK(makePki());
        auto ca = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("Clients")), CertificateRef::typed(QStringLiteral("alice")));
        QVERIFY(!ca);
        QVERIFY2(ca.error().message.contains(QStringLiteral("is a CA")), qPrintable(ca.error().toString()));
        auto notCa = m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("alice")),
                                          HandshakeCheckOptions{CertificateRef::typed(QStringLiteral("bob")), {}, {}});
        QVERIFY(!notCa);
        QVERIFY(!m_ws->checkHandshake(CertificateRef::typed(QStringLiteral("web")), CertificateRef::typed(QStringLiteral("nobody"))));

        // A certificate without its key (imported from a PEM file) cannot take part.
        auto bob = m_ws->find(CertificateRef::typed(QStringLiteral("bob")));
        SIGNET_VERIFY_OK(bob);
        auto cert = m_ws->certificate(*bob);
        SIGNET_VERIFY_OK(cert);
        HandshakeCheck::Input input;
        input.server.cert = &*cert;
        input.client.cert = &*cert;
        auto noKey = HandshakeCheck::run(input);
        QVERIFY(!noKey);
    }

    // The engine on its own, without a workspace: the client trusting another root refuses the server.
    void untrustedServer_data()
    {
        QTest::addColumn<QString>("keySpec");
        QTest::newRow("rsa") << QStringLiteral("rsa:2048");
        QTest::newRow("ed25519") << QStringLiteral("ed25519");
    }

    void untrustedServer()
    {
        QFETCH(QString, keySpec);
        auto chain = makeChain(keySpec);
        SIGNET_VERIFY_OK(chain);
        auto other = makeChain(keySpec);
        SIGNET_VERIFY_OK(other);
        auto client = issueWithNewKey(keySpec, clientRequest(QStringLiteral("carol"), {}), &chain->intermediate);
        SIGNET_VERIFY_OK(client);

        HandshakeCheck::Input input;
        input.server = {&chain->leaf.cert, chain->leaf.key.get(), {&chain->intermediate.cert}};
        input.client = {&client->cert, client->key.get(), {}};
        input.clientTrust = {&chain->intermediate.cert, &chain->root.cert};
        input.serverTrust = {&chain->root.cert};
        input.at = fixedNow().addDays(1);
        auto good = HandshakeCheck::run(input);
        SIGNET_VERIFY_OK(good);
        QVERIFY(good->allOk());

        input.serverTrust = {&other->root.cert};
        auto report = HandshakeCheck::run(input);
        SIGNET_VERIFY_OK(report);
        verifyRefused(*report, HandshakeSide::Client, QStringLiteral("unable to get local issuer certificate"));

        // A server that does not send its intermediate leaves the client unable to build the chain.
        input.serverTrust = {&chain->root.cert};
        input.server.chain.clear();
        auto incomplete = HandshakeCheck::run(input);
        SIGNET_VERIFY_OK(incomplete);
        verifyRefused(*incomplete, HandshakeSide::Client, QStringLiteral("unable to get local issuer certificate"));
    }
};

QTEST_GUILESS_MAIN(tst_HandshakeCheck)
#include "tst_HandshakeCheck.moc"
