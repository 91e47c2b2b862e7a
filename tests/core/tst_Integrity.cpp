// Row authentication from the inside: a workspace from before row MACs is sealed on its first
// unlock (and then verifies, keeps its revocations and CRL numbers), an edit that an attacker
// could not sign is named by verify, a key row linked to the wrong certificate is refused even
// when its MAC is valid, and the stored scrypt parameters are bounded.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"
#include "Workspace.h"
#include "crypto/Crl.h"
#include "crypto/KeyWrap.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/RowAuthenticator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

using namespace signet;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("integrity test password");

QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
}

QByteArray sha256(const QByteArray& data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(len));
}

QByteArray field(const QByteArray& value)
{
    return QByteArray::number(value.size()) + ':' + value;
}

// What a workspace looked like before members: its one password's slot in `meta` (as the first
// member's password, here the test password) sealing the master key, and every key sealed under it.
// Returns the slot's key and the master key.
Result<std::pair<SecretBytes, SecretBytes>> unmember(Database& d)
{
    auto row = d.exec(QStringLiteral("SELECT id, scrypt_n, scrypt_r, scrypt_p, salt, sealed FROM members ORDER BY id LIMIT 1"));
    if (!row || !row->next()) {
        return makeError(QStringLiteral("no member"));
    }
    const qint64 member = row->value(0).toLongLong();
    const KeyVault::KdfParams params{static_cast<quint64>(row->value(1).toLongLong()), static_cast<quint32>(row->value(2).toLongLong()),
                                     static_cast<quint32>(row->value(3).toLongLong())};
    const QByteArray salt = row->value(4).toByteArray();
    auto kek = KeyVault::deriveKey(kPassword, salt, params);
    auto secret = kek ? KeyVault::openWith(*kek, row->value(5).toByteArray(), "signet:member:v1:" + QByteArray::number(member))
                      : Result<SecretBytes>(kek.error());
    row->finish();
    if (!secret) {
        return secret.error();
    }
    SecretBytes master(secret->data(), 32);
    const SecretBytes own(secret->data() + 32, 32);
    auto shares = d.exec(QStringLiteral("SELECT s.key_id, s.wrapped, k.sealed FROM key_shares s JOIN keys k ON k.id = s.key_id"
                                        " WHERE s.member_id = ?"),
                         {member});
    QList<QVariantList> resealed;
    while (shares && shares->next()) {
        const QByteArray id = QByteArray::number(shares->value(0).toLongLong());
        auto keyKey = KeyWrap::unwrap(shares->value(1).toByteArray(), own, "signet:key-share:v1:" + id + ':' + QByteArray::number(member));
        auto plain = keyKey ? KeyVault::openWith(*keyKey, shares->value(2).toByteArray(), "signet:key:own:v1:" + id)
                            : Result<SecretBytes>(keyKey.error());
        auto sealed = plain ? KeyVault::sealWith(master, *plain, "signet:key:v1:" + id) : Result<QByteArray>(plain.error());
        if (!sealed) {
            return sealed.error();
        }
        resealed.append({*sealed, shares->value(0)});
    }
    QStringList statements{QStringLiteral("DELETE FROM key_shares"), QStringLiteral("DELETE FROM members"),
                           QStringLiteral("DELETE FROM meta WHERE key = 'vault.members'")};
    for (const QString& sql : statements) {
        if (auto q = d.exec(sql); !q) {
            return q.error();
        }
    }
    for (const QVariantList& key : resealed) {
        if (auto q = d.exec(QStringLiteral("UPDATE keys SET sealed = ? WHERE id = ?"), key); !q) {
            return q.error();
        }
    }
    auto sealedMaster = KeyVault::sealWith(*kek, master, QByteArrayLiteral("signet:master-key:v2"));
    if (!sealedMaster) {
        return sealedMaster.error();
    }
    const QList<std::pair<QString, QByteArray>> slot{{QStringLiteral("vault.kdf"), "scrypt"},
                                                     {QStringLiteral("vault.scrypt_n"), QByteArray::number(params.n)},
                                                     {QStringLiteral("vault.scrypt_r"), QByteArray::number(params.r)},
                                                     {QStringLiteral("vault.scrypt_p"), QByteArray::number(params.p)},
                                                     {QStringLiteral("vault.salt"), salt},
                                                     {QStringLiteral("vault.sealed_master_key"), *sealedMaster}};
    for (const auto& [key, value] : slot) {
        if (auto q = d.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {key, value}); !q) {
            return q.error();
        }
    }
    return std::pair<SecretBytes, SecretBytes>(std::move(kek).value(), std::move(master));
}

// What a workspace looked like before row authentication: no MACs, no CA counters, the master
// key sealed under the old associated data, the audit log an unkeyed SHA-256 chain without a head.
Status makeLegacy(const QString& path)
{
    auto db = Database::open(test::workspaceAt(path), false);
    if (!db) {
        return db.error();
    }
    Database& d = **db;
    auto slot = unmember(d);
    if (!slot) {
        return slot.error();
    }
    auto& [kek, master] = *slot;
    auto legacy = KeyVault::sealWith(kek, master, QByteArrayLiteral("signet:master-key:v1"));
    QByteArray previous(32, '\0');
    QList<QVariantList> audit;
    auto rows = d.exec(QStringLiteral("SELECT id, at, action, target, details FROM audit_log ORDER BY id"));
    while (rows && rows->next()) {
        const QByteArray hash = sha256(field(previous) + field(rows->value(1).toByteArray())
                                       + field(rows->value(2).toString().toUtf8()) + field(rows->value(3).toString().toUtf8())
                                       + field(rows->value(4).toString().toUtf8()));
        audit.append({previous, hash, rows->value(0)});
        previous = hash;
    }
    QStringList statements = {
        QStringLiteral("UPDATE certificates SET mac = NULL, revocations = 0, last_crl_number = 0"),
        QStringLiteral("UPDATE keys SET mac = NULL"), QStringLiteral("UPDATE crls SET mac = NULL"),
        QStringLiteral("DELETE FROM meta WHERE key = 'vault.format' OR key LIKE 'audit.head%'"),
        test::allowAuditEdits()};
    for (const QString& sql : statements) {
        if (auto q = d.exec(sql); !q) {
            return q.error();
        }
    }
    for (const QVariantList& row : audit) {
        if (auto q = d.exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"), row); !q) {
            return q.error();
        }
    }
    if (auto q = d.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'vault.sealed_master_key'"), {*legacy});
        !q) {
        return q.error();
    }
    return {};
}
} // namespace

class tst_Integrity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = t0();

    std::unique_ptr<Workspace> populated(const QString& name)
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(name)), kPassword, [this] { return m_now; }, kFastKdf);
        if (!ws) {
            qWarning() << ws.error().toString();
            return nullptr;
        }
        Workspace& w = **ws;
        const bool ok = w.createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Integrity Root")), test::keySpec(QStringLiteral("ec:p256")),
                                    3650, {}, -1, {}, {}})
                        && w.createCa({QStringLiteral("Issuing"), test::dn(QStringLiteral("CN=Integrity Issuing")),
                                       test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(QStringLiteral("Root")), -1, {}, {}});
        for (const char* cn : {"ann", "bob", "cy"}) {
            LeafOptions leaf;
            leaf.ca = CertificateRef::typed(QStringLiteral("Issuing"));
            leaf.profile = Profile::Client;
            leaf.subject = DistinguishedName::fromCommonName(QString::fromLatin1(cn));
            if (!ok || !w.issue(leaf)) {
                return nullptr;
            }
        }
        if (!w.revoke(CertificateRef::typed(QStringLiteral("ann")), RevocationReason::KeyCompromise) || !w.publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 30)
            || !w.publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 30)) {
            return nullptr;
        }
        return std::move(ws).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void legacyWorkspaceIsSealedOnFirstUnlock()
    {
        const QString file = m_dir.filePath(QStringLiteral("legacy.signet"));
        QVERIFY(populated(QStringLiteral("legacy.signet")));
        SIGNET_VERIFY_OK(makeLegacy(file));

        auto ws = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        auto report = (*ws)->verify();
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->certificates, 5);
        QCOMPARE(report->keys, 5);
        QCOMPARE(report->crls, 1);
        // Sealed, then given its first member (the password's), in that order.
        auto audit = (*ws)->recentAudit(2);
        QVERIFY(audit && audit->size() == 2);
        QCOMPARE(audit->front().action, QStringLiteral("member-add"));
        QCOMPARE(audit->back().action, QStringLiteral("seal-workspace"));
        QVERIFY(!audit->back().details.contains(QStringLiteral("broken")));
        // The sealed CA knows its revocation and its last CRL number: the next CRL is number 3.
        auto crl = (*ws)->publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 30);
        QVERIFY2(crl, qPrintable(crl ? QString() : crl.error().toString()));
        QCOMPARE(crl->crl.number, 3);
        QCOMPARE(Crl::fromData(crl->crl.der)->revoked().size(), std::size_t(1));
        ws->reset();

        // Sealed once, there is no way back to the old format: with the format marker gone, a row
        // without a MAC is still an alteration.
        {
            auto db = Database::open(test::workspaceAt(file), false);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("DELETE FROM meta WHERE key = 'vault.format'")));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE certificates SET mac = NULL WHERE name = 'bob'")));
        }
        auto downgraded = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY2(downgraded, qPrintable(downgraded ? QString() : downgraded.error().toString()));
        auto found = (*downgraded)->verify();
        QVERIFY(found && !found->intact());
        QVERIFY(found->problems.join(QLatin1Char('\n')).contains(QStringLiteral("'bob'")));
    }

    void verifyNamesEveryAlteredItem()
    {
        const QString file = m_dir.filePath(QStringLiteral("altered.signet"));
        QVERIFY(populated(QStringLiteral("altered.signet")));
        {
            auto db = Database::open(test::workspaceAt(file), false);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE certificates SET profile = 'server' WHERE name = 'bob'")));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE keys SET public_key = ? WHERE id = 1"), {QByteArray(1, '\0')}));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE crls SET next_update = next_update + 86400")));
        }
        auto ws = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY(ws);
        auto report = (*ws)->verify();
        QVERIFY(report);
        QVERIFY(!report->intact());
        const QString all = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("the certificate 'bob' was changed outside Signet")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("private key 1 was changed outside Signet")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the CRL of CA 'Issuing' was changed outside Signet")), qPrintable(all));
        // A list for display marks the altered row instead of failing.
        CertificateRepository::Filter everything;
        everything.now = m_now;
        auto rows = (*ws)->list(everything);
        QVERIFY(rows);
        int altered = 0;
        for (const CertificateRecord& r : *rows) {
            altered += r.authentic ? 0 : 1;
            QCOMPARE(r.statusAt(m_now) == CertificateStatus::Altered, r.name == QLatin1String("bob"));
        }
        QCOMPARE(altered, 1);
    }

    void aKeyOfAnotherCertificateIsRefusedEvenWithAValidMac()
    {
        // Whoever knows the password can sign any row; Signet still never hands out a key that
        // does not belong to the certificate.
        const QString file = m_dir.filePath(QStringLiteral("keys.signet"));
        QVERIFY(populated(QStringLiteral("keys.signet")));
        auto db = Database::open(test::workspaceAt(file), false);
        QVERIFY(db);
        auto vault = KeyVault::unlock(**db, kPassword);
        QVERIFY(vault);
        auto rows = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::Rows);
        QVERIFY(rows);
        CertificateRepository repo(**db, *rows);
        auto bob = repo.byName(QStringLiteral("bob"));
        auto cy = repo.byName(QStringLiteral("cy"));
        QVERIFY(bob && cy && !bob->empty() && !cy->empty());
        CertificateRecord forged = bob->front();
        forged.keyId = cy->front().keyId;
        SIGNET_VERIFY_OK(repo.update(forged));
        db->reset();

        auto ws = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY(ws);
        ExportOptions options;
        options.format = ExportFormat::Key;
        auto exported = (*ws)->exportCertificate(CertificateRef::typed(QStringLiteral("bob")), options);
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(QStringLiteral("belongs to another certificate")),
                 qPrintable(exported.error().toString()));
        auto report = (*ws)->verify();
        QVERIFY(report && !report->intact());
    }

    // Without the password: the public rows read unchecked (and say so), nothing can be changed,
    // no key opened, and the file is not written at all.
    void readOnlyOpeningReadsPublicDataAndChangesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("public.signet"));
        {
            auto ws = populated(QStringLiteral("public.signet"));
            QVERIFY(ws);
        }
        auto bytes = [&file] { return test::storedBytes(file); };
        const QByteArray before = bytes();
        auto ws = Workspace::openReadOnly(test::workspaceAt(file), [this] { return m_now; });
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        Workspace& w = **ws;
        QVERIFY(!w.isAuthenticated());
        CertificateRepository::Filter all;
        all.now = m_now;
        auto listed = w.list(all);
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(5));
        auto ann = w.find(CertificateRef::typed(QStringLiteral("ann")));
        QVERIFY(ann);
        QVERIFY(ann->revokedAt.isValid());
        QVERIFY(w.crlOf(ann->issuerId.value_or(0)).value().has_value());

        LeafOptions leaf;
        leaf.ca = CertificateRef::typed(QStringLiteral("Issuing"));
        leaf.profile = Profile::Client;
        leaf.subject = DistinguishedName::fromCommonName(QStringLiteral("dan"));
        auto issued = w.issue(leaf);
        QVERIFY(!issued);
        QVERIFY2(issued.error().toString().contains(QStringLiteral("password")), qPrintable(issued.error().toString()));
        QVERIFY(!w.revoke(CertificateRef::typed(QStringLiteral("bob")), RevocationReason::Superseded));
        QVERIFY(!w.publishCrl(CertificateRef::typed(QStringLiteral("Issuing")), 30));
        QVERIFY(!w.rename(CertificateRef::typed(QStringLiteral("bob")), QStringLiteral("robert")));
        ExportOptions options;
        options.format = ExportFormat::P12;
        options.password = QByteArrayLiteral("export password");
        QVERIFY(!w.exportCertificate(CertificateRef::typed(QStringLiteral("bob")), options));
        auto sibling = w.sibling();
        QVERIFY(sibling && !(*sibling)->isAuthenticated());
        sibling->reset();
        ws->reset();
        QCOMPARE(bytes(), before);

        auto unlocked = Workspace::open(test::workspaceAt(file), kPassword, [this] { return m_now; });
        QVERIFY(unlocked && (*unlocked)->isAuthenticated());
        QVERIFY((*unlocked)->find(CertificateRef::typed(QStringLiteral("bob"))));
    }

    void kdfParametersAreBounded()
    {
        QVERIFY(KeyVault::checkKdf({1u << 16, 8, 1}));
        QVERIFY(!KeyVault::checkKdf({1u << 16, 8, 100000}));
        QVERIFY(!KeyVault::checkKdf({(1u << 16) + 1, 8, 1}));
        QVERIFY(!KeyVault::checkKdf({1ull << 30, 8, 1}));
        QVERIFY(!KeyVault::checkKdf({1u << 16, 1000, 1}));
        QVERIFY(!KeyVault::checkKdf({1u << 16, 8, 0}));
        QVERIFY(!KeyVault::checkKdf({1u << 9, 8, 1})); // below the floor the tests lowered to 2^10
    }
};

QTEST_GUILESS_MAIN(tst_Integrity)
#include "tst_Integrity.moc"
