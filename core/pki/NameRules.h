#pragma once

#include "Result.h"

#include <QString>

namespace signet {

// What the names and addresses a CA is created with may be, checked the same way for the command
// line and the wizards' live hints. (IP ranges: IpRange::parse.)
class NameRules {
public:
    // A domain for an e-mail name constraint, as RFC 5280 and OpenSSL match it: "example.com"
    // stands for the addresses at exactly that host, ".example.com" for those at every host below
    // it. Returns it lower case, an internationalized domain in its xn-- form.
    static Result<QString> emailConstraintDomain(const QString& text);
    // Where a CA publishes its CRL: an http://, https:// or ldap:// URL with a host.
    static Status checkCrlUrl(const QString& url);
    // Where a CA's own certificate can be fetched (Authority Information Access, caIssuers): an
    // http:// or https:// URL with a host; clients fetch it while building the chain.
    static Status checkCaIssuersUrl(const QString& url);
};

} // namespace signet
