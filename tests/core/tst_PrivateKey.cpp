#include "TestSupport.h"

#include "crypto/PrivateKey.h"
#include "crypto/SecretBytes.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/x509.h>

using namespace signet;
using namespace signet::test;

namespace {
bool sameKey(const PrivateKey& a, const PrivateKey& b)
{
    return EVP_PKEY_eq(a.get(), b.get()) == 1;
}

void addKeySpecRows(const QStringList& specs)
{
    QTest::addColumn<QString>("spec");
    for (const QString& spec : specs) {
        QTest::newRow(qPrintable(spec)) << spec;
    }
}
} // namespace

class TestPrivateKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void generate_data();
    void generate();
    void generatedKeysDiffer();
    void pkcs8DerRoundTrip_data();
    void pkcs8DerRoundTrip();
    void pemRoundTrip_data();
    void pemRoundTrip();
    void encryptedPemUsesModernCipher();
    void readsKeysMadeByOpenssl_data();
    void readsKeysMadeByOpenssl();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void rejectsDamagedPkcs8Der();
    void ecEncodingsAreOpensslsBytes_data();
    void ecEncodingsAreOpensslsBytes();

private:
    QTemporaryDir m_dir;
};

void TestPrivateKey::initTestCase()
{
    QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (apt-get install openssl)");
    QVERIFY(m_dir.isValid());
}

void TestPrivateKey::generate_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("digest"); // empty: the key type signs without a separate digest
    QTest::newRow("rsa:2048") << QStringLiteral("rsa:2048") << QStringLiteral("RSA 2048") << QStringLiteral("rsa")
                              << 2048 << QStringLiteral("SHA256");
    QTest::newRow("rsa:3072") << QStringLiteral("rsa:3072") << QStringLiteral("RSA 3072") << QStringLiteral("rsa")
                              << 3072 << QStringLiteral("SHA256");
    // The one RSA-4096 key of the suite: it is the slow path administrators do pick.
    QTest::newRow("rsa:4096") << QStringLiteral("rsa:4096") << QStringLiteral("RSA 4096") << QStringLiteral("rsa")
                              << 4096 << QStringLiteral("SHA256");
    QTest::newRow("ec:p256") << QStringLiteral("ec:p256") << QStringLiteral("ECDSA P-256") << QStringLiteral("ec")
                             << 256 << QStringLiteral("SHA256");
    QTest::newRow("ec:p384") << QStringLiteral("ec:p384") << QStringLiteral("ECDSA P-384") << QStringLiteral("ec")
                             << 384 << QStringLiteral("SHA384");
    QTest::newRow("ec:p521") << QStringLiteral("ec:p521") << QStringLiteral("ECDSA P-521") << QStringLiteral("ec")
                             << 521 << QStringLiteral("SHA512");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << QStringLiteral("Ed25519") << QStringLiteral("ed25519")
                             << 256 << QString();
}

void TestPrivateKey::generate()
{
    QFETCH(QString, spec);
    QFETCH(QString, description);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, digest);

    const auto key = generateKey(spec);
    SIGNET_VERIFY_OK(key);
    QVERIFY(!key->isNull());
    QCOMPARE(key->description(), description);
    QCOMPARE(key->algorithmName(), algorithm);
    QCOMPARE(EVP_PKEY_get_bits(key->get()), bits);
    const EVP_MD* md = key->signingDigest();
    QCOMPARE(md == nullptr ? QString() : QString::fromLatin1(EVP_MD_get0_name(md)).toUpper(), digest);

    // The public half is a SubjectPublicKeyInfo that openssl itself reads as the same key type.
    const QByteArray spki = key->publicKeyDer();
    QVERIFY(spki.size() > 32);
    QCOMPARE(int(static_cast<unsigned char>(spki.at(0))), 0x30);
    const QString path = m_dir.filePath(spec.left(3) + QStringLiteral("-pub.der"));
    QVERIFY(writeFile(path, spki));
    const auto text = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                                  QStringLiteral("DER"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                                  QStringLiteral("-text")});
    QVERIFY2(text.ok(), text.describe().constData());
    const QByteArray expected = algorithm == QLatin1String("ed25519") ? QByteArray("ED25519 Public-Key")
                                                                       : "(" + QByteArray::number(bits) + " bit)";
    QVERIFY2(text.out.contains(expected), text.out.constData());
}

void TestPrivateKey::generatedKeysDiffer()
{
    const auto a = generateKey(QStringLiteral("ec:p256"));
    const auto b = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(a);
    SIGNET_VERIFY_OK(b);
    QVERIFY(a->publicKeyDer() != b->publicKeyDer());
    QVERIFY(!sameKey(*a, *b));
}

void TestPrivateKey::pkcs8DerRoundTrip_data()
{
    addKeySpecRows(commonKeySpecs());
}

void TestPrivateKey::pkcs8DerRoundTrip()
{
    QFETCH(QString, spec);
    const auto key = generateKey(spec);
    SIGNET_VERIFY_OK(key);

    const auto der = key->toPkcs8Der();
    SIGNET_VERIFY_OK(der);
    QVERIFY(der->size() > 32);
    QCOMPARE(int(der->data()[0]), 0x30);

    const auto back = PrivateKey::fromPkcs8Der(*der);
    SIGNET_VERIFY_OK(back);
    QVERIFY(sameKey(*key, *back));
    QCOMPARE(back->publicKeyDer(), key->publicKeyDer());
    QCOMPARE(back->description(), key->description());

    // Encoding is deterministic: the vault can compare what it stored with what it reads back.
    const auto again = back->toPkcs8Der();
    SIGNET_VERIFY_OK(again);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(again->data()), static_cast<qsizetype>(again->size())),
             QByteArray(reinterpret_cast<const char*>(der->data()), static_cast<qsizetype>(der->size())));

    // The same DER is also accepted by the general reader (files dropped on the import dialog).
    const QByteArray plain(reinterpret_cast<const char*>(der->data()), static_cast<qsizetype>(der->size()));
    const auto viaData = PrivateKey::fromData(plain);
    SIGNET_VERIFY_OK(viaData);
    QVERIFY(sameKey(*key, *viaData));
}

void TestPrivateKey::pemRoundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("password");
    for (const QString& spec : commonKeySpecs()) {
        QTest::newRow(qPrintable(spec + QStringLiteral("/plain"))) << spec << QByteArray();
        QTest::newRow(qPrintable(spec + QStringLiteral("/encrypted"))) << spec << QByteArray("s3cret pass phrase");
    }
}

void TestPrivateKey::pemRoundTrip()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, password);
    const auto key = generateKey(spec);
    SIGNET_VERIFY_OK(key);

    const auto pem = key->toPkcs8Pem(password);
    SIGNET_VERIFY_OK(pem);
    const bool encrypted = !password.isEmpty();
    QVERIFY2(pem->startsWith(encrypted ? "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" : "-----BEGIN PRIVATE KEY-----\n"),
             pem->constData());

    const auto back = PrivateKey::fromData(*pem, password);
    SIGNET_VERIFY_OK(back);
    QVERIFY(sameKey(*key, *back));
    QCOMPARE(ERR_peek_error(), 0UL);

    // An independent reader agrees: openssl decrypts it with the same password.
    const QString path = m_dir.filePath(QStringLiteral("key.pem"));
    QVERIFY(writeFile(path, *pem));
    QStringList args{QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-pubout")};
    if (encrypted) {
        args << QStringLiteral("-passin") << QStringLiteral("pass:") + QString::fromUtf8(password);
    }
    const auto pub = runOpenssl(args);
    QVERIFY2(pub.ok(), pub.describe().constData());
    const auto pubKey = PrivateKey::fromData(pub.out); // a public key is not a private key
    QVERIFY(!pubKey.ok());

    if (!encrypted) {
        return;
    }
    const auto wrong = PrivateKey::fromData(*pem, QByteArrayLiteral("not the password"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(QLatin1String("wrong password")), qPrintable(wrong.error().message));
    QCOMPARE(ERR_peek_error(), 0UL); // the error queue went into the message, not left behind

    const auto missing = PrivateKey::fromData(*pem);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("no password")), qPrintable(missing.error().message));
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::encryptedPemUsesModernCipher()
{
    const auto key = generateKey(QStringLiteral("ec:p256"));
    SIGNET_VERIFY_OK(key);
    const auto pem = key->toPkcs8Pem(QByteArrayLiteral("password"));
    SIGNET_VERIFY_OK(pem);
    const QString path = m_dir.filePath(QStringLiteral("encrypted.pem"));
    QVERIFY(writeFile(path, *pem));
    const auto parsed = runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), path});
    QVERIFY2(parsed.ok(), parsed.describe().constData());
    QVERIFY2(parsed.out.contains("PBES2"), parsed.out.constData());
    QVERIFY2(parsed.out.contains("PBKDF2"), parsed.out.constData());
    QVERIFY2(parsed.out.contains("aes-256-cbc"), parsed.out.constData());
}

void TestPrivateKey::readsKeysMadeByOpenssl_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QByteArray>("pemLabel");
    QTest::newRow("traditional EC") << QStringList{QStringLiteral("ecparam"), QStringLiteral("-genkey"),
                                                   QStringLiteral("-noout"), QStringLiteral("-name"),
                                                   QStringLiteral("secp384r1")}
                                    << QByteArray() << QStringLiteral("ECDSA P-384")
                                    << QByteArray("BEGIN EC PRIVATE KEY");
    QTest::newRow("traditional RSA") << QStringList{QStringLiteral("genrsa"), QStringLiteral("-traditional"),
                                                    QStringLiteral("2048")}
                                     << QByteArray() << QStringLiteral("RSA 2048")
                                     << QByteArray("BEGIN RSA PRIVATE KEY");
    QTest::newRow("encrypted PKCS#8") << QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                                     QStringLiteral("ED25519"), QStringLiteral("-aes256"),
                                                     QStringLiteral("-pass"), QStringLiteral("pass:hunter2")}
                                      << QByteArray("hunter2") << QStringLiteral("Ed25519")
                                      << QByteArray("BEGIN ENCRYPTED PRIVATE KEY");
}

void TestPrivateKey::readsKeysMadeByOpenssl()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, password);
    QFETCH(QString, description);
    QFETCH(QByteArray, pemLabel);
    const auto made = runOpenssl(args);
    QVERIFY2(made.ok(), made.describe().constData());
    QVERIFY2(made.out.contains(pemLabel), made.out.constData());
    const auto key = PrivateKey::fromData(made.out, password);
    SIGNET_VERIFY_OK(key);
    QCOMPARE(key->description(), description);
}

void TestPrivateKey::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("this is not a key");
    QTest::newRow("binary") << QByteArray("\x30\x82\x01\x00\xde\xad\xbe\xef", 8);
    QTest::newRow("empty PEM") << QByteArray("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
    QTest::newRow("bad base64") << QByteArray("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n");
    const auto real = generateKey(QStringLiteral("ec:p256"));
    const auto pem = real ? real->toPkcs8Pem() : Result<QByteArray>(real.error());
    QVERIFY(pem.ok());
    QTest::newRow("truncated PEM") << pem->left(pem->size() / 2);
}

void TestPrivateKey::rejectsGarbage()
{
    QFETCH(QByteArray, data);
    const auto key = PrivateKey::fromData(data);
    QVERIFY(!key.ok());
    QVERIFY(!key.error().message.isEmpty());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::rejectsDamagedPkcs8Der()
{
    const QByteArray junk("\x30\x03\x02\x01\x07", 5);
    const auto key = PrivateKey::fromPkcs8Der(SecretBytes::fromQByteArray(junk));
    QVERIFY(!key.ok());
    QVERIFY(!key.error().message.isEmpty());
    QVERIFY(!PrivateKey::fromPkcs8Der(SecretBytes()).ok());
    QCOMPARE(ERR_peek_error(), 0UL);
}

void TestPrivateKey::ecEncodingsAreOpensslsBytes_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<bool>("compressed");
    for (const char* curve : {"P-256", "P-384", "P-521"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 uncompressed").arg(QLatin1String(curve))))
            << QString::fromLatin1(curve) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 compressed").arg(QLatin1String(curve))))
            << QString::fromLatin1(curve) << true;
    }
}

void TestPrivateKey::ecEncodingsAreOpensslsBytes()
{
    // PKCS#8 and SubjectPublicKeyInfo of EC keys are written without OpenSSL's encoders: they must be
    // byte for byte what the encoders write (the vault stores the one, imports match keys by the
    // hash of the other), for scalars of every length, short ones included.
    QFETCH(QString, curve);
    QFETCH(bool, compressed);
    const QByteArray group = curve.toLatin1();
    int shortScalars = 0;
    // At least 50 keys, and on until one scalar is shorter than the order (1 in 256 on P-256).
    for (int i = 0; i < 50 || (shortScalars == 0 && i < 20000); ++i) {
        EvpPkeyPtr raw(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group.constData()));
        QVERIFY(raw);
        if (compressed) {
            QVERIFY(EVP_PKEY_set_utf8_string_param(raw.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                                   "compressed") == 1);
        }
        unsigned char* out = nullptr;
        size_t length = 0;
        EncoderCtxPtr encoder(OSSL_ENCODER_CTX_new_for_pkey(raw.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo",
                                                            nullptr));
        QVERIFY(encoder && OSSL_ENCODER_to_data(encoder.get(), &out, &length) == 1);
        const QByteArray expectedPkcs8(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
        OPENSSL_free(out);
        out = nullptr;
        const int spkiLength = i2d_PUBKEY(raw.get(), &out);
        QVERIFY(spkiLength > 0);
        const QByteArray expectedSpki(reinterpret_cast<const char*>(out), spkiLength);
        OPENSSL_free(out);

        BIGNUM* scalar = nullptr;
        QVERIFY(EVP_PKEY_get_bn_param(raw.get(), OSSL_PKEY_PARAM_PRIV_KEY, &scalar) == 1);
        shortScalars += BN_num_bytes(scalar) < (EVP_PKEY_get_bits(raw.get()) + 7) / 8 ? 1 : 0;
        BN_clear_free(scalar);

        const PrivateKey key(std::move(raw));
        const auto pkcs8 = key.toPkcs8Der();
        SIGNET_VERIFY_OK(pkcs8);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pkcs8->data()), static_cast<qsizetype>(pkcs8->size())),
                 expectedPkcs8);
        QCOMPARE(key.publicKeyDer(), expectedSpki);
    }
    QVERIFY2(shortScalars > 0, "some scalars had a leading zero octet");
}

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_PrivateKey.moc"
