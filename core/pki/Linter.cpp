#include "pki/Linter.h"

#include "crypto/Certificate.h"
#include "crypto/OsslError.h"
#include "pki/Ed25519Rules.h"
#include "pki/KeyRules.h"
#include "pki/LintFindings.h"
#include "pki/SanRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Linter", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Linter)
};

using Purpose = LintContext::Purpose;

constexpr qint64 kDay = 86400;
constexpr int kAppleMaxDays = 825;
constexpr int kPublicMaxDays = 398;
constexpr int kMaxSerialOctets = 20;
constexpr int kMinSerialBytes = 8; // 64 bits, the CA/Browser Forum's minimum of CSPRNG output
constexpr int kMinRsaBits = 2048;

// Apple's 825-day and serverAuth requirements apply to certificates issued from this day on.
QDateTime appleCutoff()
{
    return QDateTime(QDate(2019, 7, 1), QTime(0, 0), Qt::UTC);
}

QByteArray ipBytes(const QString& text)
{
    const QByteArray latin = text.toLatin1();
    Asn1OctetStringPtr parsed(a2i_IPADDRESS(latin.constData()));
    takeOpenSslErrors();
    if (!parsed) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(parsed.get())),
                      ASN1_STRING_length(parsed.get()));
}

// A common name that a client could take for a host: "www.example.com", "localhost", an IP address.
// Single labels such as "alice" or "Lab Root" are not.
bool looksLikeHost(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\\.)+[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\\.?$"));
    return name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || re.match(name).hasMatch()
           || !ipBytes(name).isEmpty();
}

struct Sans {
    QStringList dns; // lower case
    QList<QByteArray> ips;
};

Sans sansOf(const Certificate& cert)
{
    Sans out;
    for (const QString& san : cert.subjectAltNames()) {
        if (san.startsWith(QLatin1String("DNS:"))) {
            out.dns << san.mid(4).toLower();
        } else if (san.startsWith(QLatin1String("IP:"))) {
            out.ips << ipBytes(san.mid(3));
        }
    }
    return out;
}

X509_EXTENSION* extension(const Certificate& cert, int nid)
{
    const int index = X509_get_ext_by_NID(cert.get(), nid, -1);
    return index >= 0 ? X509_get_ext(cert.get(), index) : nullptr;
}

bool isCritical(X509_EXTENSION* ext)
{
    return ext != nullptr && X509_EXTENSION_get_critical(ext) != 0;
}

bool hasCaFlag(const Certificate& cert)
{
    const uint32_t flags = X509_get_extension_flags(cert.get());
    return (flags & EXFLAG_BCONS) != 0 && (flags & EXFLAG_CA) != 0;
}

bool isSelfSigned(const Certificate& cert)
{
    const bool self = X509_self_signed(cert.get(), 0) == 1;
    takeOpenSslErrors();
    return self;
}

qint64 validityDays(const Certificate& cert)
{
    const QDateTime from = cert.notBefore();
    const QDateTime to = cert.notAfter();
    // Whole days, so that Signet's five-minute backdating does not turn 397 days into 398.
    return from.isValid() && to.isValid() ? from.secsTo(to) / kDay : 0;
}

void checkSerial(const Certificate& cert, LintFindings& out)
{
    const ASN1_INTEGER* serial = X509_get0_serialNumber(cert.get());
    const int length = ASN1_STRING_length(serial);
    const unsigned char* data = ASN1_STRING_get0_data(serial);
    bool zero = true;
    for (int i = 0; i < length; ++i) {
        zero = zero && data[i] == 0;
    }
    if (zero || ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER) {
        out.error("rfc5280.serial.positive",
                  Tr::tr("the serial number is zero or negative; use a positive serial number"));
        return;
    }
    // The DER content adds a zero octet when the top bit is set, to keep the number positive.
    const int octets = length + ((data[0] & 0x80) != 0 ? 1 : 0);
    if (octets > kMaxSerialOctets) {
        out.error("rfc5280.serial.length",
                  Tr::tr("the serial number takes %1 octets; use at most 20").arg(octets));
    }
    if (length < kMinSerialBytes) {
        out.warning("rfc5280.serial.entropy",
                    Tr::tr("the serial number has only %1 bytes; use at least 64 random bits (Signet uses 128)")
                        .arg(length));
    }
}

void checkRfc5280(const Certificate& cert, Purpose purpose, LintFindings& out)
{
    if (X509_get_ext_count(cert.get()) > 0 && cert.version() != 3) {
        out.error("rfc5280.version",
                  Tr::tr("the certificate has extensions but is version %1; issue it as version 3").arg(cert.version()));
    }
    checkSerial(cert, out);
    if (purpose == Purpose::Ca) {
        X509_EXTENSION* bc = extension(cert, NID_basic_constraints);
        if (bc == nullptr || !hasCaFlag(cert)) {
            out.error("rfc5280.ca.basic-constraints-critical",
                      Tr::tr("a CA certificate needs a critical basicConstraints extension with CA:TRUE"));
        } else if (!isCritical(bc)) {
            out.error("rfc5280.ca.basic-constraints-critical",
                      Tr::tr("the CA's basicConstraints extension is not critical; mark it critical"));
        }
        if ((X509_get_extension_flags(cert.get()) & EXFLAG_KUSAGE) == 0) {
            out.warning("rfc5280.ca.key-usage",
                        Tr::tr("the CA has no keyUsage extension; add one with keyCertSign and cRLSign"));
        } else if ((X509_get_key_usage(cert.get()) & KU_KEY_CERT_SIGN) == 0) {
            out.error("rfc5280.ca.key-usage",
                      Tr::tr("the CA's keyUsage lacks keyCertSign, so clients refuse what it signs; add keyCertSign"));
        }
        if (X509_get0_subject_key_id(cert.get()) == nullptr) {
            out.warning("rfc5280.ski.missing",
                        Tr::tr("the CA has no subjectKeyIdentifier; add one (the hash of its public key) so that "
                               "clients find it when building chains"));
        }
    }
    if (extension(cert, NID_authority_key_identifier) == nullptr && !isSelfSigned(cert)) {
        out.warning("rfc5280.aki.missing",
                    Tr::tr("there is no authorityKeyIdentifier; add one naming the issuing CA's key"));
    }
    const QDateTime from = cert.notBefore();
    const QDateTime to = cert.notAfter();
    if (!from.isValid() || !to.isValid() || from >= to) {
        out.error("rfc5280.validity.order",
                  Tr::tr("notBefore (%1) is not before notAfter (%2), so the certificate is never valid; "
                         "fix its validity period")
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    if (X509_NAME_entry_count(X509_get_subject_name(cert.get())) == 0) {
        X509_EXTENSION* san = extension(cert, NID_subject_alt_name);
        if (!isCritical(san)) {
            out.error("rfc5280.san.empty-subject-critical",
                      Tr::tr("the subject is empty, so a critical subjectAltName extension must name the holder; "
                             "add a subject or mark subjectAltName critical"));
        }
    }
    if (X509_EXTENSION* nc = extension(cert, NID_name_constraints); nc != nullptr && !isCritical(nc)) {
        out.warning("rfc5280.name-constraints.critical",
                    Tr::tr("the nameConstraints extension is not critical; mark it critical so that clients "
                           "which do not understand it refuse the CA instead of ignoring its limits"));
    }
}

// Apple's TLS rules bind servers and the CAs that issue them (support.apple.com/103769).
void checkApple(const Certificate& cert, Purpose purpose, const Sans& sans, LintFindings& out)
{
    if (purpose != Purpose::Server && purpose != Purpose::Ca) {
        return;
    }
    EVP_PKEY* key = X509_get0_pubkey(cert.get());
    if (key != nullptr && (EVP_PKEY_is_a(key, "RSA") == 1 || EVP_PKEY_is_a(key, "RSA-PSS") == 1)
        && EVP_PKEY_get_bits(key) < kMinRsaBits) {
        out.error("apple.key.rsa-2048",
                  Tr::tr("the RSA key has %1 bits; Apple devices require at least 2048 bits for TLS: use a "
                         "larger RSA key or ECDSA")
                      .arg(EVP_PKEY_get_bits(key)));
    }
    takeOpenSslErrors();
    // A root's own signature is never checked: the trust store vouches for it.
    int mdNid = NID_undef;
    if (!(purpose == Purpose::Ca && isSelfSigned(cert))
        && X509_get_signature_info(cert.get(), &mdNid, nullptr, nullptr, nullptr) == 1
        && (mdNid == NID_sha1 || mdNid == NID_md5 || mdNid == NID_md5_sha1 || mdNid == NID_md4 || mdNid == NID_md2)) {
        out.error("apple.signature.sha2",
                  Tr::tr("the certificate is signed with %1; Apple devices and current browsers refuse SHA-1 and "
                         "MD5 signatures: sign it with SHA-256 or better")
                      .arg(cert.signatureAlgorithm()));
    }
    takeOpenSslErrors();
    if (purpose != Purpose::Server) {
        return;
    }
    if (sans.dns.isEmpty() && sans.ips.isEmpty()) {
        out.error("apple.san.required",
                  Tr::tr("there are no DNS names or IP addresses in subjectAltName; Apple devices and browsers "
                         "ignore the common name: add the server's names there"));
    }
    const bool recent = cert.notBefore() >= appleCutoff();
    if (recent && !cert.extendedKeyUsage().contains(QLatin1String("serverAuth"))) {
        out.error("apple.eku.server-auth",
                  Tr::tr("Apple devices refuse TLS server certificates without extendedKeyUsage serverAuth; add it"));
    }
    if (const qint64 days = validityDays(cert); recent && days > kAppleMaxDays) {
        out.error("apple.validity.825",
                  Tr::tr("the certificate is valid for %1 days; Apple devices refuse TLS server certificates valid "
                         "for more than 825 days: shorten it (397 days works everywhere)")
                      .arg(days));
    }
}

// RFC 5280 4.2.1.10 for DNS names, as Chrome applies it: "example.com" permits the name and every
// name below it, ".example.com" only the names below it.
bool dnsWithin(QString name, const QString& constraint)
{
    if (name.startsWith(QLatin1String("*."))) {
        name = QStringLiteral("wildcard") + name.mid(1); // "*.a.com" stands for names one level below a.com
    }
    const QString c = constraint.toLower();
    if (c.isEmpty()) {
        return true;
    }
    if (c.startsWith(QLatin1Char('.'))) {
        return name.endsWith(c);
    }
    return name == c || name.endsWith(QLatin1Char('.') + c);
}

void checkChrome(const Certificate& cert, const Certificate* issuer, Purpose purpose, const Sans& sans,
                 LintFindings& out)
{
    if (purpose == Purpose::Server) {
        const QString cn = cert.commonName();
        if (looksLikeHost(cn)) {
            const QByteArray ip = ipBytes(cn);
            QString host = cn.toLower();
            if (host.endsWith(QLatin1Char('.'))) {
                host.chop(1);
            }
            const bool inSan = ip.isEmpty() ? sans.dns.contains(host) : sans.ips.contains(ip);
            if (!inSan) {
                out.error("chrome.san.only",
                          Tr::tr("the host name '%1' is only in the common name; Chrome checks only "
                                 "subjectAltName: add it there")
                              .arg(cn));
            }
        }
        if (const qint64 days = validityDays(cert); days > kPublicMaxDays) {
            out.warning("chrome.validity.398",
                        Tr::tr("the certificate is valid for %1 days; publicly trusted server certificates may last "
                               "at most 398 days (tolerated under a private root; 397 days works everywhere)")
                            .arg(days));
        }
    }
    if (issuer == nullptr || issuer->isNull()) {
        return;
    }
    const QStringList permitted = issuer->permittedDnsDomains();
    if (permitted.isEmpty()) {
        return;
    }
    QStringList outside;
    for (const QString& dns : sans.dns) {
        if (std::none_of(permitted.begin(), permitted.end(),
                         [&dns](const QString& domain) { return dnsWithin(dns, domain); })) {
            outside << dns;
        }
    }
    if (!outside.isEmpty()) {
        out.error("chrome.name-constraints",
                  Tr::tr("%1 lies outside the names the issuing CA may certify (%2); Chrome and OpenSSL refuse it: "
                         "drop the name or issue from another CA")
                      .arg(outside.join(QStringLiteral(", ")), permitted.join(QStringLiteral(", "))));
    }
}
} // namespace

LintContext LintContext::forProfile(Profile profile)
{
    switch (profile) {
    case Profile::RootCa:
    case Profile::IntermediateCa:
        return {Purpose::Ca};
    case Profile::Server:
    case Profile::ServerClient:
        return {Purpose::Server};
    case Profile::Client:
        return {Purpose::Client};
    case Profile::Imported:
        break;
    }
    return {};
}

LintContext::Purpose Linter::derivePurpose(const Certificate& cert)
{
    if (hasCaFlag(cert)) {
        return Purpose::Ca;
    }
    const QStringList usages = cert.extendedKeyUsage();
    if (usages.contains(QLatin1String("serverAuth"))) {
        return Purpose::Server;
    }
    if (usages.contains(QLatin1String("clientAuth"))) {
        return Purpose::Client;
    }
    if (!usages.isEmpty()) {
        return Purpose::Unknown; // code signing, e-mail, ...: only RFC 5280 applies
    }
    const Sans sans = sansOf(cert);
    if (!sans.dns.isEmpty() || !sans.ips.isEmpty() || looksLikeHost(cert.commonName())) {
        return Purpose::Server;
    }
    return Purpose::Unknown;
}

QList<LintFinding> Linter::lint(const Certificate& cert, const Certificate* issuer, LintContext context)
{
    if (cert.isNull()) {
        return {};
    }
    const Purpose purpose = context.purpose == Purpose::Unknown ? derivePurpose(cert) : context.purpose;
    const Sans sans = sansOf(cert);
    LintFindings out;
    checkRfc5280(cert, purpose, out);
    SanRules::check(cert, out);
    KeyRules::check(cert, purpose, out);
    checkApple(cert, purpose, sans, out);
    checkChrome(cert, issuer, purpose, sans, out);
    Ed25519Rules::check(cert, purpose, isSelfSigned(cert), out);
    return out.take();
}

bool Linter::hasErrors(const QList<LintFinding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const LintFinding& f) { return f.isError(); });
}

QList<LintFinding> Linter::errors(const QList<LintFinding>& findings)
{
    QList<LintFinding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [](const LintFinding& f) { return f.isError(); });
    return out;
}

QString Linter::describe(const QList<LintFinding>& findings)
{
    QStringList parts;
    for (const LintFinding& f : findings) {
        parts << f.ruleId + QStringLiteral(": ") + f.message;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace signet
