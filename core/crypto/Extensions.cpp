#include "crypto/Extensions.h"

#include "crypto/OsslError.h"

#include <arpa/inet.h>
#include <sys/socket.h>

namespace signet {

QString hexString(const unsigned char* data, int length, bool colons)
{
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(data), length).toHex(colons ? ':' : '\0');
    return QString::fromLatin1(hex).toUpper();
}

QList<ExtensionInfo> decodeExtensions(const STACK_OF(X509_EXTENSION) * extensions)
{
    QList<ExtensionInfo> out;
    for (int i = 0; i < sk_X509_EXTENSION_num(extensions); ++i) {
        X509_EXTENSION* ext = sk_X509_EXTENSION_value(extensions, i);
        ExtensionInfo info;
        const ASN1_OBJECT* obj = X509_EXTENSION_get_object(ext);
        char oid[80] = {};
        OBJ_obj2txt(oid, sizeof oid, obj, 1);
        info.oid = QString::fromLatin1(oid);
        const int nid = OBJ_obj2nid(obj);
        info.name = nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : info.oid;
        info.critical = X509_EXTENSION_get_critical(ext) != 0;
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
            const ASN1_OCTET_STRING* data = X509_EXTENSION_get_data(ext);
            info.value = hexString(ASN1_STRING_get0_data(data), ASN1_STRING_length(data));
            takeOpenSslErrors();
        } else {
            info.value = QString::fromUtf8(bioContents(bio.get())).trimmed();
        }
        out.append(info);
    }
    return out;
}

QStringList formatGeneralNames(const GENERAL_NAMES* names)
{
    QStringList out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        int type = 0;
        const auto* value = static_cast<const ASN1_STRING*>(GENERAL_NAME_get0_value(name, &type));
        const auto text = [value] {
            return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                                     ASN1_STRING_length(value));
        };
        switch (type) {
        case GEN_DNS:
            out << QStringLiteral("DNS:") + text();
            break;
        case GEN_EMAIL:
            out << QStringLiteral("email:") + text();
            break;
        case GEN_URI:
            out << QStringLiteral("URI:") + text();
            break;
        case GEN_IPADD: {
            const int len = ASN1_STRING_length(value);
            const unsigned char* bytes = ASN1_STRING_get0_data(value);
            char buffer[INET6_ADDRSTRLEN] = {};
            const int family = len == 4 ? AF_INET : AF_INET6;
            if ((len == 4 || len == 16) && inet_ntop(family, bytes, buffer, sizeof buffer) != nullptr) {
                out << QStringLiteral("IP:") + QString::fromLatin1(buffer);
            } else {
                out << QStringLiteral("IP:") + hexString(bytes, len);
            }
            break;
        }
        case GEN_DIRNAME: {
            BioPtr bio(BIO_new(BIO_s_mem()));
            X509_NAME_print_ex(bio.get(), static_cast<const X509_NAME*>(static_cast<const void*>(value)), 0,
                               XN_FLAG_RFC2253);
            out << QStringLiteral("DirName:") + QString::fromUtf8(bioContents(bio.get()));
            break;
        }
        default:
            out << QStringLiteral("othername");
            break;
        }
    }
    return out;
}

} // namespace signet
