// Names and addresses typed into the wizards or given on the command line: SAN entries (DNS, IP,
// e-mail, URI; as typed and normalized), name-constraint permits (DNS domains, IP ranges, e-mail
// domains), CRL and caIssuers URLs, key specs, subject rules of server configurations, and the
// values written into server configuration syntax. The input is one value per line.
#include "FuzzSupport.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "export/ConfigSyntax.h"
#include "export/ServerConfigSpec.h"
#include "pki/CertificateIssuer.h"
#include "pki/IpRange.h"
#include "pki/NameConstraints.h"
#include "pki/NameRules.h"
#include "pki/SubjectAltNames.h"

#include <cstdlib>

using namespace signet;

namespace {
// A property every accepted input must have; libFuzzer reports the abort with the input.
void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// Issuing is part of the check: a name that validation accepts must reach the certificate as it
// was given, not be cut, split or joined by the extension syntax it passes through on the way.
const PrivateKey* issuingKey()
{
    static const PrivateKey key = [] {
        auto generated = PrivateKey::generate(KeySpec{KeySpec::Algorithm::Ed25519, 0, {}});
        require(generated.ok());
        return std::move(generated).value();
    }();
    return &key;
}

Result<Certificate> issue(const IssuanceRequest& request)
{
    EVP_PKEY* key = issuingKey()->get();
    return CertificateIssuer::issue(request, key, CertificateIssuer::Signer{nullptr, key}, QByteArrayLiteral("\x01"),
                                    QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
}

void checkIssued(const QString& line)
{
    IssuanceRequest server;
    server.subject = DistinguishedName::fromCommonName(QStringLiteral("fuzz"));
    server.dnsNames = {line};
    if (CertificateIssuer::validate(server)) {
        auto cert = issue(server);
        require(!cert || cert->dnsNames() == QStringList{line});
    }
    server.dnsNames.clear();
    server.emails = {line};
    if (CertificateIssuer::validate(server)) {
        auto cert = issue(server);
        require(!cert || cert->emailAddresses() == QStringList{line});
    }
    server.emails.clear();
    server.ipAddresses = {line};
    if (CertificateIssuer::validate(server)) {
        auto cert = issue(server);
        // OpenSSL prints the address its own way ("::1" as "0:0:...:1"); the typed text must be whole.
        require(!cert || (cert->subjectAltNames().size() == 1 && !line.contains(QChar(u'\0'))));
    }

    IssuanceRequest ca;
    ca.profile = Profile::RootCa;
    ca.subject = server.subject;
    if (NameRules::checkCrlUrl(line)) {
        ca.crlDistributionPoint = line;
        auto cert = issue(ca);
        require(!cert || cert->crlDistributionPoints() == QStringList{line});
        ca.crlDistributionPoint.clear();
    }
    if (NameRules::checkCaIssuersUrl(line)) {
        ca.caIssuersUrl = line;
        auto cert = issue(ca);
        require(!cert || cert->caIssuersUrls() == QStringList{line});
    }
}
void checkRange(const QString& line)
{
    auto range = IpRange::parse(line);
    if (!range) {
        return;
    }
    // Accepted range text is plain ASCII: no NUL ending the address early, no digits of other scripts.
    for (const QChar c : line) {
        require(c.unicode() != 0 && c.unicode() <= 0x7e);
    }
    (void)range->toOpenSslConfig();
    (void)range->coversEverything();
    // A range Signet accepted and printed is the same range when read again, and holds itself.
    auto again = IpRange::parse(range->toString());
    require(again && *again == *range && range->contains(*range));
}

void checkValue(const QString& line)
{
    checkRange(line);
    if (auto entry = SubjectAltNames::parse(line)) {
        // A normalized name is final: read again, it is the same name of the same kind.
        auto again = SubjectAltNames::parse(entry->value);
        require(again && *again == *entry);
    }
    if (auto domain = NameRules::dnsConstraintDomain(line)) {
        auto again = NameRules::dnsConstraintDomain(*domain);
        require(again && *again == *domain);
    }
    (void)NameRules::emailConstraintDomain(line);
    (void)NameRules::checkCrlUrl(line);
    (void)NameRules::checkCaIssuersUrl(line);
    if (auto spec = KeySpec::parse(line)) {
        (void)spec->name();
        (void)spec->description();
    }
    if (auto rule = SubjectRule::parse(line)) {
        // A rule's text form is a rule again, the same one.
        auto again = SubjectRule::parse(rule->toString());
        require(again && again->toString() == rule->toString());
    }
    (void)ConfigSyntax::nginxString(line, false);
    (void)ConfigSyntax::apacheArgument(line);
    (void)ConfigSyntax::apacheExprString(line);
    (void)ConfigSyntax::haproxyString(line);
    (void)ConfigSyntax::jsString(line);
    (void)ConfigSyntax::shellWord(line);
    (void)ConfigSyntax::commentText(line);
}

// Every line as a SAN entry and as a permit of each kind, together, the way one request holds them.
void checkRequest(const QStringList& lines)
{
    IssuanceRequest request;
    request.profile = Profile::Server;
    request.subject = DistinguishedName::fromCommonName(QStringLiteral("fuzz"));
    request.dnsNames = lines;
    (void)CertificateIssuer::validate(request);
    request.dnsNames.clear();
    request.ipAddresses = lines;
    (void)CertificateIssuer::validate(request);
    request.ipAddresses.clear();
    request.emails = lines;
    (void)CertificateIssuer::validate(request);

    IssuanceRequest ca;
    ca.profile = Profile::RootCa;
    ca.subject = request.subject;
    ca.permittedDns = lines;
    ca.permittedIps = lines;
    ca.permittedEmails = lines;
    (void)CertificateIssuer::validate(ca);
    if (!lines.isEmpty()) {
        ca.crlDistributionPoint = lines.first();
        ca.caIssuersUrl = lines.first();
        (void)CertificateIssuer::validate(ca);
    }
    if (auto constraints = NameConstraints::forPermits(lines, lines, lines)) {
        (void)constraints->extensionText();
        (void)constraints->checkSubordinate(*constraints, QStringLiteral("fuzz"));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    const QByteArray raw = fuzz::bytes(data, size);
    // The same bytes as a name constraint's iPAddress and as an iPAddress SAN, as certificates carry them.
    if (auto range = IpRange::fromConstraint(raw)) {
        (void)range->toString();
        (void)range->prefixLength();
    }
    (void)IpRange::addressText(raw);

    const QStringList lines = fuzz::text(data, size).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        checkValue(line);
    }
    // Issuing costs a signature; a few lines are enough for the fuzzer to vary.
    for (const QString& line : lines.mid(0, 4)) {
        checkIssued(line);
    }
    checkRequest(lines);
    fuzz::clearErrors();
    return 0;
}
