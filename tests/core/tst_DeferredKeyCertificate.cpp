// A certificate read with its key deferred (Certificate::fromDerDeferringKey, what import uses)
// answers exactly as one read in full, for every key type, and its signature check is as strict.

#include "TestSupport.h"

#include "crypto/Certificate.h"
#include "crypto/OsslError.h"

#include <QTest>

#include <openssl/err.h>

#include <optional>

using namespace signet;
using namespace signet::test;

namespace {
Certificate deferred(const Certificate& cert)
{
    auto read = Certificate::fromDerDeferringKey(cert.toDer());
    return read ? std::move(read).value() : Certificate();
}

// The DER with one byte changed, at the first occurrence of `marker` (or at `offset` from the end).
QByteArray altered(QByteArray der, const QByteArray& marker, qsizetype fromEnd = 0)
{
    const qsizetype at = marker.isEmpty() ? der.size() - fromEnd : der.indexOf(marker);
    if (at >= 0 && at < der.size()) {
        der[at] = static_cast<char>(der.at(at) ^ 0x01);
    }
    return der;
}
} // namespace

class TestDeferredKeyCertificate : public QObject {
    Q_OBJECT

private slots:
    void readsTheSame_data()
    {
        QTest::addColumn<QString>("keySpec");
        for (const QString& spec : commonKeySpecs()) {
            QTest::newRow(qPrintable(spec)) << spec;
        }
    }

    void readsTheSame()
    {
        QFETCH(QString, keySpec);
        auto chain = makeChain(keySpec);
        SIGNET_VERIFY_OK(chain);
        for (const Issued* issued : {&chain->root, &chain->intermediate, &chain->leaf}) {
            const Certificate& full = issued->cert;
            const Certificate light = deferred(full);
            QVERIFY(!light.isNull());
            QCOMPARE(light.subject(), full.subject());
            QCOMPARE(light.issuer(), full.issuer());
            QCOMPARE(light.commonName(), full.commonName());
            QCOMPARE(light.serialHex(), full.serialHex());
            QCOMPARE(light.notBefore(), full.notBefore());
            QCOMPARE(light.notAfter(), full.notAfter());
            QCOMPARE(light.isCa(), full.isCa());
            QCOMPARE(light.pathLength(), full.pathLength());
            QCOMPARE(light.isSelfIssued(), full.isSelfIssued());
            QCOMPARE(light.subjectAltNames(), full.subjectAltNames());
            QCOMPARE(light.keyUsage(), full.keyUsage());
            QCOMPARE(light.extendedKeyUsage(), full.extendedKeyUsage());
            QCOMPARE(light.subjectKeyId(), full.subjectKeyId());
            QCOMPARE(light.authorityKeyId(), full.authorityKeyId());
            QCOMPARE(light.sha256Fingerprint(), full.sha256Fingerprint());
            QCOMPARE(light.sha1Fingerprint(), full.sha1Fingerprint());
            QCOMPARE(light.signatureAlgorithm(), full.signatureAlgorithm());
            QCOMPARE(light.publicKeyInfoDer(), full.publicKeyInfoDer());
            QCOMPARE(light.toDer(), full.toDer());
            // What needs the key parses the certificate again, once, for this object and its clones.
            QCOMPARE(light.publicKeyDer(), full.publicKeyDer());
            QCOMPARE(light.publicKeyInfoDer(), light.publicKeyDer());
            QCOMPARE(light.publicKeyDescription(), full.publicKeyDescription());
            QCOMPARE(light.toText(), full.toText());
            QVERIFY(light.matchesKey(issued->key.get()));
            QVERIFY(light.get() != nullptr);
            QCOMPARE(light.clone().get(), light.get());
        }
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void checksSignaturesAsStrictly_data() { readsTheSame_data(); }

    void checksSignaturesAsStrictly()
    {
        QFETCH(QString, keySpec);
        auto chain = makeChain(keySpec);
        SIGNET_VERIFY_OK(chain);
        const Certificate& root = chain->root.cert;
        const Certificate& inter = chain->intermediate.cert;
        const Certificate leaf = deferred(chain->leaf.cert);
        QVERIFY(!leaf.isNull());
        QVERIFY(leaf.isSignedBy(inter));
        QVERIFY(leaf.isSignedBy(deferred(inter)));
        QVERIFY(deferred(inter).isSignedBy(deferred(root)));
        QVERIFY(deferred(root).isSignedBy(root));
        QVERIFY(!leaf.isSignedBy(root));
        QVERIFY(!leaf.isSignedBy(leaf));
        QVERIFY(!leaf.isSignedBy(Certificate()));

        // Same name, another key.
        auto impostor = makeChain(keySpec);
        SIGNET_VERIFY_OK(impostor);
        QVERIFY(!leaf.isSignedBy(impostor->intermediate.cert));
        QVERIFY(!leaf.isSignedBy(deferred(impostor->intermediate.cert)));

        // One bit changed in what was signed (the DNS name), or in the signature itself.
        const QByteArray der = chain->leaf.cert.toDer();
        for (const QByteArray& changed : {altered(der, "www.example.test"), altered(der, {}, 3)}) {
            QVERIFY(changed != der);
            // Both changes leave a certificate that parses: only the signature check can catch them.
            auto read = Certificate::fromDerDeferringKey(changed);
            SIGNET_VERIFY_OK(read);
            QVERIFY(!read->isSignedBy(inter));
            auto full = Certificate::fromDer(changed);
            SIGNET_VERIFY_OK(full);
            QVERIFY(!full->isSignedBy(inter));
        }
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void refusesWhatFromDerRefuses()
    {
        auto chain = makeChain(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(chain);
        const QByteArray der = chain->leaf.cert.toDer();
        for (const QByteArray& bad : {QByteArray(), QByteArray("not a certificate"), der.left(der.size() - 1),
                                      der.left(der.size() / 2), der.mid(1)}) {
            QCOMPARE(bool(Certificate::fromDerDeferringKey(bad)), bool(Certificate::fromDer(bad)));
        }
        takeOpenSslErrors();
    }
};

QTEST_GUILESS_MAIN(TestDeferredKeyCertificate)
#include "tst_DeferredKeyCertificate.moc"
