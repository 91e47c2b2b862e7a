#include "crypto/CertificateRequest.h"

#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"

#include <openssl/pem.h>

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CertificateRequest", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)
};
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

QByteArray CertificateRequest::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), m_req.get());
    return bioContents(bio.get());
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
