#include "crypto/Crl.h"

#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/OsslError.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace signet {

Crl::Crl(X509CrlPtr crl) : m_crl(std::move(crl)) {}

Result<Crl> Crl::fromData(const QByteArray& data)
{
    X509CrlPtr crl;
    if (data.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        crl.reset(d2i_X509_CRL(nullptr, &p, static_cast<long>(data.size())));
    }
    if (!crl) {
        return opensslError(QCoreApplication::translate("Crl", "not a certificate revocation list"));
    }
    return Crl(std::move(crl));
}

QByteArray Crl::pemFromDer(const QByteArray& der)
{
    static const QByteArray begin("-----BEGIN X509 CRL-----\n");
    static const QByteArray end("-----END X509 CRL-----\n");
    constexpr qsizetype kChunk = 48; // 64 characters a line
    const qsizetype lines = (der.size() + kChunk - 1) / kChunk;
    QByteArray pem(begin.size() + lines * 65 + end.size(), Qt::Uninitialized);
    char* out = pem.data();
    std::memcpy(out, begin.constData(), static_cast<size_t>(begin.size()));
    out += begin.size();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    for (qsizetype at = 0; at < der.size(); at += kChunk) {
        const int chunk = static_cast<int>(std::min(kChunk, der.size() - at));
        out += EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out), in + at, chunk);
        *out++ = '\n';
    }
    std::memcpy(out, end.constData(), static_cast<size_t>(end.size()));
    out += end.size();
    pem.truncate(out - pem.constData());
    return pem;
}

QByteArray Crl::toDer() const
{
    unsigned char* out = nullptr;
    const int len = i2d_X509_CRL(m_crl.get(), &out);
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QByteArray Crl::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_CRL(bio.get(), m_crl.get());
    return bioContents(bio.get());
}

QString Crl::toText() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_CRL_print_ex(bio.get(), m_crl.get(), XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QString Crl::issuer() const
{
    return DistinguishedName::format(X509_CRL_get_issuer(m_crl.get()));
}

int Crl::version() const
{
    return static_cast<int>(X509_CRL_get_version(m_crl.get())) + 1;
}

QDateTime Crl::lastUpdate() const
{
    return Certificate::fromAsn1Time(X509_CRL_get0_lastUpdate(m_crl.get()));
}

QDateTime Crl::nextUpdate() const
{
    return Certificate::fromAsn1Time(X509_CRL_get0_nextUpdate(m_crl.get()));
}

qint64 Crl::crlNumber() const
{
    Asn1IntegerPtr number(static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(m_crl.get(), NID_crl_number, nullptr, nullptr)));
    if (!number) {
        return -1;
    }
    int64_t value = -1;
    ASN1_INTEGER_get_int64(&value, number.get());
    return value;
}

QByteArray Crl::authorityKeyId() const
{
    std::unique_ptr<AUTHORITY_KEYID, void (*)(AUTHORITY_KEYID*)> aki(
        static_cast<AUTHORITY_KEYID*>(X509_CRL_get_ext_d2i(m_crl.get(), NID_authority_key_identifier, nullptr, nullptr)),
        [](AUTHORITY_KEYID* p) { AUTHORITY_KEYID_free(p); });
    if (!aki || aki->keyid == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(aki->keyid)), ASN1_STRING_length(aki->keyid));
}

std::vector<RevokedEntry> Crl::revoked() const
{
    std::vector<RevokedEntry> out;
    STACK_OF(X509_REVOKED)* list = X509_CRL_get_REVOKED(m_crl.get());
    for (int i = 0; i < sk_X509_REVOKED_num(list); ++i) {
        const X509_REVOKED* rev = sk_X509_REVOKED_value(list, i);
        RevokedEntry entry;
        BignumPtr bn(ASN1_INTEGER_to_BN(X509_REVOKED_get0_serialNumber(rev), nullptr));
        OpenSslStringPtr hex(BN_bn2hex(bn.get()));
        entry.serialHex = QString::fromLatin1(hex.get());
        entry.revokedAt = Certificate::fromAsn1Time(X509_REVOKED_get0_revocationDate(rev));
        Asn1EnumeratedPtr reason(
            static_cast<ASN1_ENUMERATED*>(X509_REVOKED_get_ext_d2i(rev, NID_crl_reason, nullptr, nullptr)));
        if (reason) {
            entry.reason = static_cast<int>(ASN1_ENUMERATED_get(reason.get()));
        }
        out.push_back(entry);
    }
    return out;
}

bool Crl::isSignedBy(const Certificate& issuer) const
{
    const bool ok = X509_CRL_verify(m_crl.get(), X509_get0_pubkey(issuer.get())) == 1;
    takeOpenSslErrors();
    return ok;
}

} // namespace signet
