#include "pki/KeyRules.h"

#include "crypto/Certificate.h"
#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"
#include "pki/LintFindings.h"

#include <QCoreApplication>

#include <openssl/core_names.h>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "KeyRules", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyRules)
};

constexpr int kMinRsaBits = 2048;

bool isRsa(EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "RSA") == 1 || EVP_PKEY_is_a(key, "RSA-PSS") == 1;
}

bool isSupportedCurve(EVP_PKEY* key)
{
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) != 1) {
        takeOpenSslErrors();
        return false;
    }
    const QByteArray name(group);
    return name == "prime256v1" || name == "P-256" || name == "secp384r1" || name == "P-384" || name == "secp521r1"
           || name == "P-521";
}

// Empty when supported; otherwise why not, in one sentence.
QString unsupportedReason(EVP_PKEY* key)
{
    if (key == nullptr) {
        return Tr::tr("there is no usable public key");
    }
    const QString kind = PrivateKey::describe(key);
    if (isRsa(key)) {
        const int bits = EVP_PKEY_get_bits(key);
        return bits >= kMinRsaBits ? QString()
                                   : Tr::tr("the key is %1; RSA keys need at least 2048 bits (OpenSSL's default "
                                            "security level and Apple devices refuse smaller ones)")
                                         .arg(kind);
    }
    if (EVP_PKEY_is_a(key, "EC") == 1) {
        return isSupportedCurve(key) ? QString()
                                     : Tr::tr("the key is %1; browsers and most TLS libraries support ECDSA only on "
                                              "P-256, P-384 and P-521")
                                           .arg(kind);
    }
    if (EVP_PKEY_is_a(key, "ED25519") == 1) {
        return {};
    }
    return Tr::tr("the key is %1, which browsers and most TLS libraries do not accept; use RSA (2048 bits or more), "
                  "ECDSA P-256, P-384 or P-521, or Ed25519")
        .arg(kind);
}
} // namespace

Status KeyRules::checkSupported(EVP_PKEY* key)
{
    if (const QString reason = unsupportedReason(key); !reason.isEmpty()) {
        return makeError(Tr::tr("Signet does not certify this key: %1").arg(reason));
    }
    return {};
}

void KeyRules::check(const Certificate& cert, LintContext::Purpose purpose, LintFindings& out)
{
    EVP_PKEY* key = X509_get0_pubkey(cert.get());
    takeOpenSslErrors();
    if (key == nullptr) {
        return;
    }
    const bool appleNamesIt = isRsa(key) && (purpose == LintContext::Purpose::Server || purpose == LintContext::Purpose::Ca);
    if (appleNamesIt) {
        return;
    }
    if (const QString reason = unsupportedReason(key); !reason.isEmpty()) {
        out.error("signet.key.type", reason);
    }
}

} // namespace signet
