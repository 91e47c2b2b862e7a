#include "pki/CertificateIssuer.h"

#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"
#include "pki/NameConstraints.h"
#include "pki/NameRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CertificateIssuer", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)
};

constexpr int kBackdateSeconds = 300; // tolerate small clock differences between machines

Status addExtension(X509* cert, X509V3_CTX* ctx, int nid, const QString& value)
{
    const QByteArray v = value.toUtf8();
    X509ExtensionPtr ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, v.constData()));
    if (!ext) {
        return opensslError(Tr::tr("could not build the %1 extension from '%2'")
                                .arg(QString::fromLatin1(OBJ_nid2ln(nid)), value));
    }
    if (X509_add_ext(cert, ext.get(), -1) != 1) {
        return opensslError(Tr::tr("could not add the %1 extension").arg(QString::fromLatin1(OBJ_nid2ln(nid))));
    }
    return {};
}

// A URI GeneralName holding `url` byte for byte.
GeneralNamePtr uriName(const QString& url)
{
    const QByteArray bytes = url.toUtf8();
    GeneralNamePtr name(GENERAL_NAME_new());
    OsslPtr<ASN1_IA5STRING, ASN1_IA5STRING_free> uri(ASN1_IA5STRING_new());
    if (!name || !uri || ASN1_STRING_set(uri.get(), bytes.constData(), static_cast<int>(bytes.size())) != 1) {
        return {};
    }
    GENERAL_NAME_set0_value(name.get(), GEN_URI, uri.release());
    return name;
}

// The CRL distribution point and the caIssuers address are built as structures, not as extension
// text: there a comma, which URLs may hold (LDAP DNs always do), would start another name.
Status addUriExtension(X509* cert, int nid, const QString& url)
{
    GeneralNamePtr name = uriName(url);
    bool built = false;
    if (name && nid == NID_crl_distribution_points) {
        OsslPtr<CRL_DIST_POINTS, CRL_DIST_POINTS_free> points(CRL_DIST_POINTS_new());
        OsslPtr<DIST_POINT, DIST_POINT_free> point(DIST_POINT_new());
        if (points && point && (point->distpoint = DIST_POINT_NAME_new()) != nullptr
            && (point->distpoint->name.fullname = GENERAL_NAMES_new()) != nullptr
            && sk_GENERAL_NAME_push(point->distpoint->name.fullname, name.get()) > 0) {
            name.release();
            point->distpoint->type = 0; // fullName
            built = sk_DIST_POINT_push(points.get(), point.get()) > 0;
            if (built) {
                point.release();
                built = X509_add1_ext_i2d(cert, nid, points.get(), 0, X509V3_ADD_DEFAULT) == 1;
            }
        }
    } else if (name && nid == NID_info_access) {
        AuthorityInfoAccessPtr access(AUTHORITY_INFO_ACCESS_new());
        OsslPtr<ACCESS_DESCRIPTION, ACCESS_DESCRIPTION_free> description(ACCESS_DESCRIPTION_new());
        if (access && description) {
            ASN1_OBJECT_free(description->method);
            description->method = OBJ_nid2obj(NID_ad_ca_issuers);
            GENERAL_NAME_free(description->location);
            description->location = name.release();
            built = sk_ACCESS_DESCRIPTION_push(access.get(), description.get()) > 0;
            if (built) {
                description.release();
                built = X509_add1_ext_i2d(cert, nid, access.get(), 0, X509V3_ADD_DEFAULT) == 1;
            }
        }
    }
    if (!built) {
        return opensslError(Tr::tr("could not build the %1 extension from '%2'")
                                .arg(QString::fromLatin1(OBJ_nid2ln(nid)), url));
    }
    return {};
}

// The SAN reaches OpenSSL as extension text, a C string of comma-separated values with blanks
// trimmed: a NUL would end the value early, a comma start another name, a blank be dropped. A value
// holding one would not be the name that lands in the certificate.
bool passesExtensionSyntax(const QString& value)
{
    return std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c.isSpace() || c.category() == QChar::Other_Control;
    });
}

bool isValidIp(const QString& ip)
{
    if (!passesExtensionSyntax(ip)) {
        return false;
    }
    const QByteArray text = ip.toLatin1();
    Asn1OctetStringPtr parsed(a2i_IPADDRESS(text.constData()));
    takeOpenSslErrors();
    return static_cast<bool>(parsed);
}

QString sanValue(const IssuanceRequest& request)
{
    QStringList parts;
    for (const QString& dns : request.dnsNames) {
        parts << QStringLiteral("DNS:") + dns;
    }
    for (const QString& ip : request.ipAddresses) {
        parts << QStringLiteral("IP:") + ip;
    }
    for (const QString& email : request.emails) {
        parts << QStringLiteral("email:") + email;
    }
    return parts.join(QLatin1Char(','));
}

bool isRsa(EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "RSA") == 1;
}
} // namespace

Status CertificateIssuer::validate(const IssuanceRequest& request)
{
    if (request.subject.isEmpty()) {
        return makeError(Tr::tr("the certificate needs a subject"));
    }
    for (const auto& [attribute, value] : request.subject.entries()) {
        if (NameRules::hasControlCharacters(value)) {
            return makeError(Tr::tr("the subject's %1 value contains control characters (such as a line break or "
                                    "a terminal escape); remove them")
                                 .arg(attribute));
        }
    }
    if (request.validityDays < 1 || request.validityDays > 36500) {
        return makeError(Tr::tr("validity must be between 1 and 36500 days, not %1").arg(request.validityDays));
    }
    for (const QString& dns : request.dnsNames) {
        if (!NameRules::isDnsName(dns)) {
            return makeError(Tr::tr("'%1' is not a valid DNS name").arg(dns));
        }
    }
    for (const QString& ip : request.ipAddresses) {
        if (!isValidIp(ip)) {
            return makeError(Tr::tr("'%1' is not a valid IP address").arg(ip));
        }
    }
    for (const QString& email : request.emails) {
        if (!NameRules::isEmailAddress(email) || !passesExtensionSyntax(email)) {
            return makeError(Tr::tr("'%1' is not a valid e-mail address").arg(email));
        }
    }
    if (auto constraints = NameConstraints::forPermits(request.permittedDns, request.permittedIps,
                                                       request.permittedEmails);
        !constraints) {
        return constraints.error();
    }
    if (!request.caIssuersUrl.isEmpty()) {
        if (Status url = NameRules::checkCaIssuersUrl(request.caIssuersUrl); !url) {
            return url;
        }
    }
    if (request.pathLength < -1) {
        return makeError(Tr::tr("the path length must be 0 or more"));
    }
    return {};
}

Result<Certificate> CertificateIssuer::issue(const IssuanceRequest& request, EVP_PKEY* subjectKey,
                                             const Signer& signer, const QByteArray& serial, const QDateTime& now,
                                             X509_EXTENSION* requestedSan)
{
    if (Status valid = validate(request); !valid) {
        return valid.error();
    }
    if (subjectKey == nullptr || signer.key == nullptr) {
        return makeError(Tr::tr("no key to issue with"));
    }
    // Signed with a key other than the issuer's, the certificate would verify nowhere.
    const bool signerKeyMatches = signer.certificate != nullptr ? signer.certificate->matchesKey(signer.key)
                                                                : EVP_PKEY_eq(subjectKey, signer.key) == 1;
    takeOpenSslErrors();
    if (!signerKeyMatches) {
        return makeError(Tr::tr("the signing key does not belong to the issuing certificate"));
    }
    X509Ptr cert(X509_new());
    auto name = request.subject.toX509Name();
    if (!cert || !name) {
        return name ? opensslError(Tr::tr("out of memory")) : name.error();
    }
    BignumPtr serialBn(BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()),
                                 static_cast<int>(serial.size()), nullptr));
    Asn1IntegerPtr serialAsn1(serialBn ? BN_to_ASN1_INTEGER(serialBn.get(), nullptr) : nullptr);
    const qint64 start = now.toSecsSinceEpoch() - kBackdateSeconds;
    const qint64 end = now.toSecsSinceEpoch() + qint64(request.validityDays) * 86400;
    if (!serialAsn1 || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || X509_set_serialNumber(cert.get(), serialAsn1.get()) != 1
        || X509_set_subject_name(cert.get(), name->get()) != 1 || X509_set_pubkey(cert.get(), subjectKey) != 1
        || ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(start)) == nullptr
        || ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(end)) == nullptr) {
        return opensslError(Tr::tr("could not fill in the certificate"));
    }
    X509* issuerCert = signer.certificate != nullptr ? signer.certificate->get() : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1) {
        return opensslError(Tr::tr("could not set the issuer name"));
    }
    if (signer.certificate != nullptr) {
        const QDateTime issuerEnd = signer.certificate->notAfter();
        if (issuerEnd.toSecsSinceEpoch() < end) {
            return makeError(Tr::tr("the certificate would outlive its issuing CA, which expires on %1; "
                                    "choose at most %2 days")
                                 .arg(issuerEnd.toString(Qt::ISODate))
                                 .arg(std::max<qint64>(0, (issuerEnd.toSecsSinceEpoch() - now.toSecsSinceEpoch()) / 86400)));
        }
    }

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert, cert.get(), nullptr, nullptr, 0);
    const bool ca = isCaProfile(request.profile);
    Status st;
    if (ca) {
        QString bc = QStringLiteral("critical,CA:TRUE");
        if (request.pathLength >= 0) {
            bc += QStringLiteral(",pathlen:%1").arg(request.pathLength);
        }
        st = addExtension(cert.get(), &ctx, NID_basic_constraints, bc);
        if (st) {
            st = addExtension(cert.get(), &ctx, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
        }
    } else {
        st = addExtension(cert.get(), &ctx, NID_basic_constraints, QStringLiteral("critical,CA:FALSE"));
        const bool server = request.profile == Profile::Server || request.profile == Profile::ServerClient;
        // RSA key exchange (TLS 1.2) needs keyEncipherment on servers; other keys only sign.
        const QString ku = server && isRsa(subjectKey) ? QStringLiteral("critical,digitalSignature,keyEncipherment")
                                                       : QStringLiteral("critical,digitalSignature");
        if (st) {
            st = addExtension(cert.get(), &ctx, NID_key_usage, ku);
        }
        QString eku;
        switch (request.profile) {
        case Profile::Server:
            eku = QStringLiteral("serverAuth");
            break;
        case Profile::Client:
            eku = QStringLiteral("clientAuth");
            break;
        default:
            eku = QStringLiteral("serverAuth,clientAuth");
            break;
        }
        if (st) {
            st = addExtension(cert.get(), &ctx, NID_ext_key_usage, eku);
        }
    }
    if (st) {
        st = addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"));
    }
    if (st) {
        st = addExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    }
    if (st && requestedSan != nullptr) {
        if (X509_add_ext(cert.get(), requestedSan, -1) != 1) {
            st = opensslError(Tr::tr("could not copy the requested subject alternative names"));
        }
    } else if (st && !sanValue(request).isEmpty()) {
        st = addExtension(cert.get(), &ctx, NID_subject_alt_name, sanValue(request));
    }
    if (st && ca) {
        auto constraints =
            NameConstraints::forPermits(request.permittedDns, request.permittedIps, request.permittedEmails);
        if (!constraints) {
            st = constraints.error();
        } else if (!constraints->isEmpty()) {
            st = addExtension(cert.get(), &ctx, NID_name_constraints, constraints->extensionText());
        }
    }
    if (st && !request.crlDistributionPoint.isEmpty()) {
        st = addUriExtension(cert.get(), NID_crl_distribution_points, request.crlDistributionPoint);
    }
    if (st && !request.caIssuersUrl.isEmpty()) {
        st = addUriExtension(cert.get(), NID_info_access, request.caIssuersUrl);
    }
    if (!st) {
        return st.error();
    }
    if (X509_sign(cert.get(), signer.key, PrivateKey::signingDigestFor(signer.key)) <= 0) {
        return opensslError(Tr::tr("could not sign the certificate"));
    }
    return Certificate(std::move(cert));
}

} // namespace signet
