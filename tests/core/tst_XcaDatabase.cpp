// The XCA database reader, on a database that Debian's real xca 2.4 built at test time
// (tests/support/xca_fixture.sh): the password is checked as XCA checks it, the file is read without
// a byte written beside it, and the CA, its clients, bob's revocation, carol's pending request, the
// CRL number and every key come out as XCA stored them. Files that are no XCA database are refused.

#include "TestSupport.h"

#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "crypto/PrivateKey.h"
#include "store/XcaDatabase.h"
#include "import/XcaTemplate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <sys/stat.h>

using Xca = signet::XcaDatabase;

namespace {
const QByteArray kPassword = QByteArrayLiteral("xca-secret");
const QString kCaName = QStringLiteral("XCA Test Root");

template <typename T>
const T* named(const std::vector<T>& items, const QString& name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&name](const T& item) { return item.name == name; });
    return it != items.end() ? &*it : nullptr;
}

// What the folder holds, with each file's size, time and content hash: a read must change none of it.
QStringList snapshot(const QString& folder)
{
    QStringList lines;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(info.filePath());
        const QByteArray hash = file.open(QIODevice::ReadOnly)
                                    ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                                    : QByteArray("unreadable");
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(info.fileName())
                     .arg(info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch())
                     .arg(QString::fromLatin1(hash));
    }
    return lines;
}
} // namespace

class tst_XcaDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString database() const { return path(QStringLiteral("xca/ca.xdb")); }

    // Opens the fixture with the right password, recording a failure when that fails.
    std::optional<Xca> openFixture()
    {
        auto opened = Xca::open(database(), kPassword);
        if (!opened) {
            qWarning().noquote() << opened.error().toString();
            return std::nullopt;
        }
        return std::move(opened).value();
    }

    void expectRefused(const QString& file, const QString& words)
    {
        const auto opened = Xca::open(file, kPassword);
        QVERIFY2(!opened.ok(), qPrintable(file));
        QVERIFY2(opened.error().message.contains(words), qPrintable(opened.error().toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString script = QFINDTESTDATA("../support/xca_fixture.sh");
        QVERIFY2(!script.isEmpty(), "tests/support/xca_fixture.sh is missing");
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                                            QStringLiteral("source \"$1\" && make_xca_database \"$2\" \"$3\" \"$4\""),
                                            QStringLiteral("bash"), script, path(QStringLiteral("xca")), kCaName,
                                            path(QStringLiteral("clients"))});
        QVERIFY(bash.waitForStarted());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(180000));
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0,
                 bash.readAllStandardError().constData());
    }

    void wrongPasswordIsRefused()
    {
        const auto opened = Xca::open(database(), QByteArrayLiteral("xca-secreT"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, QStringLiteral("wrong password for the XCA database %1").arg(database()));
        QVERIFY(!Xca::open(database(), QByteArray()).ok());
    }

    void otherFilesAreRefused()
    {
        expectRefused(path(QStringLiteral("missing.xdb")), QStringLiteral("does not exist"));
        QVERIFY(signet::test::writeFile(path(QStringLiteral("text.xdb")), "not a database\n"));
        expectRefused(path(QStringLiteral("text.xdb")),
                      QStringLiteral("not an XCA database (it is not an SQLite file)"));
        expectRefused(path(QStringLiteral("xca")), QStringLiteral("not a regular file"));
        QVERIFY(QFile::link(database(), path(QStringLiteral("link.xdb"))));
        expectRefused(path(QStringLiteral("link.xdb")), QStringLiteral("not a regular file"));
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.xdb"))).constData(), 0600), 0);
        expectRefused(path(QStringLiteral("fifo.xdb")), QStringLiteral("not a regular file"));
        {
            // An SQLite file of some other program.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path(QStringLiteral("other.sqlite")));
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE settings (key_ TEXT, value TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefused(path(QStringLiteral("other.sqlite")),
                      QStringLiteral("is an SQLite file, but not an XCA database"));
    }

    void readsWithoutWriting()
    {
        const QString folder = path(QStringLiteral("xca"));
        const QStringList before = snapshot(folder);
        {
            auto xca = openFixture();
            QVERIFY(xca);
            QVERIFY(xca->certificates().ok() && xca->keys().ok() && xca->skippedKeys().ok() && xca->requests().ok()
                    && xca->revocations().ok() && xca->crls().ok() && xca->templates().ok());
            QCOMPARE(snapshot(folder), before); // while open: no journal, lock or -shm file either
            Xca moved = std::move(*xca);
            QVERIFY(moved.crls().ok());
        }
        QCOMPARE(snapshot(folder), before);
    }

    void caAndClients()
    {
        auto xca = openFixture();
        QVERIFY(xca);
        const auto certs = xca->certificates();
        SIGNET_VERIFY_OK(certs);
        QCOMPARE(certs->size(), std::size_t(3));
        const Xca::Certificate* ca = named(*certs, kCaName);
        QVERIFY(ca != nullptr);
        QVERIFY(ca->isCa);
        QCOMPARE(ca->issuerId, ca->id); // self-signed
        auto caCert = signet::Certificate::fromDer(ca->der);
        SIGNET_VERIFY_OK(caCert);
        QVERIFY(caCert->isCa());
        QCOMPARE(caCert->commonName(), kCaName);
        for (const QString& who : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            const Xca::Certificate* client = named(*certs, who);
            QVERIFY2(client != nullptr, qPrintable(who));
            QVERIFY(!client->isCa);
            QCOMPARE(client->issuerId, ca->id);
            QVERIFY(client->keyId != 0);
            // The very certificate the client holds.
            const QString file = path(QStringLiteral("clients/%1.crt").arg(who));
            auto held = signet::Certificate::fromPem(signet::test::readFile(file));
            SIGNET_VERIFY_OK(held);
            QCOMPARE(client->der, held->toDer());
            auto cert = signet::Certificate::fromDer(client->der);
            SIGNET_VERIFY_OK(cert);
            QVERIFY(cert->isSignedBy(*caCert));
        }
    }

    void bobIsRevokedForKeyCompromise()
    {
        auto xca = openFixture();
        QVERIFY(xca);
        const auto certs = xca->certificates();
        const auto revocations = xca->revocations();
        const auto crls = xca->crls();
        SIGNET_VERIFY_OK(certs);
        SIGNET_VERIFY_OK(revocations);
        SIGNET_VERIFY_OK(crls);
        const Xca::Certificate* ca = named(*certs, kCaName);
        QVERIFY(ca != nullptr);
        auto bob = signet::Certificate::fromDer(named(*certs, QStringLiteral("bob"))->der);
        SIGNET_VERIFY_OK(bob);
        QCOMPARE(revocations->size(), std::size_t(1));
        const Xca::Revocation& revocation = revocations->front();
        QCOMPARE(revocation.caId, ca->id);
        QCOMPARE(revocation.serialHex, bob->serialHex());
        QCOMPARE(revocation.reason, 1); // keyCompromise
        QCOMPARE(revocation.date.timeSpec(), Qt::UTC);

        // XCA took the revocation from the CRL that openssl signed: the same time, and the CRL stays
        // stored with its number (XCA's own authority.crlNo stays 0).
        QCOMPARE(crls->size(), std::size_t(1));
        QCOMPARE(crls->front().issuerId, ca->id);
        auto crl = signet::Crl::fromData(crls->front().der);
        SIGNET_VERIFY_OK(crl);
        QCOMPARE(crl->crlNumber(), qint64(0x1001));
        const auto entries = crl->revoked();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().serialHex, revocation.serialHex);
        QCOMPARE(entries.front().revokedAt, revocation.date);
        QCOMPARE(entries.front().reason, 1);
    }

    void carolIsPending()
    {
        auto xca = openFixture();
        QVERIFY(xca);
        const auto requests = xca->requests();
        const auto keys = xca->keys();
        SIGNET_VERIFY_OK(requests);
        SIGNET_VERIFY_OK(keys);
        QCOMPARE(requests->size(), std::size_t(1));
        const Xca::Request& carol = requests->front();
        QCOMPARE(carol.name, QStringLiteral("carol"));
        const Xca::Key* key = named(*keys, QStringLiteral("carol"));
        QVERIFY(key != nullptr);
        QCOMPARE(carol.keyId, key->id);
        const auto* p = reinterpret_cast<const unsigned char*>(carol.der.constData());
        const signet::X509ReqPtr request(d2i_X509_REQ(nullptr, &p, static_cast<long>(carol.der.size())));
        QVERIFY(request);
        auto privateKey = signet::PrivateKey::fromData(key->pkcs8, xca->password());
        SIGNET_VERIFY_OK(privateKey);
        QCOMPARE(EVP_PKEY_eq(X509_REQ_get0_pubkey(request.get()), privateKey->get()), 1);
    }

    void everyKeyDecryptsWithThePassword()
    {
        auto xca = openFixture();
        QVERIFY(xca);
        const auto keys = xca->keys();
        const auto skipped = xca->skippedKeys();
        const auto certs = xca->certificates();
        SIGNET_VERIFY_OK(keys);
        SIGNET_VERIFY_OK(skipped);
        SIGNET_VERIFY_OK(certs);
        QVERIFY2(skipped->isEmpty(), qPrintable(skipped->join(QLatin1Char('\n'))));
        QCOMPARE(keys->size(), std::size_t(4)); // ca, alice, bob, carol
        for (const Xca::Key& key : *keys) {
            const auto* p = reinterpret_cast<const unsigned char*>(key.pkcs8.constData());
            const signet::OsslPtr<X509_SIG, X509_SIG_free> sig(
                d2i_X509_SIG(nullptr, &p, static_cast<long>(key.pkcs8.size())));
            QVERIFY2(sig, qPrintable(key.name)); // encrypted PKCS#8
            QVERIFY(!signet::PrivateKey::fromData(key.pkcs8, QByteArrayLiteral("wrong")).ok());
            auto decrypted = signet::PrivateKey::fromData(key.pkcs8, xca->password());
            SIGNET_VERIFY_OK(decrypted);
        }
        for (const Xca::Certificate& cert : *certs) {
            const auto it =
                std::find_if(keys->begin(), keys->end(), [&cert](const Xca::Key& k) { return k.id == cert.keyId; });
            QVERIFY2(it != keys->end(), qPrintable(cert.name));
            auto key = signet::PrivateKey::fromData(it->pkcs8, xca->password());
            auto parsed = signet::Certificate::fromDer(cert.der);
            SIGNET_VERIFY_OK(key);
            SIGNET_VERIFY_OK(parsed);
            QVERIFY2(parsed->matchesKey(key->get()), qPrintable(cert.name));
        }
        // What alice holds is the key XCA keeps for her.
        auto held = signet::PrivateKey::fromData(signet::test::readFile(path(QStringLiteral("clients/alice.key"))));
        auto stored = signet::PrivateKey::fromData(named(*keys, QStringLiteral("alice"))->pkcs8, xca->password());
        SIGNET_VERIFY_OK(held);
        SIGNET_VERIFY_OK(stored);
        QCOMPARE(stored->publicKeyDer(), held->publicKeyDer());
    }

    // Debian's three templates, read into subject and settings as XCA wrote them.
    void templates()
    {
        auto xca = openFixture();
        QVERIFY(xca);
        const auto templates = xca->templates();
        SIGNET_VERIFY_OK(templates);
        QCOMPARE(templates->size(), std::size_t(3));
        QMap<QString, QMap<QString, QString>> settings;
        for (const Xca::Template& t : *templates) {
            QCOMPARE(t.version, 10);
            auto parsed = signet::XcaTemplate::parse(t.raw);
            SIGNET_VERIFY_OK(parsed);
            settings.insert(t.name, parsed->settings);
        }
        QCOMPARE(settings.value(QStringLiteral("TLS_server")).value(QStringLiteral("eKeyUse")), QStringLiteral("serverAuth"));
        QCOMPARE(settings.value(QStringLiteral("TLS_server")).value(QStringLiteral("subAltName")), QStringLiteral("DNS:copycn"));
        QCOMPARE(settings.value(QStringLiteral("TLS_client")).value(QStringLiteral("eKeyUse")), QStringLiteral("clientAuth"));
        QCOMPARE(settings.value(QStringLiteral("CA")).value(QStringLiteral("ca")), QStringLiteral("1"));
        QCOMPARE(settings.value(QStringLiteral("CA")).value(QStringLiteral("validN")), QStringLiteral("10"));
    }

    void templateBounds_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray name("\x30\x00", 2);
        QTest::newRow("no subject") << QByteArray("\x01\x02");
        QTest::newRow("no count") << name;
        QTest::newRow("too many settings") << name + QByteArray("\x00\x00\x01\x01", 4);
        QTest::newRow("string past the end") << name + QByteArray("\x00\x00\x00\x01\x00\x00\x00\x10\x00a", 10);
        QTest::newRow("odd string length") << name + QByteArray("\x00\x00\x00\x01\x00\x00\x00\x01a", 9);
        QTest::newRow("huge string") << name + QByteArray("\x00\x00\x00\x01\x7f\xff\xff\xfe", 8);
    }
    void templateBounds()
    {
        QFETCH(QByteArray, raw);
        auto parsed = signet::XcaTemplate::parse(raw);
        QVERIFY(!parsed.ok());
    }
};

QTEST_GUILESS_MAIN(tst_XcaDatabase)
#include "tst_XcaDatabase.moc"
