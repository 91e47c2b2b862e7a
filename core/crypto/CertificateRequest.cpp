#include "crypto/CertificateRequest.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "crypto/PrivateKey.h"

#include <openssl/pem.h>

#include <QCoreApplication>

#include <utility>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CertificateRequest", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)
};

// A DNS or e-mail GeneralName holding `value` byte for byte: built as a structure, not as extension
// text, where a comma would start another name.
GeneralNamePtr textName(int type, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    GeneralNamePtr name(GENERAL_NAME_new());
    OsslPtr<ASN1_IA5STRING, ASN1_IA5STRING_free> text(ASN1_IA5STRING_new());
    if (!name || !text || ASN1_STRING_set(text.get(), bytes.constData(), static_cast<int>(bytes.size())) != 1) {
        return {};
    }
    GENERAL_NAME_set0_value(name.get(), type, text.release());
    return name;
}

GeneralNamePtr ipName(const QString& ip)
{
    const QByteArray text = ip.toLatin1();
    Asn1OctetStringPtr address(a2i_IPADDRESS(text.constData()));
    GeneralNamePtr name(address ? GENERAL_NAME_new() : nullptr);
    if (!name) {
        return {};
    }
    GENERAL_NAME_set0_value(name.get(), GEN_IPADD, address.release());
    return name;
}

Result<GeneralNamesPtr> subjectAltNames(const RequestContent& content)
{
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names) {
        return opensslError(Tr::tr("out of memory"));
    }
    const auto push = [&names](GeneralNamePtr name, const QString& value) -> Status {
        if (!name || sk_GENERAL_NAME_push(names.get(), name.get()) <= 0) {
            return opensslError(Tr::tr("'%1' cannot be put into the request").arg(value));
        }
        name.release();
        return {};
    };
    for (const QString& dns : content.dnsNames) {
        if (Status st = push(textName(GEN_DNS, dns), dns); !st) {
            return st.error();
        }
    }
    for (const QString& ip : content.ipAddresses) {
        if (Status st = push(ipName(ip), ip); !st) {
            return st.error();
        }
    }
    for (const QString& email : content.emails) {
        if (Status st = push(textName(GEN_EMAIL, email), email); !st) {
            return st.error();
        }
    }
    return names;
}

Status addRequestedExtensions(X509_REQ* req, const RequestContent& content)
{
    X509ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    if (!extensions) {
        return opensslError(Tr::tr("out of memory"));
    }
    STACK_OF(X509_EXTENSION)* list = extensions.get();
    if (content.ca) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, nullptr, nullptr, req, nullptr, 0);
        const std::pair<int, const char*> wanted[] = {{NID_basic_constraints, "critical,CA:TRUE"},
                                                      {NID_key_usage, "critical,keyCertSign,cRLSign"}};
        for (const auto& [nid, value] : wanted) {
            X509ExtensionPtr ext(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
            if (!ext || sk_X509_EXTENSION_push(list, ext.get()) <= 0) {
                return opensslError(Tr::tr("could not build the %1 extension").arg(QString::fromLatin1(OBJ_nid2ln(nid))));
            }
            ext.release();
        }
    }
    if (!content.dnsNames.isEmpty() || !content.ipAddresses.isEmpty() || !content.emails.isEmpty()) {
        auto names = subjectAltNames(content);
        if (!names) {
            return names.error();
        }
        if (X509V3_add1_i2d(&list, NID_subject_alt_name, names->get(), 0, X509V3_ADD_DEFAULT) != 1) {
            return opensslError(Tr::tr("could not build the subject alternative names"));
        }
    }
    if (sk_X509_EXTENSION_num(list) > 0 && X509_REQ_add_extensions(req, list) != 1) {
        return opensslError(Tr::tr("could not add the requested extensions"));
    }
    return {};
}
} // namespace

CertificateRequest::CertificateRequest(X509ReqPtr req) : m_req(std::move(req)) {}

Result<CertificateRequest> CertificateRequest::fromData(const QByteArray& data)
{
    X509ReqPtr req;
    if (data.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
        req.reset(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        req.reset(d2i_X509_REQ(nullptr, &p, static_cast<long>(data.size())));
    }
    if (!req) {
        return opensslError(Tr::tr("not a certificate signing request (PKCS#10, PEM or DER)"));
    }
    return CertificateRequest(std::move(req));
}

Result<CertificateRequest> CertificateRequest::create(const RequestContent& content, const PrivateKey& key)
{
    if (key.isNull()) {
        return makeError(Tr::tr("no key to sign the request with"));
    }
    X509ReqPtr req(X509_REQ_new());
    auto name = content.subject.toX509Name();
    if (!name) {
        return name.error();
    }
    if (!req || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1
        || X509_REQ_set_subject_name(req.get(), name->get()) != 1 || X509_REQ_set_pubkey(req.get(), key.get()) != 1) {
        return opensslError(Tr::tr("could not fill in the request"));
    }
    if (Status st = addRequestedExtensions(req.get(), content); !st) {
        return st.error();
    }
    // Ed25519 signs without a separate digest: then no digest name is passed.
    const EVP_MD* digest = key.signingDigest();
    EvpMdCtxPtr signing(EVP_MD_CTX_new());
    if (!signing
        || EVP_DigestSignInit_ex(signing.get(), nullptr, digest != nullptr ? EVP_MD_get0_name(digest) : nullptr,
                                 nullptr, nullptr, key.get(), nullptr)
               != 1
        || X509_REQ_sign_ctx(req.get(), signing.get()) <= 0) {
        return opensslError(Tr::tr("could not sign the request"));
    }
    return CertificateRequest(std::move(req));
}

QByteArray CertificateRequest::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_REQ(bio.get(), m_req.get()) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray CertificateRequest::toDer() const
{
    const int length = i2d_X509_REQ(m_req.get(), nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_REQ(m_req.get(), &out) != length) {
        return {};
    }
    return der;
}

DistinguishedName CertificateRequest::subjectName() const
{
    return DistinguishedName::fromX509Name(X509_REQ_get_subject_name(m_req.get()));
}

QString CertificateRequest::subject() const
{
    return subjectName().toString();
}

X509ExtensionPtr CertificateRequest::subjectAltNameExtension() const
{
    X509ExtensionStackPtr exts(X509_REQ_get_extensions(m_req.get()));
    for (int i = 0; exts && i < sk_X509_EXTENSION_num(exts.get()); ++i) {
        X509_EXTENSION* ext = sk_X509_EXTENSION_value(exts.get(), i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(ext)) == NID_subject_alt_name) {
            return X509ExtensionPtr(X509_EXTENSION_dup(ext));
        }
    }
    return {};
}

QStringList CertificateRequest::subjectAltNames() const
{
    X509ExtensionPtr ext = subjectAltNameExtension();
    if (!ext) {
        return {};
    }
    GeneralNamesPtr names(static_cast<GENERAL_NAMES*>(X509V3_EXT_d2i(ext.get())));
    return names ? formatGeneralNames(names.get()) : QStringList();
}

QList<ExtensionInfo> CertificateRequest::extensions() const
{
    X509ExtensionStackPtr exts(X509_REQ_get_extensions(m_req.get()));
    return exts ? decodeExtensions(exts.get()) : QList<ExtensionInfo>();
}

EVP_PKEY* CertificateRequest::publicKey() const
{
    return X509_REQ_get0_pubkey(m_req.get());
}

QByteArray CertificateRequest::publicKeyDer() const
{
    unsigned char* out = nullptr;
    const int len = i2d_PUBKEY(X509_REQ_get0_pubkey(m_req.get()), &out);
    if (len <= 0) {
        return {};
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

QString CertificateRequest::publicKeyDescription() const
{
    return PrivateKey::describe(publicKey());
}

Status CertificateRequest::verifySignature() const
{
    EVP_PKEY* key = publicKey();
    if (key == nullptr) {
        return opensslError(Tr::tr("the request holds no usable public key"));
    }
    if (X509_REQ_verify(m_req.get(), key) != 1) {
        return opensslError(Tr::tr("the request's signature is invalid: it was altered or not signed by its key"));
    }
    return {};
}

} // namespace signet
