#pragma once

#include "Result.h"
#include "pki/IpRange.h"

#include <QList>
#include <QStringList>

namespace signet {

class Certificate;

// The name constraints of a CA (RFC 5280 4.2.1.10) for DNS names, IP addresses and e-mail
// addresses, matched the way OpenSSL's chain verification matches them, so that Signet refuses with
// a clear message what the verifier would refuse with an error code.
//
// A CA that Signet constrains is closed for IP addresses and e-mail addresses unless they are
// permitted too: a CA for example.com must not be able to certify 10.1.2.3 or dave@evil.example.
// DNS names are limited only by permitted DNS domains: closing them as well would make OpenSSL
// refuse every IP-only server certificate of an IP-constrained CA, because it checks a common name
// like "10.1.2.3" as a DNS name when there is no DNS subjectAltName.
class NameConstraints {
public:
    NameConstraints() = default;

    // For a new CA: permitted DNS domains (NameRules::dnsConstraintDomain), IP ranges (checked with
    // IpRange::parse) and e-mail domains (NameRules::emailConstraintDomain). Nothing permitted: no
    // constraints at all.
    static Result<NameConstraints> forPermits(const QStringList& dns, const QStringList& ipRanges,
                                              const QStringList& emailDomains);
    // The nameConstraints extension of `ca`; empty when it has none.
    static NameConstraints of(const Certificate& ca);

    [[nodiscard]] bool isEmpty() const;
    // What is permitted, as forPermits takes it (a renewal issues the same constraints again).
    [[nodiscard]] QStringList permittedDns() const { return m_permitted.dns; }
    [[nodiscard]] QStringList permittedIps() const;
    [[nodiscard]] QStringList permittedEmails() const;
    // The extension as openssl.cnf writes it: "critical,permitted;DNS:…,excluded;IP:…".
    [[nodiscard]] QString extensionText() const;

    // The first name in `cert` that these constraints forbid, with the CA's name, the constraint and
    // the name in the message. Checked as OpenSSL checks the certificate at the end of a chain:
    // DNS, IP and e-mail subjectAltNames, e-mail addresses in the subject, and the common name as a
    // DNS name when it looks like one and there is no DNS subjectAltName.
    [[nodiscard]] Status check(const Certificate& cert, const QString& caName) const;
    // A CA below may narrow these constraints but not permit what they forbid.
    [[nodiscard]] Status checkSubordinate(const NameConstraints& below, const QString& caName) const;

private:
    struct Subtrees {
        QStringList dns;
        QList<IpRange> ips;
        QStringList emails;
    };

    Subtrees m_permitted;
    Subtrees m_excluded;
};

} // namespace signet
