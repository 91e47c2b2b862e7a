// Issuance and the linter: what Signet issues by default lints clean for every profile and key
// type; issuance refuses the linter's errors unless forced; a CSR with a key 'issue' would never
// make is refused.

#include "LintTestSupport.h"
#include "TypedValues.h"
#include "TestEngine.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "pki/Linter.h"

#include <QTemporaryDir>

using namespace signet;
using signet::test::fixedNow;

namespace {
using test::describe;
using test::ruleIds;

const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
} // namespace

class tst_IssuanceLint : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> makeWorkspace(const QString& name)
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(name)), QByteArrayLiteral("lint test"),
                                    [] { return fixedNow(); }, kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

    // Lints a workspace certificate the way issuance does: its profile, its issuing CA.
    QList<LintFinding> lintRecord(Workspace& ws, const CertificateRecord& record)
    {
        auto cert = ws.certificate(record);
        auto chain = ws.chain(record);
        if (!cert || !chain) {
            qWarning("cannot load %s", qPrintable(record.name));
            return {LintFinding{LintFinding::Severity::Error, QStringLiteral("test.load"), record.name}};
        }
        Certificate issuer;
        if (chain->size() > 1) {
            auto loaded = ws.certificate((*chain)[1]);
            issuer = loaded ? std::move(loaded).value() : Certificate();
        }
        const LintContext context = LintContext::forProfile(record.profile);
        return Linter::lint(*cert, issuer.isNull() ? nullptr : &issuer, context);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What Signet issues by default lints clean, for every profile and key type.
    void signetProfilesAreClean()
    {
        auto ws = makeWorkspace(QStringLiteral("clean.signet"));
        QVERIFY(ws);
        std::vector<CertificateRecord> records;
        for (const QString& keySpec : {QStringLiteral("ec:p384"), QStringLiteral("rsa:2048")}) {
            CaOptions root;
            root.name = QStringLiteral("Root ") + keySpec;
            root.subject = test::dn(QStringLiteral("CN=Clean Root %1,O=Signet Tests").arg(keySpec));
            root.key = test::keySpec(keySpec);
            root.crlUrl = QStringLiteral("http://pki.example.test/root.crl");
            root.aiaUrl = QStringLiteral("http://pki.example.test/root.crt");
            auto rootRecord = ws->createCa(root);
            SIGNET_VERIFY_OK(rootRecord);
            records.push_back(rootRecord->record);
        }
        CaOptions inter;
        inter.name = QStringLiteral("Inter");
        inter.subject = test::dn(QStringLiteral("CN=Clean Intermediate"));
        inter.issuer = CertificateRef::typed(records.front().name);
        inter.pathLength = 0;
        inter.permittedDns = {QStringLiteral("example.test")};
        inter.permittedIps = {QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32")};
        inter.permittedEmails = {QStringLiteral("example.test")};
        auto interRecord = ws->createCa(inter);
        SIGNET_VERIFY_OK(interRecord);
        QVERIFY2(interRecord->findings.isEmpty(), describe(interRecord->findings));
        records.push_back(interRecord->record);
        for (const QString& keySpec : test::commonKeySpecs()) {
            if (keySpec == QLatin1String("ed25519")) {
                continue; // linted on purpose: ed25519WhereBrowsersFail
            }
            for (Profile profile : {Profile::Server, Profile::Client, Profile::ServerClient}) {
                LeafOptions leaf;
                leaf.ca = CertificateRef::typed(QStringLiteral("Inter"));
                leaf.profile = profile;
                leaf.key = test::keySpec(keySpec);
                leaf.name = QStringLiteral("%1 %2").arg(profileName(profile), keySpec);
                if (profile == Profile::Client) {
                    leaf.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
                    leaf.emails = {QStringLiteral("alice@example.test")};
                } else {
                    leaf.dnsNames = {QStringLiteral("www.example.test"), QStringLiteral("*.api.example.test")};
                    leaf.ipAddresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::1")};
                }
                auto record = ws->issue(leaf);
                SIGNET_VERIFY_OK(record);
                QVERIFY2(record->findings.isEmpty(), describe(record->findings));
                records.push_back(record->record);
            }
        }
        // A CSR without SANs, signed as a server: its CN becomes the DNS name.
        QTemporaryDir dir;
        const auto made = test::runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                                            QStringLiteral("-subj"), QStringLiteral("/CN=csr.example.test")});
        QVERIFY2(made.ok(), made.describe().constData());
        CsrOptions csr;
        csr.ca = CertificateRef::typed(QStringLiteral("Inter"));
        csr.csr = made.out;
        auto signedRecord = ws->signCsr(csr);
        SIGNET_VERIFY_OK(signedRecord);
        QVERIFY2(signedRecord->findings.isEmpty(), describe(signedRecord->findings));
        records.push_back(signedRecord->record);

        for (const CertificateRecord& record : records) {
            const QList<LintFinding> again = lintRecord(*ws, record);
            QVERIFY2(again.isEmpty(), qPrintable(record.name + QStringLiteral(": ") + QString::fromUtf8(describe(again))));
            // Derived from the certificate alone, the verdict is the same.
            auto cert = ws->certificate(record);
            SIGNET_VERIFY_OK(cert);
            QVERIFY2(Linter::lint(*cert, nullptr).isEmpty(), qPrintable(record.name));
        }
    }

    void issuanceRefusesErrorsUnlessForced()
    {
        auto ws = makeWorkspace(QStringLiteral("force.signet"));
        QVERIFY(ws);
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=Force Root"));
        SIGNET_VERIFY_OK(ws->createCa(root));
        auto before = ws->count({});
        SIGNET_VERIFY_OK(before);

        LeafOptions leaf;
        leaf.ca = CertificateRef::typed(QStringLiteral("Root"));
        leaf.dnsNames = {QStringLiteral("long.example.test")};
        leaf.days = 900;
        const QStringList tooLong{QStringLiteral("apple.validity.825"), QStringLiteral("chrome.validity.398")};
        auto refused = ws->issue(leaf);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("apple.validity.825")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("chrome.validity.398"))); // warnings do not refuse
        QVERIFY(refused.error().forceable);
        QCOMPARE(ruleIds(refused.error().findings), tooLong);
        QCOMPARE(*ws->count({}), *before);

        leaf.force = true;
        auto forced = ws->issue(leaf);
        SIGNET_VERIFY_OK(forced);
        QCOMPARE(ruleIds(forced->findings), tooLong); // the errors it was issued despite, and the warning
        QCOMPARE(*ws->count({}), *before + 1);

        // Warnings alone never refuse; they come back with the certificate.
        leaf.force = false;
        leaf.days = 500;
        leaf.name = QStringLiteral("half-long");
        auto warned = ws->issue(leaf);
        SIGNET_VERIFY_OK(warned);
        QCOMPARE(warned->findings.size(), 1);
        QCOMPARE(warned->findings.front().ruleId, QStringLiteral("chrome.validity.398"));
        QVERIFY(!warned->findings.front().isError());

        // A failure before linting is no refusal that force would overcome.
        leaf.ca = CertificateRef::typed(QStringLiteral("No such CA"));
        auto missing = ws->issue(leaf);
        QVERIFY(!missing);
        QVERIFY(!missing.error().forceable);
        QVERIFY(missing.error().findings.isEmpty());
    }

    // A key 'issue' would never make is refused for every profile, and force does not change that
    // (KeyRules): a 1024-bit RSA key fails at OpenSSL's default security level, not only on Apple's.
    void csrWithWeakKeyRefused()
    {
        auto ws = makeWorkspace(QStringLiteral("csr.signet"));
        QVERIFY(ws);
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=CSR Root"));
        SIGNET_VERIFY_OK(ws->createCa(root));
        const qint64 before = ws->count({}).value();
        QTemporaryDir dir;
        const auto made = test::runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                            QStringLiteral("rsa:1024"), QStringLiteral("-nodes"),
                                            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                                            QStringLiteral("-subj"), QStringLiteral("/CN=weak.example.test")});
        QVERIFY2(made.ok(), made.describe().constData());
        CsrOptions csr;
        csr.ca = CertificateRef::typed(QStringLiteral("Root"));
        csr.csr = made.out;
        for (const Profile profile : {Profile::Server, Profile::Client}) {
            for (const bool force : {false, true}) {
                csr.profile = profile;
                csr.force = force;
                auto refused = ws->signCsr(csr);
                QVERIFY(!refused);
                QVERIFY2(refused.error().message.contains(QStringLiteral("RSA keys need at least 2048 bits")),
                         qPrintable(refused.error().message));
            }
        }
        QCOMPARE(ws->count({}).value(), before);
    }
};

QTEST_GUILESS_MAIN(tst_IssuanceLint)
#include "tst_IssuanceLint.moc"
