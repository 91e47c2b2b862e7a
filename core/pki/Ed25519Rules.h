#pragma once

#include "pki/Linter.h"

namespace signet {

class Certificate;
class LintFindings;

// Ed25519 works between OpenSSL peers (nginx, Apache, HAProxy, curl), but not in browsers:
// Chromium offers no Ed25519 signature scheme in TLS, so a server with an Ed25519 certificate fails
// with ERR_SSL_VERSION_OR_CIPHER_MISMATCH (nginx: "no suitable signature algorithm"), and NSS
// (Firefox, Chrome on Linux) cannot import an Ed25519 root or key. Hence errors for servers, for
// certificates in a server's chain signed with Ed25519 and for CAs with an Ed25519 key (they sign
// servers), and a warning for client certificates, which OpenSSL-based servers accept.
//
// Rules: chrome.key.ed25519, chrome.signature.ed25519, nss.ca.ed25519 (errors),
// nss.client.ed25519 (warning).
class Ed25519Rules {
public:
    // `selfSigned`: a root's own signature is never checked (the trust store vouches for it).
    static void check(const Certificate& cert, LintContext::Purpose purpose, bool selfSigned, LintFindings& out);
};

} // namespace signet
