#pragma once

// Certificates made field by field with OpenSSL's API, for tests that need one that Signet would
// never issue (a negative serial, a SHA-1 signature, a non-critical extension...).

#include "TestSupport.h"

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/OsslError.h"

#include <QList>

namespace signet::test {

struct Ext {
    int nid;
    QString value; // as in openssl.cnf, "critical," first when critical
};

// Everything a test certificate is made of, so that a test can break one thing at a time. By
// default: version 3, a 16-byte serial, 397 days from test::fixedNow(), SHA-256, no extensions.
struct CertSpec {
    long version = X509_VERSION_3;
    QByteArray serial = QByteArray::fromHex("4a1f0c3e5d6b7a8899aabbccddeeff01");
    bool negativeSerial = false;
    QString subject = QStringLiteral("CN=www.example.test");
    qint64 days = 397;
    QList<Ext> extensions;
    const EVP_MD* digest = EVP_sha256();
    EVP_PKEY* key = nullptr;                  // the subject's key
    const Issued* issuer = nullptr;           // null: self-signed with `key`

    void drop(int nid)
    {
        extensions.removeIf([nid](const Ext& e) { return e.nid == nid; });
    }
    void set(int nid, const QString& value)
    {
        for (Ext& e : extensions) {
            if (e.nid == nid) {
                e.value = value;
                return;
            }
        }
        extensions.append({nid, value});
    }
};

inline Result<Certificate> buildCertificate(const CertSpec& spec)
{
    X509Ptr cert(X509_new());
    BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(spec.serial.constData()),
                           static_cast<int>(spec.serial.size()), nullptr));
    if (!cert || !bn) {
        return opensslError(QStringLiteral("out of memory"));
    }
    BN_set_negative(bn.get(), spec.negativeSerial ? 1 : 0);
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    X509NamePtr name(X509_NAME_new());
    if (!spec.subject.isEmpty()) {
        auto dn = DistinguishedName::parse(spec.subject);
        if (!dn) {
            return dn.error();
        }
        auto parsed = dn->toX509Name();
        if (!parsed) {
            return parsed.error();
        }
        name = std::move(parsed).value();
    }
    const qint64 start = fixedNow().toSecsSinceEpoch() - 300;
    const qint64 end = fixedNow().toSecsSinceEpoch() + spec.days * 86400;
    X509* issuerCert = spec.issuer != nullptr ? spec.issuer->cert.get() : cert.get();
    if (!serial || X509_set_version(cert.get(), spec.version) != 1 || X509_set_serialNumber(cert.get(), serial.get()) != 1
        || X509_set_subject_name(cert.get(), name.get()) != 1 || X509_set_pubkey(cert.get(), spec.key) != 1
        || ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(start)) == nullptr
        || ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(end)) == nullptr
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1) {
        return opensslError(QStringLiteral("could not fill in the certificate"));
    }
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert, cert.get(), nullptr, nullptr, 0);
    for (const Ext& e : spec.extensions) {
        const QByteArray value = e.value.toUtf8();
        X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, e.nid, value.constData()));
        if (!ext || X509_add_ext(cert.get(), ext.get(), -1) != 1) {
            return opensslError(QStringLiteral("could not add %1").arg(e.value));
        }
    }
    EVP_PKEY* signer = spec.issuer != nullptr ? spec.issuer->key.get() : spec.key;
    if (X509_sign(cert.get(), signer, spec.digest) <= 0) {
        return opensslError(QStringLiteral("could not sign"));
    }
    return Certificate(std::move(cert));
}

} // namespace signet::test
