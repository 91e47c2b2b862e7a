#include "TestSupport.h"

#include "crypto/Crl.h"
#include "pki/ChainVerifier.h"
#include "pki/CrlBuilder.h"

#include <QTest>

#include <openssl/err.h>

#include <optional>

using namespace signet;
using namespace signet::test;

namespace {
// A moment inside every test certificate's validity.
QDateTime during()
{
    return fixedNow().addSecs(3600);
}

ChainVerifier::Input inputFor(const TestChain& chain, const QDateTime& at = during())
{
    ChainVerifier::Input input;
    input.leaf = &chain.leaf.cert;
    input.intermediates = {&chain.intermediate.cert};
    input.roots = {&chain.root.cert};
    input.at = at;
    return input;
}

Result<Crl> crlOf(const Issued& ca, const std::vector<RevokedEntry>& revoked, int days = 7)
{
    return CrlBuilder::build(ca.cert, ca.key.get(), revoked, 1, fixedNow(), days);
}
} // namespace

// The message must say why, or the administrator cannot act on it.
#define VERIFY_FAILS_WITH(input, reason)                                                                             \
    do {                                                                                                             \
        const Status status_ = ChainVerifier::verify(input);                                                        \
        QVERIFY2(!status_.ok(), "verification unexpectedly succeeded");                                              \
        QVERIFY2(status_.error().message.contains(QLatin1String(reason)), qPrintable(status_.error().message));     \
        QCOMPARE(ERR_peek_error(), 0UL);                                                                             \
    } while (false)

class TestChainVerifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validChain_data();
    void validChain();
    void purpose();
    void currentTimeByDefault();
    void missingIntermediate();
    void wrongRoot();
    void noLeaf();
    void expired();
    void notYetValid();
    void revokedLeaf();
    void revokedIntermediate();
    void crlsWithoutRevocationsPass();
    void missingCrl();
    void expiredCrl();
    void crlFromImpostorCa();
    void nameConstraints();
    void pathLength();

private:
    std::optional<TestChain> m_chain;
    std::optional<TestChain> m_other; // same names, different keys
};

void TestChainVerifier::initTestCase()
{
    auto chain = makeChain(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(chain);
    m_chain.emplace(std::move(*chain));
    auto other = makeChain(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(other);
    m_other.emplace(std::move(*other));
}

void TestChainVerifier::validChain_data()
{
    QTest::addColumn<QString>("spec");
    for (const QString& spec : commonKeySpecs()) {
        QTest::newRow(qPrintable(spec)) << spec;
    }
}

void TestChainVerifier::validChain()
{
    QFETCH(QString, spec);
    const auto chain = makeChain(spec);
    SIGNET_VERIFY_OK(chain);
    ChainVerifier::Input input = inputFor(*chain);
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
    input.purpose = X509_PURPOSE_SSL_SERVER;
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));

    // The intermediate on its own also chains to the root.
    ChainVerifier::Input caOnly;
    caOnly.leaf = &chain->intermediate.cert;
    caOnly.roots = {&chain->root.cert};
    caOnly.at = during();
    SIGNET_VERIFY_OK(ChainVerifier::verify(caOnly));
}

void TestChainVerifier::purpose()
{
    ChainVerifier::Input input = inputFor(*m_chain);
    input.purpose = X509_PURPOSE_SSL_CLIENT; // a serverAuth-only leaf cannot log in as a client
    VERIFY_FAILS_WITH(input, "unsuitable certificate purpose");
}

void TestChainVerifier::currentTimeByDefault()
{
    const auto fresh = makeChain(QStringLiteral("ec:p256"), QDateTime::currentDateTimeUtc());
    SIGNET_VERIFY_OK(fresh);
    ChainVerifier::Input input = inputFor(*fresh, QDateTime());
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
    // The fixture chain was issued in 2025 and has expired by now.
    const ChainVerifier::Input old = inputFor(*m_chain, QDateTime());
    if (QDateTime::currentDateTimeUtc() > m_chain->leaf.cert.notAfter()) {
        VERIFY_FAILS_WITH(old, "expired");
    }
}

void TestChainVerifier::missingIntermediate()
{
    ChainVerifier::Input input = inputFor(*m_chain);
    input.intermediates.clear();
    VERIFY_FAILS_WITH(input, "unable to get local issuer certificate");
}

void TestChainVerifier::wrongRoot()
{
    ChainVerifier::Input input = inputFor(*m_chain);
    input.roots = {&m_other->root.cert}; // same subject name, different key: not the intermediate's issuer
    VERIFY_FAILS_WITH(input, "unable to get local issuer certificate");
    VERIFY_FAILS_WITH(input, "depth 1");

    input.roots.clear();
    VERIFY_FAILS_WITH(input, "unable to get local issuer certificate");

    // Trusting the intermediate alone is not trusting this root either (no partial chains).
    input.roots = {&m_chain->intermediate.cert};
    input.intermediates.clear();
    VERIFY_FAILS_WITH(input, "unable to get issuer certificate");
}

void TestChainVerifier::noLeaf()
{
    ChainVerifier::Input input = inputFor(*m_chain);
    input.leaf = nullptr;
    VERIFY_FAILS_WITH(input, "no certificate");
    const Certificate empty;
    input.leaf = &empty;
    VERIFY_FAILS_WITH(input, "no certificate");
}

void TestChainVerifier::expired()
{
    ChainVerifier::Input input = inputFor(*m_chain, m_chain->leaf.cert.notAfter().addSecs(1));
    VERIFY_FAILS_WITH(input, "expired");
    VERIFY_FAILS_WITH(input, "depth 0");

    input.at = m_chain->leaf.cert.notAfter().addSecs(-1); // the last second is still valid
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
}

void TestChainVerifier::notYetValid()
{
    ChainVerifier::Input input = inputFor(*m_chain, fixedNow().addDays(-1));
    VERIFY_FAILS_WITH(input, "not yet valid");
    // Issuance backdates by five minutes to absorb clock skew between machines.
    input.at = fixedNow().addSecs(-120);
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
}

void TestChainVerifier::revokedLeaf()
{
    const auto rootCrl = crlOf(m_chain->root, {});
    const auto interCrl = crlOf(m_chain->intermediate, {{m_chain->leaf.cert.serialHex(), fixedNow(), 1}});
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(interCrl);
    ChainVerifier::Input input = inputFor(*m_chain);
    input.crls = {&*rootCrl, &*interCrl};
    VERIFY_FAILS_WITH(input, "revoked");
    VERIFY_FAILS_WITH(input, "depth 0");
}

void TestChainVerifier::revokedIntermediate()
{
    const auto rootCrl = crlOf(m_chain->root, {{m_chain->intermediate.cert.serialHex(), fixedNow(), 2}});
    const auto interCrl = crlOf(m_chain->intermediate, {});
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(interCrl);
    ChainVerifier::Input input = inputFor(*m_chain);
    input.crls = {&*rootCrl, &*interCrl};
    VERIFY_FAILS_WITH(input, "revoked");
    VERIFY_FAILS_WITH(input, "depth 1");
}

void TestChainVerifier::crlsWithoutRevocationsPass()
{
    // A CRL that revokes some other serial leaves this leaf alone.
    const auto rootCrl = crlOf(m_chain->root, {});
    const auto interCrl = crlOf(m_chain->intermediate, {{QStringLiteral("4000000000000000000000000000ABCD"), fixedNow(), 1}});
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(interCrl);
    ChainVerifier::Input input = inputFor(*m_chain);
    input.crls = {&*rootCrl, &*interCrl};
    input.purpose = X509_PURPOSE_SSL_SERVER;
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
}

void TestChainVerifier::missingCrl()
{
    const auto rootCrl = crlOf(m_chain->root, {});
    const auto interCrl = crlOf(m_chain->intermediate, {});
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(interCrl);

    // nginx and Apache want a CRL for every CA in the chain; so does the verifier.
    ChainVerifier::Input input = inputFor(*m_chain);
    input.crls = {&*rootCrl};
    VERIFY_FAILS_WITH(input, "unable to get certificate CRL");
    VERIFY_FAILS_WITH(input, "depth 0");

    input.crls = {&*interCrl};
    VERIFY_FAILS_WITH(input, "unable to get certificate CRL");
    VERIFY_FAILS_WITH(input, "depth 1");
}

void TestChainVerifier::expiredCrl()
{
    const auto rootCrl = crlOf(m_chain->root, {}, 30);
    const auto interCrl = crlOf(m_chain->intermediate, {}, 2);
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(interCrl);
    ChainVerifier::Input input = inputFor(*m_chain, fixedNow().addDays(3));
    input.crls = {&*rootCrl, &*interCrl};
    VERIFY_FAILS_WITH(input, "CRL has expired");
    input.at = fixedNow().addDays(1);
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
}

void TestChainVerifier::crlFromImpostorCa()
{
    // A CRL with the intermediate's name but signed by another key does not count as its CRL: its
    // authority key identifier names the other key, so OpenSSL passes it over, as a server does.
    const auto rootCrl = crlOf(m_chain->root, {});
    const auto fakeCrl = crlOf(m_other->intermediate, {});
    SIGNET_VERIFY_OK(rootCrl);
    SIGNET_VERIFY_OK(fakeCrl);
    QCOMPARE(fakeCrl->issuer(), m_chain->intermediate.cert.subject());
    ChainVerifier::Input input = inputFor(*m_chain);
    input.crls = {&*rootCrl, &*fakeCrl};
    VERIFY_FAILS_WITH(input, "unable to get certificate CRL");
    VERIFY_FAILS_WITH(input, "depth 0");
}

void TestChainVerifier::nameConstraints()
{
    const auto root = issueWithNewKey(QStringLiteral("ec:p256"), caRequest(Profile::RootCa, QStringLiteral("NC Root"), 3650),
                                      nullptr);
    SIGNET_VERIFY_OK(root);
    IssuanceRequest interRequest = caRequest(Profile::IntermediateCa, QStringLiteral("NC Intermediate"), 1825);
    interRequest.permittedDns = {QStringLiteral("example.test")};
    const auto inter = issueWithNewKey(QStringLiteral("ec:p256"), interRequest, &*root);
    SIGNET_VERIFY_OK(inter);
    const auto inside = issueWithNewKey(QStringLiteral("ec:p256"),
                                        serverRequest(QStringLiteral("in"), {QStringLiteral("api.example.test")}), &*inter);
    const auto outside = issueWithNewKey(QStringLiteral("ec:p256"),
                                         serverRequest(QStringLiteral("out"), {QStringLiteral("api.other.test")}), &*inter);
    SIGNET_VERIFY_OK(inside);
    SIGNET_VERIFY_OK(outside);

    ChainVerifier::Input input;
    input.leaf = &inside->cert;
    input.intermediates = {&inter->cert};
    input.roots = {&root->cert};
    input.at = during();
    SIGNET_VERIFY_OK(ChainVerifier::verify(input));
    input.leaf = &outside->cert;
    VERIFY_FAILS_WITH(input, "permitted subtree violation");
    VERIFY_FAILS_WITH(input, "a name in 'CN=out' lies outside the name constraints of a CA above it");
}

void TestChainVerifier::pathLength()
{
    // Intermediate with pathlen 0 signs another CA: anything under that CA must be refused.
    const auto subCa = issueWithNewKey(QStringLiteral("ec:p256"),
                                       caRequest(Profile::IntermediateCa, QStringLiteral("Sub CA"), 1000),
                                       &m_chain->intermediate);
    SIGNET_VERIFY_OK(subCa);
    QCOMPARE(m_chain->intermediate.cert.pathLength(), 0);
    const auto leaf = issueWithNewKey(QStringLiteral("ec:p256"),
                                      serverRequest(QStringLiteral("deep"), {QStringLiteral("deep.example.test")}),
                                      &*subCa);
    SIGNET_VERIFY_OK(leaf);
    ChainVerifier::Input input;
    input.leaf = &leaf->cert;
    input.intermediates = {&subCa->cert, &m_chain->intermediate.cert};
    input.roots = {&m_chain->root.cert};
    input.at = during();
    VERIFY_FAILS_WITH(input, "path length constraint exceeded");
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_ChainVerifier.moc"
