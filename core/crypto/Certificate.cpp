#include "crypto/Certificate.h"

#include "crypto/DeferredKeyContext.h"
#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"

#include <openssl/pem.h>

#include <QCoreApplication>

#include <ctime>
#include <mutex>
#include <optional>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Certificate", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

template <typename T>
using ExtPtr = std::unique_ptr<T, void (*)(T*)>;
} // namespace

// The certificate parsed again in the default context, with its key, made at the first need.
struct Certificate::Full {
    std::once_flag once;
    X509Ptr cert;
};

Certificate::Certificate(X509Ptr cert) : m_cert(std::move(cert)) {}

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!cert) {
        return opensslError(Tr::tr("not an X.509 certificate"));
    }
    return Certificate(std::move(cert));
}

Result<Certificate> Certificate::fromDerDeferringKey(const QByteArray& der)
{
    OSSL_LIB_CTX* deferring = deferredKeyContext();
    if (deferring == nullptr) {
        return fromDer(der);
    }
    X509Ptr cert(X509_new_ex(deferring, nullptr));
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* raw = cert.get();
    if (!cert || d2i_X509(&raw, &p, static_cast<long>(der.size())) == nullptr) {
        // d2i_X509 freed the object it was given.
        static_cast<void>(cert.release());
        return opensslError(Tr::tr("not an X.509 certificate"));
    }
    Certificate out(std::move(cert));
    out.m_full = std::make_shared<Full>();
    return out;
}

X509* Certificate::get() const
{
    if (!m_full) {
        return m_cert.get();
    }
    std::call_once(m_full->once, [this] {
        const QByteArray der = toDer();
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        m_full->cert.reset(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
        takeOpenSslErrors();
    });
    // It parsed once already: a second parse fails only without memory, and then the key-less
    // object still answers everything but the key.
    return m_full->cert ? m_full->cert.get() : m_cert.get();
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        return opensslError(Tr::tr("no PEM certificate found"));
    }
    return Certificate(std::move(cert));
}

Result<Certificate> Certificate::fromData(const QByteArray& data)
{
    if (data.contains("-----BEGIN")) {
        return fromPem(data);
    }
    return fromDer(data);
}

Result<std::vector<Certificate>> Certificate::listFromPem(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    std::vector<Certificate> out;
    while (true) {
        X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert) {
            break;
        }
        out.emplace_back(std::move(cert));
    }
    takeOpenSslErrors(); // the end of input shows up as an error
    if (out.empty()) {
        return makeError(Tr::tr("no PEM certificate found"));
    }
    return out;
}

Certificate Certificate::clone() const
{
    Certificate copy(shareX509(m_cert.get()));
    copy.m_full = m_full;
    return copy;
}

QByteArray Certificate::toDer() const
{
    unsigned char* out = nullptr;
    const int len = i2d_X509(m_cert.get(), &out);
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QByteArray Certificate::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return bioContents(bio.get());
}

QString Certificate::toText() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_print_ex(bio.get(), get(), XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB, 0);
    return QString::fromUtf8(bioContents(bio.get()));
}

DistinguishedName Certificate::subjectName() const
{
    return DistinguishedName::fromX509Name(X509_get_subject_name(m_cert.get()));
}

QString Certificate::subject() const
{
    return DistinguishedName::format(X509_get_subject_name(m_cert.get()));
}

QString Certificate::issuer() const
{
    return DistinguishedName::format(X509_get_issuer_name(m_cert.get()));
}

QString Certificate::commonName() const
{
    return subjectName().commonName();
}

QString Certificate::serialHex() const
{
    BignumPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    OpenSslStringPtr hex(BN_bn2hex(bn.get()));
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

QDateTime Certificate::fromAsn1Time(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QDateTime Certificate::notBefore() const
{
    return fromAsn1Time(X509_get0_notBefore(m_cert.get()));
}

QDateTime Certificate::notAfter() const
{
    return fromAsn1Time(X509_get0_notAfter(m_cert.get()));
}

int Certificate::version() const
{
    return static_cast<int>(X509_get_version(m_cert.get())) + 1;
}

bool Certificate::isCa() const
{
    return X509_check_ca(m_cert.get()) != 0 && (X509_get_extension_flags(m_cert.get()) & EXFLAG_CA) != 0;
}

int Certificate::pathLength() const
{
    const long len = X509_get_pathlen(m_cert.get());
    return isCa() ? static_cast<int>(len) : -1;
}

QStringList Certificate::subjectAltNames() const
{
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    return names ? formatGeneralNames(names.get()) : QStringList();
}

QStringList Certificate::dnsNames() const
{
    QStringList out;
    for (const QString& san : subjectAltNames()) {
        if (san.startsWith(QLatin1String("DNS:"))) {
            out << san.mid(4);
        }
    }
    return out;
}

QStringList Certificate::emailAddresses() const
{
    QStringList out;
    for (const QString& san : subjectAltNames()) {
        if (san.startsWith(QLatin1String("email:"))) {
            out << san.mid(6);
        }
    }
    return out;
}

QStringList Certificate::keyUsage() const
{
    static const QList<QPair<uint32_t, QString>> bits = {
        {KU_DIGITAL_SIGNATURE, QStringLiteral("digitalSignature")},
        {KU_NON_REPUDIATION, QStringLiteral("nonRepudiation")},
        {KU_KEY_ENCIPHERMENT, QStringLiteral("keyEncipherment")},
        {KU_DATA_ENCIPHERMENT, QStringLiteral("dataEncipherment")},
        {KU_KEY_AGREEMENT, QStringLiteral("keyAgreement")},
        {KU_KEY_CERT_SIGN, QStringLiteral("keyCertSign")},
        {KU_CRL_SIGN, QStringLiteral("cRLSign")},
        {KU_ENCIPHER_ONLY, QStringLiteral("encipherOnly")},
        {KU_DECIPHER_ONLY, QStringLiteral("decipherOnly")},
    };
    QStringList out;
    if ((X509_get_extension_flags(m_cert.get()) & EXFLAG_KUSAGE) == 0) {
        return out;
    }
    const uint32_t usage = X509_get_key_usage(m_cert.get());
    for (const auto& [bit, name] : bits) {
        if ((usage & bit) != 0) {
            out << name;
        }
    }
    return out;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList out;
    ExtPtr<EXTENDED_KEY_USAGE> eku(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_cert.get(), NID_ext_key_usage, nullptr, nullptr)),
        [](EXTENDED_KEY_USAGE* p) { EXTENDED_KEY_USAGE_free(p); });
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT* obj = sk_ASN1_OBJECT_value(eku.get(), i);
        const int nid = OBJ_obj2nid(obj);
        if (nid != NID_undef) {
            out << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[80] = {};
            OBJ_obj2txt(oid, sizeof oid, obj, 1);
            out << QString::fromLatin1(oid);
        }
    }
    return out;
}

QStringList Certificate::crlDistributionPoints() const
{
    QStringList out;
    ExtPtr<CRL_DIST_POINTS> points(
        static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(m_cert.get(), NID_crl_distribution_points, nullptr, nullptr)),
        [](CRL_DIST_POINTS* p) { CRL_DIST_POINTS_free(p); });
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        if (point->distpoint != nullptr && point->distpoint->type == 0) {
            for (const QString& name : formatGeneralNames(point->distpoint->name.fullname)) {
                out << (name.startsWith(QLatin1String("URI:")) ? name.mid(4) : name);
            }
        }
    }
    return out;
}

QStringList Certificate::caIssuersUrls() const
{
    QStringList out;
    AuthorityInfoAccessPtr aia(
        static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(m_cert.get(), NID_info_access, nullptr, nullptr)));
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        if (OBJ_obj2nid(description->method) == NID_ad_ca_issuers && description->location->type == GEN_URI) {
            const ASN1_IA5STRING* uri = description->location->d.uniformResourceIdentifier;
            out << QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)), ASN1_STRING_length(uri));
        }
    }
    takeOpenSslErrors();
    return out;
}

QStringList Certificate::permittedDnsDomains() const
{
    QStringList out;
    ExtPtr<NAME_CONSTRAINTS> nc(
        static_cast<NAME_CONSTRAINTS*>(X509_get_ext_d2i(m_cert.get(), NID_name_constraints, nullptr, nullptr)),
        [](NAME_CONSTRAINTS* p) { NAME_CONSTRAINTS_free(p); });
    for (int i = 0; nc && i < sk_GENERAL_SUBTREE_num(nc->permittedSubtrees); ++i) {
        const GENERAL_SUBTREE* tree = sk_GENERAL_SUBTREE_value(nc->permittedSubtrees, i);
        if (tree->base->type == GEN_DNS) {
            const ASN1_IA5STRING* s = tree->base->d.dNSName;
            out << QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
        }
    }
    return out;
}

QByteArray Certificate::subjectKeyId() const
{
    const ASN1_OCTET_STRING* ski = X509_get0_subject_key_id(m_cert.get());
    return ski ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ski)), ASN1_STRING_length(ski))
               : QByteArray();
}

QByteArray Certificate::authorityKeyId() const
{
    const ASN1_OCTET_STRING* aki = X509_get0_authority_key_id(m_cert.get());
    return aki ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki))
               : QByteArray();
}

QList<ExtensionInfo> Certificate::extensions() const
{
    return decodeExtensions(X509_get0_extensions(m_cert.get()));
}

QString Certificate::fingerprint(const EVP_MD* digest) const
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(m_cert.get(), digest, md, &len) != 1) {
        return {};
    }
    return hexString(md, static_cast<int>(len));
}

QString Certificate::publicKeyDescription() const
{
    return PrivateKey::describe(X509_get0_pubkey(get()));
}

QByteArray Certificate::publicKeyDer() const
{
    unsigned char* out = nullptr;
    const int len = i2d_PUBKEY(X509_get0_pubkey(get()), &out);
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QByteArray Certificate::publicKeyInfoDer() const
{
    // i2d_PUBKEY would fetch an encoder for the key on every call: the structure read from the
    // certificate encodes as it came.
    unsigned char* out = nullptr;
    const int len = m_cert ? i2d_X509_PUBKEY(X509_get_X509_PUBKEY(m_cert.get()), &out) : 0;
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QString Certificate::signatureAlgorithm() const
{
    const int nid = X509_get_signature_nid(m_cert.get());
    return QString::fromLatin1(OBJ_nid2ln(nid));
}

bool Certificate::isSelfIssued() const
{
    return X509_NAME_cmp(X509_get_subject_name(m_cert.get()), X509_get_issuer_name(m_cert.get())) == 0;
}

bool Certificate::isSignedBy(const Certificate& issuer) const
{
    if (issuer.isNull()) {
        return false;
    }
    const bool ok = X509_NAME_cmp(X509_get_issuer_name(m_cert.get()), X509_get_subject_name(issuer.m_cert.get())) == 0
                    && verifiedBy(X509_get0_pubkey(issuer.get()));
    takeOpenSslErrors();
    return ok;
}

bool Certificate::verifiedBy(EVP_PKEY* issuerKey) const
{
    if (issuerKey == nullptr) {
        return false;
    }
    if (m_full) {
        if (const std::optional<bool> verified = verifiedWithoutDecodedKey(issuerKey)) {
            return *verified;
        }
    }
    return X509_verify(get(), issuerKey) == 1;
}

// What X509_verify does, in the default context: the certificate's own context has no signature
// algorithms. The signed bytes are the certificate's TBSCertificate as it was read. Nothing when
// that cannot be told here (a length OpenSSL accepted but DER does not allow, say).
std::optional<bool> Certificate::verifiedWithoutDecodedKey(EVP_PKEY* issuerKey) const
{
    const X509_ALGOR* outer = nullptr;
    const ASN1_BIT_STRING* signature = nullptr;
    X509_get0_signature(&signature, &outer, m_cert.get());
    if (outer == nullptr || signature == nullptr) {
        return std::nullopt;
    }
    if (X509_ALGOR_cmp(outer, X509_get0_tbs_sigalg(m_cert.get())) != 0) {
        return false;
    }
    const QByteArray der = toDer();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* const end = p + der.size();
    long length = 0;
    int tag = 0;
    int cls = 0;
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE, ... }, each with a definite length.
    const auto sequence = [&] {
        return ASN1_get_object(&p, &length, &tag, &cls, end - p) == V_ASN1_CONSTRUCTED && tag == V_ASN1_SEQUENCE
               && cls == V_ASN1_UNIVERSAL && length <= end - p;
    };
    if (!sequence()) {
        return std::nullopt;
    }
    const unsigned char* const tbs = p;
    if (!sequence()) {
        return std::nullopt;
    }
    Asn1StringPtr signedBytes(ASN1_STRING_type_new(V_ASN1_SEQUENCE));
    Asn1TypePtr any(ASN1_TYPE_new());
    if (!signedBytes || !any || ASN1_STRING_set(signedBytes.get(), tbs, static_cast<int>(p + length - tbs)) != 1) {
        return std::nullopt;
    }
    // An ANY holding a SEQUENCE encodes as the bytes it holds.
    ASN1_TYPE_set(any.get(), V_ASN1_SEQUENCE, signedBytes.release());
    const int verified = ASN1_item_verify_ex(ASN1_ITEM_rptr(ASN1_ANY), outer, signature, any.get(), nullptr, issuerKey,
                                             nullptr, nullptr);
    if (verified < 0) {
        return std::nullopt;
    }
    return verified == 1;
}

bool Certificate::matchesKey(EVP_PKEY* key) const
{
    const bool ok = key != nullptr && X509_check_private_key(get(), key) == 1;
    takeOpenSslErrors();
    return ok;
}

} // namespace signet
