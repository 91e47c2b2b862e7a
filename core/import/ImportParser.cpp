#include "import/ImportParser.h"

#include "crypto/OsslError.h"
#include "crypto/PbeLimits.h"

#include <openssl/pem.h>
#include <openssl/pkcs7.h>

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ImportParser", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
};

Status parsePkcs12(const QByteArray& data, const QString& fileName, const QByteArray& password, ParsedFile& out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, static_cast<long>(data.size())));
    if (!p12) {
        takeOpenSslErrors();
        return makeError(Tr::tr("not PKCS#12"));
    }
    if (Status cost = PbeLimits::checkPkcs12(p12.get(), password); !cost) {
        return makeError(Tr::tr("cannot open %1: %2").arg(fileName, cost.error().message));
    }
    if (password.isEmpty() && PKCS12_verify_mac(p12.get(), "", 0) != 1 && PKCS12_verify_mac(p12.get(), nullptr, 0) != 1) {
        takeOpenSslErrors();
        return makeError(Tr::tr("%1 is a PKCS#12 file protected by a password; give its password to import it")
                             .arg(fileName));
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawCa = nullptr;
    if (PKCS12_parse(p12.get(), password.constData(), &rawKey, &rawCert, &rawCa) != 1) {
        return opensslError(Tr::tr("cannot open %1: wrong password, or an algorithm OpenSSL 3 no longer supports")
                                .arg(fileName));
    }
    EvpPkeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    X509StackPtr ca(rawCa);
    if (cert) {
        out.certificates.emplace_back(std::move(cert));
    }
    while (ca && sk_X509_num(ca.get()) > 0) {
        out.certificates.emplace_back(X509Ptr(sk_X509_shift(ca.get())));
    }
    if (key) {
        out.keys.emplace_back(std::move(key));
    }
    return {};
}

// The certificates and CRLs of a PKCS#7 file (a .p7b "certificate chain"); it signs nothing.
Status parsePkcs7(const QByteArray& der, const QString& fileName, ParsedFile& out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, static_cast<long>(der.size())));
    if (!p7 || OBJ_obj2nid(p7->type) != NID_pkcs7_signed || p7->d.sign == nullptr) {
        takeOpenSslErrors();
        return makeError(Tr::tr("%1: not a PKCS#7 certificate bundle").arg(fileName));
    }
    STACK_OF(X509)* certs = p7->d.sign->cert;
    for (int i = 0; certs != nullptr && i < sk_X509_num(certs); ++i) {
        X509* cert = sk_X509_value(certs, i);
        if (X509_up_ref(cert) != 1) {
            return opensslError(Tr::tr("%1: cannot read a certificate").arg(fileName));
        }
        out.certificates.emplace_back(X509Ptr(cert));
    }
    STACK_OF(X509_CRL)* crls = p7->d.sign->crl;
    for (int i = 0; crls != nullptr && i < sk_X509_CRL_num(crls); ++i) {
        X509_CRL* crl = sk_X509_CRL_value(crls, i);
        if (X509_CRL_up_ref(crl) != 1) {
            return opensslError(Tr::tr("%1: cannot read a CRL").arg(fileName));
        }
        out.crls.emplace_back(X509CrlPtr(crl));
    }
    return {};
}

Status parsePem(const QByteArray& data, const QString& fileName, const QByteArray& password, ParsedFile& out)
{
    PemScanner scanner([](QByteArray&, qint64) -> Result<qint64> { return qint64(0); }, data.size(), data);
    int blocks = 0;
    for (;;) {
        auto block = scanner.next();
        if (!block) {
            return makeError(Tr::tr("%1: %2").arg(fileName, block.error().message));
        }
        if (!*block) {
            break;
        }
        ++blocks;
        if (Status st = ImportParser::parseBlock(**block, fileName, password, out); !st) {
            return st;
        }
    }
    if (blocks == 0) {
        return makeError(Tr::tr("%1 holds no PEM data that can be read").arg(fileName));
    }
    return {};
}
} // namespace

Status ImportParser::parseBlock(const PemBlock& block, const QString& fileName, const QByteArray& password,
                                ParsedFile& out)
{
    const QByteArray& type = block.type;
    if (type.endsWith("PRIVATE KEY")) {
        // The whole block: a traditional encrypted key carries its cipher in the headers.
        auto key = PrivateKey::fromData(block.text, password);
        if (!key) {
            return makeError(Tr::tr("%1: %2").arg(fileName, key.error().message), key.error().detail);
        }
        out.keys.push_back(std::move(key).value());
        return {};
    }
    if (type.contains("CERTIFICATE REQUEST")) {
        out.skipped << Tr::tr("%1: a certificate request; sign it with a CA instead of importing it").arg(fileName);
        return {};
    }
    const bool known = type == "CERTIFICATE" || type == "X509 CERTIFICATE" || type == "TRUSTED CERTIFICATE"
                       || type == "X509 CRL" || type == "PKCS7";
    if (!known) {
        out.skipped << Tr::tr("%1: a PEM block of type '%2' that Signet does not import")
                           .arg(fileName, QString::fromLatin1(type));
        return {};
    }
    BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
    char* rawName = nullptr;
    char* rawHeader = nullptr;
    unsigned char* rawData = nullptr;
    long len = 0;
    const bool read = bio && PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &len) == 1;
    OpenSslStringPtr name(rawName);
    OpenSslStringPtr header(rawHeader);
    OpenSslBytesPtr body(rawData);
    if (!read) {
        return opensslError(Tr::tr("%1: a %2 block is damaged").arg(fileName, QString::fromLatin1(type)));
    }
    const QByteArray der(reinterpret_cast<const char*>(rawData), static_cast<qsizetype>(len));
    if (type == "X509 CRL") {
        auto crl = Crl::fromData(der);
        if (!crl) {
            return makeError(Tr::tr("%1: an X509 CRL block is damaged").arg(fileName), crl.error().detail);
        }
        out.crls.push_back(std::move(crl).value());
        return {};
    }
    if (type == "PKCS7") {
        return parsePkcs7(der, fileName, out);
    }
    // Most certificates of a bundle are stored, never signed with: their keys are decoded only if
    // something asks for them.
    auto cert = Certificate::fromDerDeferringKey(der);
    if (!cert) {
        return makeError(Tr::tr("%1: a CERTIFICATE block is damaged").arg(fileName), cert.error().detail);
    }
    out.certificates.push_back(std::move(cert).value());
    return {};
}

Result<ParsedFile> ImportParser::parse(const QByteArray& data, const QString& fileName, const QByteArray& password)
{
    ParsedFile out;
    if (data.isEmpty()) {
        return makeError(Tr::tr("%1 is empty").arg(fileName));
    }
    if (data.contains("-----BEGIN ")) {
        if (Status st = parsePem(data, fileName, password, out); !st) {
            return st.error();
        }
        return out;
    }
    if (auto cert = Certificate::fromDerDeferringKey(data)) {
        out.certificates.push_back(std::move(cert).value());
        return out;
    }
    takeOpenSslErrors();
    if (auto crl = Crl::fromData(data)) {
        out.crls.push_back(std::move(crl).value());
        return out;
    }
    takeOpenSslErrors();
    if (parsePkcs7(data, fileName, out)) {
        return out;
    }
    Status p12 = parsePkcs12(data, fileName, password, out);
    if (p12) {
        return out;
    }
    if (p12.error().message != Tr::tr("not PKCS#12")) {
        return p12.error();
    }
    if (auto key = PrivateKey::fromData(data, password)) {
        out.keys.push_back(std::move(key).value());
        return out;
    }
    takeOpenSslErrors();
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, static_cast<long>(data.size())));
    takeOpenSslErrors();
    if (req) {
        out.skipped << Tr::tr("%1: a certificate request; sign it with a CA instead of importing it")
                           .arg(fileName);
        return out;
    }
    return makeError(Tr::tr("%1 is not a certificate, private key or PKCS#12 file (PEM or DER)").arg(fileName));
}

} // namespace signet
