// Ed25519 at issuance, through the Workspace: refused where browsers fail (TLS servers, CAs and
// whatever a server's chain carries) unless forced, a warning for clients, and not offered by the
// wizards where it would be refused. (The rules one by one: tst_Linter.)

#include "LintTestSupport.h"
#include "TypedValues.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "pki/Linter.h"
#include "pki/Profile.h"

#include <QTemporaryDir>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};

using test::describe;
using test::findingsOf;
using test::ruleIds;
} // namespace

class tst_Ed25519Issuance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> makeWorkspace(const QString& name)
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(name)), QByteArrayLiteral("ed25519 test"),
                                    [] { return test::fixedNow(); }, kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

private slots:
    // Ed25519 is refused where browsers fail (servers, CAs, anything in a server's chain) and
    // warned about for clients; `force` issues it anyway.
    void ed25519WhereBrowsersFail()
    {
        auto ws = makeWorkspace(QStringLiteral("ed25519.signet"));
        QVERIFY(ws);
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=Ed25519 Test Root"));
        SIGNET_VERIFY_OK(ws->createCa(root));
        const auto refusedFor = [&](const auto& result, const QString& rule, const QString& client) {
            QVERIFY(!result);
            QVERIFY2(result.error().message.contains(rule), qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(client), qPrintable(result.error().message));
            QVERIFY(result.error().forceable);
            QCOMPARE(ruleIds(findingsOf(result)), QStringList{rule});
        };

        for (Profile profile : {Profile::Server, Profile::ServerClient}) {
            LeafOptions leaf;
            leaf.ca = CertificateRef::typed(QStringLiteral("Root"));
            leaf.profile = profile;
            leaf.key = test::keySpec(QStringLiteral("ed25519"));
            leaf.dnsNames = {QStringLiteral("ed.example.test")};
            leaf.name = profileName(profile);
            refusedFor(ws->issue(leaf), QStringLiteral("chrome.key.ed25519"),
                       QStringLiteral("ERR_SSL_VERSION_OR_CIPHER_MISMATCH"));
            leaf.force = true;
            auto forced = ws->issue(leaf);
            SIGNET_VERIFY_OK(forced);
            QCOMPARE(ruleIds(forced->findings), QStringList{QStringLiteral("chrome.key.ed25519")});
        }

        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Root"));
        client.profile = Profile::Client;
        client.key = test::keySpec(QStringLiteral("ed25519"));
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        auto edClient = ws->issue(client);
        SIGNET_VERIFY_OK(edClient);
        QCOMPARE(ruleIds(edClient->findings), QStringList{QStringLiteral("nss.client.ed25519")});
        QVERIFY(!edClient->findings.front().isError());
        QVERIFY(edClient->findings.front().message.contains(QStringLiteral("Firefox")));

        CaOptions edRoot;
        edRoot.name = QStringLiteral("Ed Root");
        edRoot.subject = test::dn(QStringLiteral("CN=Ed Root"));
        edRoot.key = test::keySpec(QStringLiteral("ed25519"));
        refusedFor(ws->createCa(edRoot), QStringLiteral("nss.ca.ed25519"), QStringLiteral("NSS"));
        CaOptions edCa = edRoot;
        edCa.name = QStringLiteral("Ed CA");
        edCa.subject = test::dn(QStringLiteral("CN=Ed CA"));
        edCa.issuer = CertificateRef::typed(QStringLiteral("Root"));
        refusedFor(ws->createCa(edCa), QStringLiteral("nss.ca.ed25519"), QStringLiteral("NSS"));
        edCa.force = true;
        SIGNET_VERIFY_OK(ws->createCa(edCa));

        // Under the Ed25519 CA even an ECDSA server carries an Ed25519 signature; a client does not matter.
        LeafOptions under;
        under.ca = CertificateRef::typed(QStringLiteral("Ed CA"));
        under.dnsNames = {QStringLiteral("under.example.test")};
        refusedFor(ws->issue(under), QStringLiteral("chrome.signature.ed25519"), QStringLiteral("Chromium"));
        LeafOptions clientUnder;
        clientUnder.ca = CertificateRef::typed(QStringLiteral("Ed CA"));
        clientUnder.profile = Profile::Client;
        clientUnder.subject = DistinguishedName::fromCommonName(QStringLiteral("bob"));
        auto bob = ws->issue(clientUnder);
        SIGNET_VERIFY_OK(bob);
        QVERIFY2(bob->findings.isEmpty(), describe(bob->findings));

        // A CSR's Ed25519 key, signed as a server.
        QTemporaryDir dir;
        const auto made = test::runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                            QStringLiteral("ed25519"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                            dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-subj"),
                                            QStringLiteral("/CN=csr.example.test")});
        QVERIFY2(made.ok(), made.describe().constData());
        CsrOptions csr;
        csr.ca = CertificateRef::typed(QStringLiteral("Root"));
        csr.csr = made.out;
        refusedFor(ws->signCsr(csr), QStringLiteral("chrome.key.ed25519"), QStringLiteral("nginx"));
    }

    // The wizards offer for each profile only the key types the linter accepts there.
    void offeredKeyTypes()
    {
        for (Profile profile : {Profile::RootCa, Profile::IntermediateCa, Profile::Server, Profile::ServerClient}) {
            QVERIFY(!keySpecNamesFor(profile).contains(QStringLiteral("ed25519")));
            QVERIFY(keySpecNamesFor(profile).contains(QStringLiteral("ec:p256")));
        }
        QCOMPARE(keySpecNamesFor(Profile::Client), KeySpec::supportedNames());
    }
};

QTEST_GUILESS_MAIN(tst_Ed25519Issuance)
#include "tst_Ed25519Issuance.moc"
