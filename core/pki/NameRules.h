#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace signet {

// What names and addresses may be, checked the same way for the command line, the wizards' live
// hints, issuing, signing requests and the linter. (IP ranges: IpRange::parse.)
class NameRules {
public:
    // A workspace name given by a person (a certificate's or a CA's name). Refused: empty, control
    // characters (a newline forges a line in 'list' or 'audit'), and what a reference would read as
    // something else: "id:N", or hex digits and colons with a decimal digit among them (or "0x"),
    // which are taken for a serial number.
    static Status checkCertificateName(const QString& name);
    // A workspace name made from a certificate's or request's own text (its CN): the same rules,
    // but mended instead of refused: control characters become U+FFFD, a name that reads as a serial
    // gets " (name)" appended, one that starts with "id:" gets "name " put before. So a request
    // cannot take a name that shadows a serial or an id.
    static QString certificateNameFrom(const QString& text);
    // What a reference is taken for: "0x" and hex digits, colons allowed ("3F:A0:..."), or "id:".
    static bool looksLikeSerial(const QString& text);
    static bool looksLikeId(const QString& text);
    // Text a person types into a name or a DN value: no control characters (C0, DEL, C1, line and
    // paragraph separators, bidirectional overrides), which would let it pass for something else.
    static bool hasControlCharacters(const QString& text);
    static bool isControlCharacter(QChar c);
    static Status checkText(const QString& text);

    // Subject alternative names, as RFC 5280 4.2.1.6 and browsers read them. DNS: LDH labels (and
    // underscores, common in internal names), at most 253 characters, a wildcard only as the whole
    // leftmost label. E-mail: local@domain without spaces or commas. URI: an absolute http, https,
    // ldap, ldaps or spiffe URL with a host, or a urn: (no javascript:, data:, file:, ...).
    static bool isDnsName(const QString& name);
    static bool isEmailAddress(const QString& address);
    static bool isSanUri(const QString& uri);

    // Names as people type them, in the form certificates carry, or why they cannot be one; blanks
    // around them are dropped. (SubjectAltNames tells the kinds apart.)
    // A DNS name: an internationalized one in its xn-- form ("bücher.example" ->
    // "xn--bcher-kva.example"), lower case, without a trailing dot, then isDnsName (a wildcard only
    // as the whole leftmost label). What reads as an IP address is refused: "999.1.1.1" is a
    // mistyped address, never a host name.
    static Result<QString> normalizedDnsName(const QString& text);
    // An IPv4 address (four numbers 0-255, no leading zeros) or an IPv6 address, as inet_pton reads
    // them, in their usual text ("FD00:0::1" -> "fd00::1").
    static Result<QString> normalizedIpAddress(const QString& text);
    // local@domain: the local part as typed (ASCII), the domain as a DNS name (intranet hosts
    // without a dot too), then isEmailAddress.
    static Result<QString> normalizedEmailAddress(const QString& text);
    // Text that people and programs read as an IP address: digits and dots with a dot in it (as
    // "999.1.1.1" or "10.1"), or a colon, which no host name has.
    static bool looksLikeIpAddress(const QString& text);
    // A domain for a DNS name constraint: "example.com" (it and every host below it) or
    // ".example.com" (only the hosts below it), normalized like a DNS name, without a wildcard.
    static Result<QString> dnsConstraintDomain(const QString& text);
    // The entries of a list as people type it: separated by commas, semicolons, blanks or line breaks.
    static QStringList splitEntries(const QString& text);
    // `text` for a message: control characters shown as U+FFFD.
    static QString printable(const QString& text);

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
