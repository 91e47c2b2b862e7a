#include "pki/Ed25519Rules.h"

#include "crypto/Certificate.h"
#include "crypto/OsslError.h"
#include "pki/LintFindings.h"

#include <QCoreApplication>

namespace signet {

namespace {
// Under "Linter", like the linter's other messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Linter)
};

using Purpose = LintContext::Purpose;

bool hasEd25519Key(const Certificate& cert)
{
    EVP_PKEY* key = X509_get0_pubkey(cert.get());
    const bool ed25519 = key != nullptr && EVP_PKEY_is_a(key, "ED25519") == 1;
    takeOpenSslErrors();
    return ed25519;
}
} // namespace

void Ed25519Rules::check(const Certificate& cert, Purpose purpose, bool selfSigned, LintFindings& out)
{
    const bool edKey = hasEd25519Key(cert);
    const bool edSignature = !selfSigned && X509_get_signature_nid(cert.get()) == NID_ED25519;
    switch (purpose) {
    case Purpose::Server:
        if (edKey) {
            out.error("chrome.key.ed25519",
                      Tr::tr("the key is Ed25519: Chrome, Edge and other Chromium browsers refuse the connection "
                             "(ERR_SSL_VERSION_OR_CIPHER_MISMATCH; nginx logs \"no suitable signature algorithm\") "
                             "and Firefox (NSS) cannot use it either: use ECDSA P-256 or RSA"));
        }
        break;
    case Purpose::Ca:
        if (edKey) {
            out.error("nss.ca.ed25519",
                      Tr::tr("the CA's key is Ed25519: Firefox and Chrome on Linux (NSS) cannot import it as a "
                             "root, and Chromium browsers refuse every TLS server it signs "
                             "(ERR_SSL_VERSION_OR_CIPHER_MISMATCH): use ECDSA P-384 or RSA"));
        }
        break;
    case Purpose::Client:
        if (edKey) {
            out.warning("nss.client.ed25519",
                        Tr::tr("the key is Ed25519: Firefox and Chrome on Linux (NSS) cannot import it and Chromium "
                               "browsers cannot present it; OpenSSL-based servers (nginx, Apache, HAProxy) and curl "
                               "accept it: use ECDSA P-256 for browsers"));
        }
        return; // what signed a client certificate concerns only the server that checks it
    case Purpose::Unknown:
        return;
    }
    // A server's chain, and a CA that will be in one, must carry no Ed25519 signature.
    if (edSignature) {
        out.error("chrome.signature.ed25519",
                  Tr::tr("the certificate is signed with Ed25519: Chromium browsers cannot verify it in a TLS "
                         "chain (ERR_SSL_VERSION_OR_CIPHER_MISMATCH) and Firefox and Chrome on Linux (NSS) cannot "
                         "import the Ed25519 CA: issue it from an ECDSA or RSA CA"));
    }
}

} // namespace signet
