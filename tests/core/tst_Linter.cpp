// The linter's rules, one row each with a certificate (made with CertificateBuilder.h) that breaks
// exactly that rule. (Issuance through the workspace and the linter: tst_IssuanceLint.cpp.)

#include "CertificateBuilder.h"
#include "LintTestSupport.h"
#include "TestSupport.h"

#include "pki/Linter.h"

#include <functional>
#include <map>

using namespace signet;
using signet::test::buildCertificate;
using signet::test::CertSpec;
using signet::test::fixedNow;

namespace {
using Purpose = LintContext::Purpose;

using test::describe;
using test::ruleIds;
} // namespace

class tst_Linter : public QObject {
    Q_OBJECT

private:
    test::Issued m_root;       // a clean root CA
    test::Issued m_constrained; // a root CA that may certify names in example.test only
    test::Issued m_edRoot;      // a root CA with an Ed25519 key
    PrivateKey m_leafKey;
    PrivateKey m_edKey;
    EvpPkeyPtr m_rsa1024;

    CertSpec serverSpec() const
    {
        CertSpec spec;
        spec.key = m_leafKey.get();
        spec.issuer = &m_root;
        spec.extensions = {
            {NID_basic_constraints, QStringLiteral("critical,CA:FALSE")},
            {NID_key_usage, QStringLiteral("critical,digitalSignature")},
            {NID_ext_key_usage, QStringLiteral("serverAuth")},
            {NID_subject_key_identifier, QStringLiteral("hash")},
            {NID_authority_key_identifier, QStringLiteral("keyid:always")},
            {NID_subject_alt_name, QStringLiteral("DNS:www.example.test")},
        };
        return spec;
    }
    CertSpec caSpec(EVP_PKEY* key) const
    {
        CertSpec spec;
        spec.key = key;
        spec.subject = QStringLiteral("CN=Lint Test Root,O=Signet Tests");
        spec.days = 3650;
        spec.extensions = {
            {NID_basic_constraints, QStringLiteral("critical,CA:TRUE")},
            {NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign")},
            {NID_subject_key_identifier, QStringLiteral("hash")},
            {NID_authority_key_identifier, QStringLiteral("keyid:always")},
        };
        return spec;
    }

    struct Case {
        CertSpec spec;
        const Certificate* issuer = nullptr;
        LintContext context;
    };
    // The certificate of each row: the clean server (or CA) with exactly one thing broken.
    Case caseFor(const QString& rule)
    {
        const std::map<QString, std::function<void(Case&)>> cases = {
            {QStringLiteral("rfc5280.version"), [](Case& c) { c.spec.version = X509_VERSION_1; }},
            {QStringLiteral("rfc5280.serial.positive"), [](Case& c) { c.spec.negativeSerial = true; }},
            {QStringLiteral("rfc5280.serial.length"),
             [](Case& c) { c.spec.serial = QByteArray::fromHex("c0") + QByteArray(19, '\x5a'); }},
            {QStringLiteral("rfc5280.serial.entropy"), [](Case& c) { c.spec.serial = QByteArray::fromHex("1234abcd"); }},
            {QStringLiteral("rfc5280.ca.basic-constraints-critical"),
             [this](Case& c) {
                 c.spec = caSpec(m_leafKey.get());
                 c.spec.set(NID_basic_constraints, QStringLiteral("CA:TRUE"));
             }},
            {QStringLiteral("rfc5280.ca.key-usage"),
             [this](Case& c) {
                 c.spec = caSpec(m_leafKey.get());
                 c.spec.set(NID_key_usage, QStringLiteral("critical,digitalSignature,cRLSign"));
             }},
            {QStringLiteral("rfc5280.ski.missing"),
             [this](Case& c) {
                 c.spec = caSpec(m_leafKey.get());
                 c.spec.drop(NID_authority_key_identifier); // a self-signed root needs none, but names the SKI
                 c.spec.drop(NID_subject_key_identifier);
             }},
            {QStringLiteral("rfc5280.aki.missing"), [](Case& c) { c.spec.drop(NID_authority_key_identifier); }},
            {QStringLiteral("rfc5280.validity.order"), [](Case& c) { c.spec.days = -1; }},
            {QStringLiteral("rfc5280.san.empty-subject-critical"), [](Case& c) { c.spec.subject.clear(); }},
            {QStringLiteral("rfc5280.name-constraints.critical"),
             [this](Case& c) {
                 c.spec = caSpec(m_leafKey.get());
                 c.spec.set(NID_name_constraints, QStringLiteral("permitted;DNS:example.test"));
             }},
            {QStringLiteral("apple.san.required"),
             [](Case& c) {
                 c.spec.subject = QStringLiteral("CN=Web Server,O=Signet Tests");
                 c.spec.drop(NID_subject_alt_name);
             }},
            {QStringLiteral("apple.eku.server-auth"),
             [](Case& c) {
                 c.spec.drop(NID_ext_key_usage);
                 c.context.purpose = Purpose::Server;
             }},
            {QStringLiteral("apple.key.rsa-2048"),
             [this](Case& c) {
                 c.spec.key = m_rsa1024.get();
                 c.spec.set(NID_key_usage, QStringLiteral("critical,digitalSignature,keyEncipherment"));
             }},
            {QStringLiteral("apple.signature.sha2"), [](Case& c) { c.spec.digest = EVP_sha1(); }},
            {QStringLiteral("apple.validity.825"), [](Case& c) { c.spec.days = 900; }},
            {QStringLiteral("chrome.san.only"),
             [](Case& c) { c.spec.set(NID_subject_alt_name, QStringLiteral("DNS:api.example.test")); }},
            {QStringLiteral("chrome.validity.398"), [](Case& c) { c.spec.days = 500; }},
            {QStringLiteral("chrome.name-constraints"),
             [this](Case& c) {
                 c.spec.issuer = &m_constrained;
                 c.issuer = &m_constrained.cert;
                 c.spec.subject = QStringLiteral("CN=www.example.org");
                 c.spec.set(NID_subject_alt_name, QStringLiteral("DNS:www.example.org"));
             }},
            {QStringLiteral("chrome.key.ed25519"), [this](Case& c) { c.spec.key = m_edKey.get(); }},
            {QStringLiteral("chrome.signature.ed25519"),
             [this](Case& c) {
                 c.spec.issuer = &m_edRoot;
                 c.spec.digest = nullptr; // Ed25519 hashes by itself
                 c.issuer = &m_edRoot.cert;
             }},
            {QStringLiteral("nss.ca.ed25519"),
             [this](Case& c) {
                 c.spec = caSpec(m_edKey.get());
                 c.spec.digest = nullptr;
             }},
            {QStringLiteral("nss.client.ed25519"),
             [this](Case& c) {
                 c.spec.key = m_edKey.get();
                 c.spec.subject = QStringLiteral("CN=alice");
                 c.spec.set(NID_ext_key_usage, QStringLiteral("clientAuth"));
                 c.spec.drop(NID_subject_alt_name);
             }},
        };
        Case c;
        c.spec = serverSpec();
        c.issuer = &m_root.cert;
        cases.at(rule)(c);
        if (c.spec.issuer == nullptr) {
            c.issuer = nullptr;
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        auto rootKey = test::generateKey(QStringLiteral("ec:p256"));
        auto constrainedKey = test::generateKey(QStringLiteral("ec:p256"));
        auto leafKey = test::generateKey(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(rootKey);
        SIGNET_VERIFY_OK(constrainedKey);
        SIGNET_VERIFY_OK(leafKey);
        m_leafKey = std::move(leafKey).value();
        auto root = buildCertificate(caSpec(rootKey->get()));
        SIGNET_VERIFY_OK(root);
        m_root = test::Issued{std::move(rootKey).value(), std::move(root).value()};
        CertSpec constrained = caSpec(constrainedKey->get());
        constrained.subject = QStringLiteral("CN=Constrained Root,O=Signet Tests");
        constrained.set(NID_name_constraints, QStringLiteral("critical,permitted;DNS:example.test"));
        auto constrainedCert = buildCertificate(constrained);
        SIGNET_VERIFY_OK(constrainedCert);
        m_constrained = test::Issued{std::move(constrainedKey).value(), std::move(constrainedCert).value()};
        auto edKey = test::generateKey(QStringLiteral("ed25519"));
        auto edRootKey = test::generateKey(QStringLiteral("ed25519"));
        SIGNET_VERIFY_OK(edKey);
        SIGNET_VERIFY_OK(edRootKey);
        m_edKey = std::move(edKey).value();
        CertSpec edRoot = caSpec(edRootKey->get());
        edRoot.subject = QStringLiteral("CN=Ed25519 Root,O=Signet Tests");
        edRoot.digest = nullptr;
        auto edRootCert = buildCertificate(edRoot);
        SIGNET_VERIFY_OK(edRootCert);
        m_edRoot = test::Issued{std::move(edRootKey).value(), std::move(edRootCert).value()};
        m_rsa1024.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(1024)));
        QVERIFY(m_rsa1024);
    }

    // The starting points of the rows lint clean, so that each row breaks only what it says.
    void baselinesAreClean()
    {
        auto server = buildCertificate(serverSpec());
        SIGNET_VERIFY_OK(server);
        QVERIFY2(Linter::lint(*server, &m_root.cert).isEmpty(), describe(Linter::lint(*server, &m_root.cert)));
        QCOMPARE(Linter::derivePurpose(*server), Purpose::Server);
        QVERIFY2(Linter::lint(m_root.cert, nullptr).isEmpty(), describe(Linter::lint(m_root.cert, nullptr)));
        QCOMPARE(Linter::derivePurpose(m_root.cert), Purpose::Ca);
        QVERIFY2(Linter::lint(m_constrained.cert, nullptr).isEmpty(), describe(Linter::lint(m_constrained.cert, nullptr)));
        CertSpec inside = serverSpec();
        inside.issuer = &m_constrained;
        auto allowed = buildCertificate(inside);
        SIGNET_VERIFY_OK(allowed);
        QVERIFY2(Linter::lint(*allowed, &m_constrained.cert).isEmpty(),
                 describe(Linter::lint(*allowed, &m_constrained.cert)));
    }

    void eachRule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QStringList>("also"); // what unavoidably comes with it
        const auto row = [](const char* rule, bool error, const QStringList& also = {}) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << error << also;
        };
        row("rfc5280.version", true);
        row("rfc5280.serial.positive", true);
        row("rfc5280.serial.length", true);
        row("rfc5280.serial.entropy", false);
        row("rfc5280.ca.basic-constraints-critical", true);
        row("rfc5280.ca.key-usage", true);
        row("rfc5280.ski.missing", false);
        row("rfc5280.aki.missing", false);
        row("rfc5280.validity.order", true);
        row("rfc5280.san.empty-subject-critical", true);
        row("rfc5280.name-constraints.critical", false);
        row("apple.san.required", true);
        row("apple.eku.server-auth", true);
        row("apple.key.rsa-2048", true);
        row("apple.signature.sha2", true);
        // 900 days are beyond both limits; Apple's is the one that refuses.
        row("apple.validity.825", true, {QStringLiteral("chrome.validity.398")});
        row("chrome.san.only", true);
        row("chrome.validity.398", false);
        row("chrome.name-constraints", true);
        row("chrome.key.ed25519", true);
        row("chrome.signature.ed25519", true);
        row("nss.ca.ed25519", true);
        row("nss.client.ed25519", false);
    }

    void eachRule()
    {
        QFETCH(QString, rule);
        QFETCH(bool, error);
        QFETCH(QStringList, also);
        const Case c = caseFor(rule);
        auto cert = buildCertificate(c.spec);
        SIGNET_VERIFY_OK(cert);
        const QList<LintFinding> findings = Linter::lint(*cert, c.issuer, c.context);
        QStringList expected = also;
        expected << rule;
        expected.sort();
        QVERIFY2(ruleIds(findings) == expected, describe(findings));
        for (const LintFinding& f : findings) {
            QVERIFY2(!f.message.isEmpty() && !f.message.contains(QLatin1Char('\n')), qPrintable(f.ruleId));
            if (f.ruleId == rule) {
                QCOMPARE(f.isError(), error);
            }
        }
        QCOMPARE(Linter::hasErrors(findings), error);
    }

    void derivedPurpose()
    {
        CertSpec client = serverSpec();
        client.subject = QStringLiteral("CN=alice");
        client.set(NID_ext_key_usage, QStringLiteral("clientAuth"));
        client.drop(NID_subject_alt_name);
        auto clientCert = buildCertificate(client);
        SIGNET_VERIFY_OK(clientCert);
        QCOMPARE(Linter::derivePurpose(*clientCert), Purpose::Client);
        QVERIFY2(Linter::lint(*clientCert, &m_root.cert).isEmpty(), describe(Linter::lint(*clientCert, &m_root.cert)));
        // Linted as a server on request, the same certificate lacks everything a server needs.
        const QStringList asServer = ruleIds(Linter::lint(*clientCert, &m_root.cert, {Purpose::Server}));
        QCOMPARE(asServer, (QStringList{QStringLiteral("apple.eku.server-auth"), QStringLiteral("apple.san.required")}));

        CertSpec bare = serverSpec();
        bare.drop(NID_ext_key_usage);
        bare.drop(NID_subject_alt_name);
        auto bareCert = buildCertificate(bare);
        SIGNET_VERIFY_OK(bareCert);
        // No extended key usage, but a host name in the CN: meant for a server, and broken for one.
        QCOMPARE(Linter::derivePurpose(*bareCert), Purpose::Server);
        QCOMPARE(ruleIds(Linter::lint(*bareCert, nullptr)),
                 (QStringList{QStringLiteral("apple.eku.server-auth"), QStringLiteral("apple.san.required"),
                              QStringLiteral("chrome.san.only")}));
    }

    void nameConstraintMatching()
    {
        // "example.test" permits itself and what lies below; ".example.test" only what lies below.
        const QList<QPair<QString, bool>> names = {
            {QStringLiteral("example.test"), true},      {QStringLiteral("a.b.example.test"), true},
            {QStringLiteral("*.example.test"), true},    {QStringLiteral("badexample.test"), false},
            {QStringLiteral("example.test.evil"), false}, {QStringLiteral("WWW.EXAMPLE.TEST"), true},
        };
        for (const auto& [name, allowed] : names) {
            CertSpec spec = serverSpec();
            spec.issuer = &m_constrained;
            spec.subject = QStringLiteral("CN=") + name;
            spec.set(NID_subject_alt_name, QStringLiteral("DNS:") + name);
            auto cert = buildCertificate(spec);
            SIGNET_VERIFY_OK(cert);
            const QStringList ids = ruleIds(Linter::lint(*cert, &m_constrained.cert));
            QVERIFY2(ids.contains(QStringLiteral("chrome.name-constraints")) != allowed, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Linter)
#include "tst_Linter.moc"
