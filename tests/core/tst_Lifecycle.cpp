// Removing, restoring, renaming and releasing through the façade, on a real workspace file: what
// each does to the lists, the look-ups, the CRLs, the keys and the audit log, and that refused input
// changes nothing.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "crypto/Crl.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

QDateTime t0()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

// The entry for `serial` on the CRL: its reason code, -1 without one, nullopt when it is not listed.
std::optional<int> crlEntry(const CrlRecord& record, const QString& serial)
{
    auto crl = Crl::fromData(record.der);
    if (!crl) {
        return std::nullopt;
    }
    for (const RevokedEntry& entry : crl->revoked()) {
        if (entry.serialHex == serial) {
            return entry.reason;
        }
    }
    return std::nullopt;
}
} // namespace

class tst_Lifecycle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Fixed unless a test moves it: removals within one second must still be told apart.
    QDateTime m_now = t0();
    std::unique_ptr<Workspace> m_ws;

    Clock clock()
    {
        return [this] { return m_now; };
    }
    CertificateRecord ca(const QString& name, const QString& issuer = {})
    {
        auto made = m_ws->createCa({name, DistinguishedName::fromCommonName(name), test::keySpec(QStringLiteral("ec:p256")), 1825,
                                    issuer.isEmpty() ? CertificateRef() : CertificateRef::typed(issuer), -1, {}, {}});
        return made ? made->record : CertificateRecord{};
    }
    static LeafOptions clientOptions(const QString& ca, const QString& cn)
    {
        LeafOptions options;
        options.ca = CertificateRef::typed(ca);
        options.profile = Profile::Client;
        options.subject = DistinguishedName::fromCommonName(cn);
        return options;
    }
    CertificateRecord client(const QString& ca, const QString& cn)
    {
        auto made = m_ws->issue(clientOptions(ca, cn));
        return made ? made->record : CertificateRecord{};
    }
    qint64 auditCount()
    {
        auto entries = m_ws->recentAudit(100000);
        return entries ? entries->size() : -1;
    }
    QStringList names(bool removed)
    {
        CertificateRepository::Filter filter;
        filter.removed = removed;
        filter.now = m_now;
        filter.withDer = false;
        QStringList out;
        if (auto rows = m_ws->list(filter)) {
            for (const CertificateRecord& r : *rows) {
                out << r.name;
            }
        }
        out.sort();
        return out;
    }
    void verifyIntact()
    {
        auto report = m_ws->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

private slots:
    void init()
    {
        m_now = t0();
        static int n = 0;
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(QStringLiteral("life%1.signet").arg(++n))), kPassword, clock(), kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        QVERIFY(ca(QStringLiteral("Root")).id > 0);
        QVERIFY(ca(QStringLiteral("Issuing"), QStringLiteral("Root")).id > 0);
        QVERIFY(client(QStringLiteral("Issuing"), QStringLiteral("alice")).id > 0);
        QVERIFY(client(QStringLiteral("Issuing"), QStringLiteral("bob")).id > 0);
    }

    void cleanup() { m_ws.reset(); }

    void removedRevokedLeafStaysOnTheCrl()
    {
        auto revoked = m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise);
        SIGNET_VERIFY_OK(revoked);
        const qint64 before = auditCount();
        auto removed = m_ws->remove(CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(removed);
        QCOMPARE(removed->certificates, qint64(1));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(names(false), (QStringList{QStringLiteral("Issuing"), QStringLiteral("Root"), QStringLiteral("bob")}));
        QCOMPARE(names(true), QStringList{QStringLiteral("alice")});

        auto byName = m_ws->find(CertificateRef::typed(QStringLiteral("alice")));
        QVERIFY(!byName);
        QVERIFY2(byName.error().message.contains(QStringLiteral("was removed")), qPrintable(byName.error().toString()));
        QVERIFY(!m_ws->find(CertificateRef::typed(revoked->serial)));
        QVERIFY(!m_ws->find(CertificateRef::id(revoked->id)));
        SIGNET_VERIFY_OK(m_ws->findIncludingRemoved(CertificateRef::typed(QStringLiteral("alice"))));
        ExportOptions pem;
        pem.format = ExportFormat::Pem;
        QVERIFY(!m_ws->exportCertificate(CertificateRef::typed(QStringLiteral("alice")), pem));

        auto crl = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(crl);
        QCOMPARE(crlEntry(crl->crl, revoked->serial), std::optional<int>(1));

        // Gone from view, so nothing more to publish about it; back in view after the restore.
        auto restored = m_ws->restore(CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(restored);
        QCOMPARE(restored->certificates, qint64(1));
        SIGNET_VERIFY_OK(m_ws->find(CertificateRef::typed(QStringLiteral("alice"))));
        QVERIFY(names(true).isEmpty());
        verifyIntact();
    }

    void caGoesWithEverythingBelowIt()
    {
        QVERIFY(ca(QStringLiteral("Sub"), QStringLiteral("Issuing")).id > 0);
        QVERIFY(client(QStringLiteral("Sub"), QStringLiteral("carol")).id > 0);
        // Removed on its own within the same second as the CA below: it must stay removed on restore.
        SIGNET_VERIFY_OK(m_ws->remove(CertificateRef::typed(QStringLiteral("bob"))));

        auto count = m_ws->countForRemoval(CertificateRef::typed(QStringLiteral("Issuing")));
        SIGNET_VERIFY_OK(count);
        QCOMPARE(count->certificates, qint64(4)); // Issuing, alice, Sub, carol
        QCOMPARE(count->cas, qint64(2));
        QCOMPARE(count->keys, qint64(4));
        QCOMPARE(names(true), QStringList{QStringLiteral("bob")}); // counting changed nothing

        // A confirmation for another count than what would go now goes nowhere.
        auto stale = m_ws->remove(CertificateRef::typed(QStringLiteral("Issuing")), RemoveOptions{false, 3});
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QStringLiteral("changed since it was counted")),
                 qPrintable(stale.error().toString()));
        auto removed = m_ws->remove(CertificateRef::typed(QStringLiteral("Issuing")), RemoveOptions{false, 4});
        SIGNET_VERIFY_OK(removed);
        QCOMPARE(removed->certificates, qint64(4));
        QVERIFY(!removed->keysDestroyed);
        QCOMPARE(names(false), QStringList{QStringLiteral("Root")});

        // Nothing is issued under a removed CA, and nothing below it comes back on its own.
        auto issued = m_ws->issue(clientOptions(QStringLiteral("Sub"), QStringLiteral("dave")));
        QVERIFY(!issued);
        QVERIFY(issued.error().message.contains(QStringLiteral("was removed")));
        auto early = m_ws->restore(CertificateRef::typed(QStringLiteral("carol")));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("restore 'Sub' first")), qPrintable(early.error().toString()));
        auto again = m_ws->remove(CertificateRef::typed(QStringLiteral("Sub")));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already removed")));

        auto restored = m_ws->restore(CertificateRef::typed(QStringLiteral("Issuing")));
        SIGNET_VERIFY_OK(restored);
        QCOMPARE(restored->certificates, qint64(4));
        QCOMPARE(names(true), QStringList{QStringLiteral("bob")});
        SIGNET_VERIFY_OK(m_ws->issue(clientOptions(QStringLiteral("Sub"), QStringLiteral("dave"))));
        verifyIntact();
    }

    void destroyKeyDeletesItForGood()
    {
        auto removed = m_ws->remove(CertificateRef::typed(QStringLiteral("bob")), RemoveOptions{true, std::nullopt});
        SIGNET_VERIFY_OK(removed);
        QVERIFY(removed->keysDestroyed);
        QCOMPARE(removed->keys, qint64(1));
        auto audit = m_ws->recentAudit(1);
        SIGNET_VERIFY_OK(audit);
        QCOMPARE(audit->front().action, QStringLiteral("remove"));
        QVERIFY(audit->front().details.contains(QStringLiteral("keys_destroyed=1")));

        SIGNET_VERIFY_OK(m_ws->restore(CertificateRef::typed(QStringLiteral("bob"))));
        auto bob = m_ws->find(CertificateRef::typed(QStringLiteral("bob")));
        SIGNET_VERIFY_OK(bob);
        QVERIFY(!bob->keyId);
        ExportOptions key;
        key.format = ExportFormat::Key;
        auto exported = m_ws->exportCertificate(CertificateRef::typed(QStringLiteral("bob")), key);
        QVERIFY(!exported);
        auto report = m_ws->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY(report->intact());
        QCOMPARE(report->keys, qint64(3)); // Root, Issuing, alice
    }

    void renameKeepsNamesUnique()
    {
        auto renamed = m_ws->rename(CertificateRef::typed(QStringLiteral("alice")), QStringLiteral("Alice Laptop"));
        SIGNET_VERIFY_OK(renamed);
        QCOMPARE(renamed->name, QStringLiteral("Alice Laptop"));
        SIGNET_VERIFY_OK(m_ws->find(CertificateRef::typed(QStringLiteral("Alice Laptop"))));
        QVERIFY(!m_ws->find(CertificateRef::typed(QStringLiteral("alice"))));
        // Only the case changes: the name is still its own.
        SIGNET_VERIFY_OK(m_ws->rename(CertificateRef::typed(QStringLiteral("Alice Laptop")), QStringLiteral("alice laptop")));

        const qint64 before = auditCount();
        auto taken = m_ws->rename(CertificateRef::typed(QStringLiteral("alice laptop")), QStringLiteral("BOB"));
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(QStringLiteral("already taken")));
        QVERIFY(!m_ws->rename(CertificateRef::typed(QStringLiteral("alice laptop")), QStringLiteral("id:7")));
        QVERIFY(!m_ws->rename(CertificateRef::typed(QStringLiteral("alice laptop")), QString()));
        QVERIFY(!m_ws->rename(CertificateRef::typed(QStringLiteral("nobody")), QStringLiteral("x")));
        SIGNET_VERIFY_OK(m_ws->remove(CertificateRef::typed(QStringLiteral("bob"))));
        auto removedName = m_ws->rename(CertificateRef::typed(QStringLiteral("alice laptop")), QStringLiteral("bob"));
        QVERIFY(!removedName);
        QVERIFY(removedName.error().message.contains(QStringLiteral("removed certificate")));
        QCOMPARE(auditCount(), before + 1); // the removal only
        verifyIntact();
    }

    void releaseListsRemoveFromCrlOnce()
    {
        auto held = m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::CertificateHold);
        SIGNET_VERIFY_OK(held);
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("bob")), RevocationReason::KeyCompromise));
        auto first = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(first);
        QCOMPARE(crlEntry(first->crl, held->serial), std::optional<int>(6));

        const qint64 before = auditCount();
        auto notHold = m_ws->release(CertificateRef::typed(QStringLiteral("bob")));
        QVERIFY(!notHold);
        QVERIFY(notHold.error().message.contains(QStringLiteral("keyCompromise")));
        QVERIFY(!m_ws->release(CertificateRef::typed(QStringLiteral("Root"))));
        QCOMPARE(auditCount(), before);

        m_now = m_now.addSecs(60);
        auto released = m_ws->release(CertificateRef::typed(QStringLiteral("alice")));
        SIGNET_VERIFY_OK(released);
        QVERIFY(!released->revoked);
        QCOMPARE(released->statusAt(m_now), CertificateStatus::Valid);
        QCOMPARE(auditCount(), before + 1);
        auto pending = m_ws->unpublishedRevocations();
        SIGNET_VERIFY_OK(pending);
        QCOMPARE(pending->size(), qsizetype(1));
        QVERIFY(!m_ws->release(CertificateRef::typed(QStringLiteral("alice"))));

        m_now = m_now.addSecs(60);
        auto second = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(second);
        QCOMPARE(crlEntry(second->crl, held->serial), std::optional<int>(kRemoveFromCrlCode));
        QCOMPARE(*second->crl.revokedCount, qint64(1));
        pending = m_ws->unpublishedRevocations();
        SIGNET_VERIFY_OK(pending);
        QVERIFY(pending->isEmpty());

        m_now = m_now.addSecs(60);
        auto third = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(third);
        QCOMPARE(crlEntry(third->crl, held->serial), std::nullopt);
        verifyIntact();

        // On hold once more, it is listed as held again.
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::CertificateHold));
        auto fourth = m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 7);
        SIGNET_VERIFY_OK(fourth);
        QCOMPARE(crlEntry(fourth->crl, held->serial), std::optional<int>(6));
    }

    void importKnowsRemovedCertificates()
    {
        auto alice = m_ws->find(CertificateRef::typed(QStringLiteral("alice")));
        auto issuing = m_ws->find(CertificateRef::typed(QStringLiteral("Issuing")));
        SIGNET_VERIFY_OK(alice);
        SIGNET_VERIFY_OK(issuing);
        ExportOptions keyOptions;
        keyOptions.format = ExportFormat::Key;
        auto keyPem = m_ws->exportCertificate(CertificateRef::typed(QStringLiteral("Issuing")), keyOptions);
        SIGNET_VERIFY_OK(keyPem);
        auto key = PrivateKey::fromData(keyPem->data);
        auto caCert = Certificate::fromDer(issuing->der);
        SIGNET_VERIFY_OK(key);
        SIGNET_VERIFY_OK(caCert);
        // Signed by the CA elsewhere, never seen by this workspace.
        const test::Issued ca{std::move(key).value(), std::move(caCert).value()};
        auto outside = test::issueWithNewKey(QStringLiteral("ec:p256"),
                                             test::clientRequest(QStringLiteral("frank"), {}), &ca, m_now);
        SIGNET_VERIFY_OK(outside);
        SIGNET_VERIFY_OK(m_ws->remove(CertificateRef::typed(QStringLiteral("Issuing")), RemoveOptions{}));

        const QString aliceFile = m_dir.filePath(QStringLiteral("alice.der"));
        const QString frankFile = m_dir.filePath(QStringLiteral("frank.der"));
        for (const auto& [file, der] : {std::pair{aliceFile, alice->der}, std::pair{frankFile, outside->cert.toDer()}}) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(der);
        }
        auto report = m_ws->importFiles({aliceFile, frankFile}, {});
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->certificateNames(), QStringList{QStringLiteral("frank")});
        QVERIFY2(report->skipped.join(QLatin1Char('\n')).contains(QStringLiteral("removed: restore it instead")),
                 qPrintable(report->skipped.join(QLatin1Char('\n'))));
        // Not hidden below the removed CA: in view, with no issuer here.
        auto frank = m_ws->find(CertificateRef::typed(QStringLiteral("frank")));
        SIGNET_VERIFY_OK(frank);
        QVERIFY(!frank->issuerId);
        QVERIFY(names(false).contains(QStringLiteral("frank")));
    }

    void refusedInputChangesNothing()
    {
        const qint64 before = auditCount();
        QVERIFY(!m_ws->remove(CertificateRef::typed(QStringLiteral("nobody"))));
        QVERIFY(!m_ws->countForRemoval(CertificateRef::typed(QStringLiteral("nobody"))));
        auto present = m_ws->restore(CertificateRef::typed(QStringLiteral("alice")));
        QVERIFY(!present);
        QVERIFY(present.error().message.contains(QStringLiteral("is not removed")));
        QVERIFY(!m_ws->restore(CertificateRef::typed(QStringLiteral("nobody"))));
        QVERIFY(!m_ws->release(CertificateRef::typed(QStringLiteral("alice"))));
        QCOMPARE(auditCount(), before);
        QCOMPARE(names(true), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_Lifecycle.moc"
