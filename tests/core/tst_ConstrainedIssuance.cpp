// What a constrained CA may issue, end to end through the Workspace: leaves, CSRs and CAs below it
// are refused with the CA, the constraint and the name in the message, and nothing is stored. Also
// the CA's Authority Information Access URL, stored with the CA and written into what it issues.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"

#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("constrained issuance");
} // namespace

class tst_ConstrainedIssuance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    qint64 count() { return m_ws->count({}).value(); }

    // A CSR made by `openssl req` with these subjectAltNames.
    static QByteArray csrWith(const QString& san)
    {
        QTemporaryDir dir;
        const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                      QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                      QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=csr.example.test"),
                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san});
        if (!made.ok()) {
            qWarning("%s", made.describe().constData());
        }
        return made.out;
    }

    // Refused, with every part of `expected` in the message, and nothing stored.
    template <typename R>
    void verifyRefused(const R& result, qint64 before, const QStringList& expected)
    {
        QVERIFY(!result);
        for (const QString& part : expected) {
            QVERIFY2(result.error().message.contains(part), qPrintable(result.error().toString()));
        }
        QVERIFY2(!result.error().message.contains(QStringLiteral("subtree violation")),
                 qPrintable(result.error().message)); // Signet's words, not OpenSSL's code
        QCOMPARE(count(), before);
    }

private slots:
    void init()
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet"))),
                                    kPassword, [] { return fixedNow(); }, kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is not installed");
    }
    void cleanup() { m_ws.reset(); }

    void dnsConstrainedCaRefusesIpAndEmail()
    {
        CaOptions root;
        root.name = QStringLiteral("Lab");
        root.subject = test::dn(QStringLiteral("CN=Lab Root"));
        root.permittedDns = {QStringLiteral("example.test")};
        SIGNET_VERIFY_OK(m_ws->createCa(root));
        const qint64 before = count();

        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Lab"));
        server.dnsNames = {QStringLiteral("www.example.test")};
        server.ipAddresses = {QStringLiteral("10.1.2.3")};
        verifyRefused(m_ws->issue(server), before,
                      {QStringLiteral("CA 'Lab'"), QStringLiteral("permit no IP addresses"), QStringLiteral("IP:10.1.2.3")});

        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Lab"));
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("dave"));
        client.emails = {QStringLiteral("dave@evil.example")};
        verifyRefused(m_ws->issue(client), before,
                      {QStringLiteral("CA 'Lab'"), QStringLiteral("permit no e-mail addresses"),
                       QStringLiteral("email:dave@evil.example")});

        CsrOptions csr;
        csr.ca = CertificateRef::typed(QStringLiteral("Lab"));
        csr.csr = csrWith(QStringLiteral("DNS:csr.example.test,IP:192.168.1.5"));
        verifyRefused(m_ws->signCsr(csr), before, {QStringLiteral("IP:192.168.1.5")});
        csr.csr = csrWith(QStringLiteral("DNS:csr.example.org"));
        verifyRefused(m_ws->signCsr(csr), before,
                      {QStringLiteral("DNS:csr.example.org lies outside the name constraints of CA 'Lab', which "
                                      "permit only DNS:example.test")});
        // --force overrides the linter, never the constraints.
        csr.force = true;
        verifyRefused(m_ws->signCsr(csr), before, {QStringLiteral("DNS:csr.example.org")});

        // What lies inside still issues.
        server.ipAddresses.clear();
        SIGNET_VERIFY_OK(m_ws->issue(server));
        client.emails.clear();
        SIGNET_VERIFY_OK(m_ws->issue(client));
        csr.csr = csrWith(QStringLiteral("DNS:csr.example.test"));
        SIGNET_VERIFY_OK(m_ws->signCsr(csr));
    }

    void permittedIpsAndEmails()
    {
        CaOptions root;
        root.name = QStringLiteral("Office");
        root.subject = test::dn(QStringLiteral("CN=Office Root"));
        root.permittedDns = {QStringLiteral("office.test")};
        root.permittedIps = {QStringLiteral("192.168.10.0/24"), QStringLiteral("fd00:10::/32")};
        root.permittedEmails = {QStringLiteral("office.test")};
        SIGNET_VERIFY_OK(m_ws->createCa(root));

        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Office"));
        server.dnsNames = {QStringLiteral("nas.office.test")};
        server.ipAddresses = {QStringLiteral("192.168.10.20"), QStringLiteral("fd00:10::20")};
        SIGNET_VERIFY_OK(m_ws->issue(server));
        server.name = QStringLiteral("outside");
        server.ipAddresses = {QStringLiteral("192.168.11.20")};
        verifyRefused(m_ws->issue(server), count(),
                      {QStringLiteral("IP:192.168.11.20 lies outside the name constraints of CA 'Office', which "
                                      "permit only IP:192.168.10.0/24, IP:fd00:10::/32")});

        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Office"));
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("anna"));
        client.emails = {QStringLiteral("anna@office.test")};
        SIGNET_VERIFY_OK(m_ws->issue(client));
        client.name = QStringLiteral("anna at home");
        client.emails = {QStringLiteral("anna@home.test")};
        verifyRefused(m_ws->issue(client), count(), {QStringLiteral("email:anna@home.test")});

        // The core reads the ranges and domains before it makes any key.
        CaOptions bad = root;
        bad.name = QStringLiteral("Bad");
        bad.permittedIps = {QStringLiteral("192.168.10.1/24")};
        verifyRefused(m_ws->createCa(bad), count(), {QStringLiteral("write 192.168.10.0/24")});
        bad.permittedIps.clear();
        bad.permittedEmails = {QStringLiteral("@office.test")};
        verifyRefused(m_ws->createCa(bad), count(), {QStringLiteral("not an e-mail domain")});
    }

    // A CA below a constrained one may narrow its constraints, and everything below is checked
    // against every CA above.
    void caBelowAConstrainedCa()
    {
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=Root"));
        root.permittedDns = {QStringLiteral("example.test")};
        SIGNET_VERIFY_OK(m_ws->createCa(root));
        const qint64 before = count();

        CaOptions wider;
        wider.name = QStringLiteral("Wider");
        wider.subject = test::dn(QStringLiteral("CN=Wider"));
        wider.issuer = CertificateRef::typed(QStringLiteral("Root"));
        wider.permittedDns = {QStringLiteral("evil.test")};
        verifyRefused(m_ws->createCa(wider), before,
                      {QStringLiteral("CA 'Root' permit only DNS:example.test, so a CA below it cannot permit "
                                      "DNS:evil.test")});
        wider.permittedDns = {QStringLiteral("lab.example.test")};
        wider.permittedIps = {QStringLiteral("10.0.0.0/8")};
        verifyRefused(m_ws->createCa(wider), before,
                      {QStringLiteral("permit no IP addresses, so a CA below it cannot permit IP:10.0.0.0/8")});
        CaOptions mailCa = wider;
        mailCa.permittedIps.clear();
        mailCa.subject = test::dn(QStringLiteral("CN=Mail CA,emailAddress=pki@example.test"));
        verifyRefused(m_ws->createCa(mailCa), before, {QStringLiteral("email:pki@example.test")});

        CaOptions lab;
        lab.name = QStringLiteral("Lab");
        lab.subject = test::dn(QStringLiteral("CN=Lab Issuing CA"));
        lab.issuer = CertificateRef::typed(QStringLiteral("Root"));
        SIGNET_VERIFY_OK(m_ws->createCa(lab)); // unconstrained itself, but below Root

        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Lab"));
        server.dnsNames = {QStringLiteral("www.example.test")};
        server.ipAddresses = {QStringLiteral("10.1.2.3")};
        verifyRefused(m_ws->issue(server), count(), {QStringLiteral("CA 'Root'"), QStringLiteral("IP:10.1.2.3")});
        server.ipAddresses.clear();
        SIGNET_VERIFY_OK(m_ws->issue(server));
    }

    void aiaUrlGoesIntoWhatTheCaIssues()
    {
        const QString rootAia = QStringLiteral("http://pki.example.test/root.crt");
        const QString interAia = QStringLiteral("https://pki.example.test/issuing.crt");
        CaOptions root;
        root.name = QStringLiteral("Root");
        root.subject = test::dn(QStringLiteral("CN=AIA Root"));
        root.aiaUrl = rootAia;
        auto rootRecord = m_ws->createCa(root);
        SIGNET_VERIFY_OK(rootRecord);
        QCOMPARE(rootRecord->record.aiaUrl, rootAia);
        QVERIFY(m_ws->certificate(rootRecord->record)->caIssuersUrls().isEmpty()); // a root points nowhere

        CaOptions inter;
        inter.name = QStringLiteral("Issuing");
        inter.subject = test::dn(QStringLiteral("CN=AIA Issuing"));
        inter.issuer = CertificateRef::typed(QStringLiteral("Root"));
        inter.aiaUrl = interAia;
        auto interRecord = m_ws->createCa(inter);
        SIGNET_VERIFY_OK(interRecord);
        QCOMPARE(m_ws->certificate(interRecord->record)->caIssuersUrls(), QStringList{rootAia});

        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        server.dnsNames = {QStringLiteral("www.example.test")};
        auto leaf = m_ws->issue(server);
        SIGNET_VERIFY_OK(leaf);
        QVERIFY(leaf->record.aiaUrl.isEmpty()); // leaves publish nothing of their own
        QCOMPARE(m_ws->certificate(leaf->record)->caIssuersUrls(), QStringList{interAia});

        // The column keeps it: read back from the file.
        const QString file = m_ws->path();
        m_ws.reset();
        auto reopened = Workspace::open(test::workspaceAt(file), kPassword, [] { return fixedNow(); });
        SIGNET_VERIFY_OK(reopened);
        m_ws = std::move(reopened).value();
        QCOMPARE(m_ws->find(CertificateRef::typed(QStringLiteral("Issuing")))->aiaUrl, interAia);
        QCOMPARE(m_ws->find(CertificateRef::typed(QStringLiteral("Root")))->aiaUrl, rootAia);

        CsrOptions csr;
        csr.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        csr.csr = csrWith(QStringLiteral("DNS:csr.example.test"));
        auto signedRecord = m_ws->signCsr(csr);
        SIGNET_VERIFY_OK(signedRecord);
        QCOMPARE(m_ws->certificate(signedRecord->record)->caIssuersUrls(), QStringList{interAia});

        const qint64 before = count();
        for (const QString& bad : {QStringLiteral("ldap://ldap.example.test/cn=CA"), QStringLiteral("ftp://x.test/ca.crt"),
                                   QStringLiteral("pki.example.test/ca.crt")}) {
            CaOptions refused;
            refused.name = QStringLiteral("Bad");
            refused.subject = test::dn(QStringLiteral("CN=Bad"));
            refused.aiaUrl = bad;
            verifyRefused(m_ws->createCa(refused), before, {bad, QStringLiteral("http:// or https://")});
        }
    }
};

QTEST_GUILESS_MAIN(tst_ConstrainedIssuance)
#include "tst_ConstrainedIssuance.moc"
