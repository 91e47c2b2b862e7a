#include "import/ImportParser.h"

#include "crypto/OsslError.h"
#include "crypto/PbeLimits.h"

#include <openssl/pem.h>

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

Status parsePem(const QByteArray& data, const QString& fileName, const QByteArray& password, ParsedFile& out)
{
    BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    int blocks = 0;
    while (true) {
        char* rawName = nullptr;
        char* rawHeader = nullptr;
        unsigned char* rawData = nullptr;
        long len = 0;
        if (PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &len) != 1) {
            takeOpenSslErrors();
            break;
        }
        OpenSslStringPtr name(rawName);
        OpenSslStringPtr header(rawHeader);
        OpenSslBytesPtr body(rawData);
        ++blocks;
        const QByteArray type(rawName);
        const QByteArray der(reinterpret_cast<const char*>(rawData), static_cast<qsizetype>(len));
        if (type == "CERTIFICATE" || type == "X509 CERTIFICATE" || type == "TRUSTED CERTIFICATE") {
            auto cert = Certificate::fromDer(der);
            if (!cert) {
                return makeError(Tr::tr("%1: a CERTIFICATE block is damaged").arg(fileName), cert.error().detail);
            }
            out.certificates.push_back(std::move(cert).value());
        } else if (type.endsWith("PRIVATE KEY")) {
            BioPtr block(BIO_new(BIO_s_mem()));
            PEM_write_bio(block.get(), rawName, rawHeader, rawData, len);
            auto key = PrivateKey::fromData(bioContents(block.get()), password);
            if (!key) {
                return makeError(Tr::tr("%1: %2").arg(fileName, key.error().message), key.error().detail);
            }
            out.keys.push_back(std::move(key).value());
        } else if (type.contains("CERTIFICATE REQUEST")) {
            out.skipped << Tr::tr("%1: a certificate request; sign it with a CA instead of importing it")
                               .arg(fileName);
        } else if (type == "X509 CRL") {
            auto crl = Crl::fromData(der);
            if (!crl) {
                return makeError(Tr::tr("%1: an X509 CRL block is damaged").arg(fileName), crl.error().detail);
            }
            out.crls.push_back(std::move(crl).value());
        } else {
            out.skipped << Tr::tr("%1: a PEM block of type '%2' that Signet does not import")
                               .arg(fileName, QString::fromLatin1(type));
        }
    }
    if (blocks == 0) {
        return makeError(Tr::tr("%1 holds no PEM data that can be read").arg(fileName));
    }
    return {};
}
} // namespace

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
    if (auto cert = Certificate::fromDer(data)) {
        out.certificates.push_back(std::move(cert).value());
        return out;
    }
    takeOpenSslErrors();
    if (auto crl = Crl::fromData(data)) {
        out.crls.push_back(std::move(crl).value());
        return out;
    }
    takeOpenSslErrors();
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
