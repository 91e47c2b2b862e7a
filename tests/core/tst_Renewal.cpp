// Renewal through the façade: what a renewal keeps and changes, the links and the name, a CA renewed
// with its key keeping what it issued, a re-keyed CA as a new generation, refusals that change
// nothing, and a tampered link caught.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "pki/ChainVerifier.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");
} // namespace

class tst_Renewal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    std::unique_ptr<Workspace> m_ws;

    Certificate certOf(const CertificateRecord& record)
    {
        auto cert = m_ws->certificate(record);
        return cert ? std::move(cert).value() : Certificate();
    }
    CertificateRecord named(const QString& name)
    {
        auto found = m_ws->find(CertificateRef::typed(name));
        return found ? std::move(found).value() : CertificateRecord();
    }
    bool verifies(const Certificate& leaf, const Certificate& intermediate, const Certificate& root)
    {
        ChainVerifier::Input input;
        input.leaf = &leaf;
        input.intermediates = {&intermediate};
        input.roots = {&root};
        input.at = m_now;
        return ChainVerifier::verify(input).ok();
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet"));
        auto ws = Workspace::create(test::workspaceAt(file), kPassword, [this] { return m_now; }, kFastKdf);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().toString()));
        m_ws = std::move(ws).value();
        CaOptions root{QStringLiteral("Root"), test::dn(QStringLiteral("CN=Renewal Root")), test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}};
        SIGNET_VERIFY_OK(m_ws->createCa(root));
        CaOptions issuing{QStringLiteral("Issuing"), test::dn(QStringLiteral("CN=Renewal Issuing")), test::keySpec(QStringLiteral("ec:p256")), 730,
                          CertificateRef::typed(QStringLiteral("Root")), 0, {QStringLiteral("example.test")}, {}};
        SIGNET_VERIFY_OK(m_ws->createCa(issuing));
        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        server.dnsNames = {QStringLiteral("www.example.test")};
        server.days = 90;
        SIGNET_VERIFY_OK(m_ws->issue(server));
    }

    void leafKeepsSubjectNamesAndKey()
    {
        const CertificateRecord before = named(QStringLiteral("www.example.test"));
        m_now = m_now.addDays(80);
        auto renewed = m_ws->renew(CertificateRef::typed(QStringLiteral("www.example.test")), {});
        SIGNET_VERIFY_OK(renewed);
        const CertificateRecord& fresh = renewed->issued.record;
        QCOMPARE(fresh.name, QStringLiteral("www.example.test"));
        QVERIFY(fresh.serial != before.serial);
        QCOMPARE(fresh.subject, before.subject);
        QCOMPARE(fresh.sans, before.sans);
        QCOMPARE(fresh.profile, before.profile);
        QCOMPARE(fresh.keyId, before.keyId);
        QCOMPARE(fresh.notAfter.toSecsSinceEpoch() - fresh.notBefore.toSecsSinceEpoch(),
                 before.notAfter.toSecsSinceEpoch() - before.notBefore.toSecsSinceEpoch());
        QCOMPARE(fresh.renewedFrom, std::optional<qint64>(before.id));
        QCOMPARE(renewed->previous.supersededBy, std::optional<qint64>(fresh.id));
        QCOMPARE(renewed->previous.name, QStringLiteral("www.example.test (%1)").arg(before.serial.left(8)));
        QCOMPARE(renewed->previous.statusAt(m_now), CertificateStatus::Superseded);
        // Found by name: the newest; by serial: the previous one.
        QCOMPARE(named(QStringLiteral("www.example.test")).id, fresh.id);
        QCOMPARE(named(before.serial).id, before.id);
        QCOMPARE(certOf(fresh).publicKeyDer(), certOf(before).publicKeyDer());
        // The superseded one is not counted as expiring.
        CertificateRepository::Filter expiring;
        expiring.now = m_now;
        expiring.status = CertificateStatus::Expiring;
        QCOMPARE(*m_ws->count(expiring), 0);
        auto again = m_ws->renew(CertificateRef::id(before.id), {});
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("renewed already")));
    }

    void rekeyAndRevokeOld()
    {
        const CertificateRecord before = named(QStringLiteral("www.example.test"));
        RenewOptions options;
        options.rekey = true;
        options.revokeOld = true;
        auto renewed = m_ws->renew(CertificateRef::typed(QStringLiteral("www.example.test")), options);
        SIGNET_VERIFY_OK(renewed);
        QVERIFY(renewed->issued.record.keyId != before.keyId);
        QVERIFY(certOf(renewed->issued.record).publicKeyDer() != certOf(before).publicKeyDer());
        QVERIFY(renewed->previous.revoked);
        QCOMPARE(renewed->previous.revocationReason, RevocationReason::Superseded);
    }

    void caWithItsKeyKeepsWhatItIssued()
    {
        const CertificateRecord oldCa = named(QStringLiteral("Issuing"));
        const CertificateRecord leaf = named(QStringLiteral("www.example.test"));
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::id(leaf.id), RevocationReason::KeyCompromise));
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7));
        auto renewed = m_ws->renew(CertificateRef::typed(QStringLiteral("Issuing")), {});
        SIGNET_VERIFY_OK(renewed);
        const CertificateRecord& newCa = renewed->issued.record;
        QCOMPARE(certOf(newCa).pathLength(), 0);
        QCOMPARE(certOf(newCa).permittedDnsDomains(), certOf(oldCa).permittedDnsDomains());
        QCOMPARE(certOf(newCa).subjectKeyId(), certOf(oldCa).subjectKeyId());
        // The leaf moved under the new CA certificate and verifies under both.
        QCOMPARE(named(leaf.serial).issuerId, std::optional<qint64>(newCa.id));
        const Certificate root = certOf(named(QStringLiteral("Root")));
        QVERIFY(verifies(certOf(leaf), certOf(newCa), root));
        QVERIFY(verifies(certOf(leaf), certOf(oldCa), root));
        // Its CRL moved too: the next one continues the numbers and lists the revoked leaf.
        auto crl = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(crl);
        QCOMPARE(crl->crl.caId, newCa.id);
        QCOMPARE(crl->crl.number, 2);
        // A new leaf verifies under the previous CA certificate as well.
        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        auto alice = m_ws->issue(client);
        SIGNET_VERIFY_OK(alice);
        QVERIFY(verifies(certOf(alice->record), certOf(oldCa), root));
        SIGNET_VERIFY_OK(m_ws->verify());
    }

    void rekeyedCaIsANewGeneration()
    {
        const CertificateRecord leaf = named(QStringLiteral("www.example.test"));
        RenewOptions options;
        options.rekey = true;
        auto renewed = m_ws->renew(CertificateRef::typed(QStringLiteral("Issuing")), options);
        SIGNET_VERIFY_OK(renewed);
        QCOMPARE(named(leaf.serial).issuerId, std::optional<qint64>(renewed->previous.id));
        // Renewing the leaf now issues it under the newest generation.
        auto leafRenewed = m_ws->renew(CertificateRef::id(leaf.id), {});
        SIGNET_VERIFY_OK(leafRenewed);
        QCOMPARE(leafRenewed->issued.record.issuerId, std::optional<qint64>(renewed->issued.record.id));
    }

    void refusalsChangeNothing()
    {
        const qint64 before = *m_ws->count({});
        QVERIFY(!m_ws->renew(CertificateRef::typed(QStringLiteral("nosuch")), {}));
        RenewOptions revokeRoot;
        revokeRoot.revokeOld = true;
        auto root = m_ws->renew(CertificateRef::typed(QStringLiteral("Root")), revokeRoot);
        QVERIFY(!root);
        QVERIFY(root.error().message.contains(QStringLiteral("root CA cannot be revoked")));
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("www.example.test")), RevocationReason::Unspecified));
        auto revoked = m_ws->renew(CertificateRef::typed(QStringLiteral("www.example.test")), {});
        QVERIFY(!revoked);
        QVERIFY(revoked.error().message.contains(QStringLiteral("revoked")));
        RenewOptions tooLong;
        tooLong.days = 5000;
        QVERIFY(!m_ws->renew(CertificateRef::typed(QStringLiteral("Issuing")), tooLong));
        QCOMPARE(*m_ws->count({}), before);
        QVERIFY(named(QStringLiteral("Issuing")).isCa);
    }

    void expiringListsWhatIsDue()
    {
        m_now = m_now.addDays(70);
        auto due = m_ws->renewable(30);
        SIGNET_VERIFY_OK(due);
        QCOMPARE(due->size(), std::size_t(1));
        QCOMPARE(due->front().name, QStringLiteral("www.example.test"));
        SIGNET_VERIFY_OK(m_ws->renew(CertificateRef::id(due->front().id), {}));
        QVERIFY(m_ws->renewable(30)->empty());
    }

    void tamperedLinkIsCaught()
    {
        const CertificateRecord before = named(QStringLiteral("www.example.test"));
        SIGNET_VERIFY_OK(m_ws->renew(CertificateRef::typed(QStringLiteral("www.example.test")), {}));
        const QString file = m_ws->path();
        m_ws.reset();
        {
            // Whoever can write the file clears the link to make the old certificate current again.
            auto db = Database::open(test::workspaceAt(file), false);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE certificates SET superseded_by = NULL WHERE id = %1").arg(before.id)));
        }
        auto ws = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY(ws);
        auto found = (*ws)->find(CertificateRef::id(before.id));
        QVERIFY(!found);
        QVERIFY(found.error().message.contains(QStringLiteral("changed outside Signet")));
    }
};

QTEST_GUILESS_MAIN(tst_Renewal)
#include "tst_Renewal.moc"
