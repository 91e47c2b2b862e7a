#pragma once

#include "pki/LintFinding.h"
#include "pki/Profile.h"

#include <QList>
#include <QString>

namespace signet {

class Certificate;

// What the certificate is meant for; it decides which rules apply.
struct LintContext {
    enum class Purpose {
        Unknown, // derived from the certificate (see Linter::derivePurpose)
        Server,  // TLS server (also server + client): Apple's and Chrome's rules apply
        Client,
        Ca,
    };
    Purpose purpose = Purpose::Unknown;

    static LintContext forProfile(Profile profile);
};

// Checks a certificate against the rules of RFC 5280, Apple's TLS requirements
// (support.apple.com/103769), Chrome's and the key types browsers and NSS support, before Signet
// stores it or for any certificate given to `signet-cli lint`.
//
// Rules: rfc5280.version, rfc5280.serial.positive, rfc5280.serial.length, rfc5280.serial.entropy,
// rfc5280.ca.basic-constraints-critical, rfc5280.ca.key-usage, rfc5280.ski.missing,
// rfc5280.aki.missing, rfc5280.validity.order, rfc5280.san.empty-subject-critical,
// rfc5280.name-constraints.critical; apple.san.required, apple.eku.server-auth, apple.key.rsa-2048,
// apple.signature.sha2, apple.validity.825; chrome.san.only, chrome.validity.398,
// chrome.name-constraints (DNS names against the issuer's DNS subtrees; needs the issuer);
// chrome.key.ed25519, chrome.signature.ed25519, nss.ca.ed25519, nss.client.ed25519 (Ed25519Rules.h);
// rfc5280.san.dns, rfc5280.san.email, signet.san.uri (SanRules.h); signet.key.type (KeyRules.h).
class Linter {
public:
    // `issuer` may be null (unknown, or the certificate is self-signed); rules that need it are skipped.
    static QList<LintFinding> lint(const Certificate& cert, const Certificate* issuer, LintContext context = {});

    // Unknown becomes: Ca with basicConstraints CA:TRUE; Server with extendedKeyUsage serverAuth;
    // Client with clientAuth; without extendedKeyUsage, Server when it names a host (a DNS or IP
    // subjectAltName, or a common name like "www.example.com"); otherwise Unknown (RFC 5280 only).
    static LintContext::Purpose derivePurpose(const Certificate& cert);

    static bool hasErrors(const QList<LintFinding>& findings);
    static QList<LintFinding> errors(const QList<LintFinding>& findings);
    // "rule.id: message; rule.id: message" on one line.
    static QString describe(const QList<LintFinding>& findings);
};

} // namespace signet
