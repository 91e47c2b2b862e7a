#include "export/Pkcs12Builder.h"

#include "crypto/OsslError.h"

#include <openssl/rand.h>

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Pkcs12Builder", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Builder)
};

constexpr int kModernIterations = 100000;
constexpr int kCompatibleIterations = 2048;
} // namespace

std::optional<Pkcs12Builder::Profile> Pkcs12Builder::profileFromName(const QString& name)
{
    if (name == QLatin1String("modern")) {
        return Profile::Modern;
    }
    if (name == QLatin1String("compatible")) {
        return Profile::Compatible;
    }
    return std::nullopt;
}

QString Pkcs12Builder::profileName(Profile profile)
{
    return profile == Profile::Modern ? QStringLiteral("modern") : QStringLiteral("compatible");
}

Result<QByteArray> Pkcs12Builder::build(const Certificate& cert, const PrivateKey& key,
                                        const std::vector<const Certificate*>& chain, const QString& friendlyName,
                                        const QByteArray& password, Profile profile)
{
    if (password.isEmpty()) {
        return makeError(Tr::tr("a PKCS#12 file needs a password"));
    }
    if (!cert.matchesKey(key.get())) {
        return makeError(Tr::tr("the private key does not belong to the certificate"));
    }
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate* c : chain) {
        if (!ca || X509_add_cert(ca.get(), c->get(), X509_ADD_FLAG_UP_REF) != 1) {
            return opensslError(Tr::tr("could not add the chain to the PKCS#12 file"));
        }
    }
    const bool modern = profile == Profile::Modern;
    const int pbe = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? kModernIterations : kCompatibleIterations;
    const QByteArray name = friendlyName.toUtf8();
    // MAC iteration -1: no MAC yet; it is added below with the profile's digest.
    Pkcs12Ptr p12(PKCS12_create_ex(password.constData(), name.constData(), key.get(), cert.get(), ca.get(), pbe, pbe,
                                   iterations, -1, 0, nullptr, nullptr));
    if (!p12) {
        return opensslError(Tr::tr("could not build the PKCS#12 file"));
    }
    const EVP_MD* macDigest = modern ? EVP_sha256() : EVP_sha1();
    if (PKCS12_set_mac(p12.get(), password.constData(), static_cast<int>(password.size()), nullptr, 0, iterations,
                       macDigest)
        != 1) {
        return opensslError(Tr::tr("could not add the integrity check to the PKCS#12 file"));
    }
    unsigned char* out = nullptr;
    const int len = i2d_PKCS12(p12.get(), &out);
    if (len <= 0) {
        return opensslError(Tr::tr("could not encode the PKCS#12 file"));
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

Result<QByteArray> Pkcs12Builder::generatePassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789"; // no l/1/I/O/0/o/B/8
    const int alphabetSize = static_cast<int>(sizeof alphabet - 1);
    QByteArray out;
    for (int group = 0; group < 5; ++group) {
        if (group > 0) {
            out += '-';
        }
        for (int i = 0; i < 5;) {
            unsigned char byte = 0;
            if (RAND_bytes(&byte, 1) != 1) {
                return opensslError(Tr::tr("the random number generator failed"));
            }
            // Rejection sampling keeps every character equally likely.
            if (byte >= (256 / alphabetSize) * alphabetSize) {
                continue;
            }
            out += alphabet[byte % alphabetSize];
            ++i;
        }
    }
    return out;
}

} // namespace signet
