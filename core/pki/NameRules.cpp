#include "pki/NameRules.h"

#include "pki/IpRange.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "NameRules", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NameRules)
};

constexpr int kMaxDomainLength = 253;

// Lower case ASCII labels, or empty when `domain` is no domain name.
QString asciiDomain(const QString& domain)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (ace.isEmpty() || ace.size() > kMaxDomainLength) {
        return {};
    }
    for (const QString& part : ace.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch()) {
            return {};
        }
    }
    return ace;
}

bool isBidiControl(char16_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isUnsafe(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
           || category == QChar::Separator_Paragraph || isBidiControl(c.unicode());
}

// Which names are refused for reading as a serial: hex with a decimal digit in it (every serial
// Signet makes has one, but for a chance of 1 in 10^13), or with "0x". Words such as "Bad" or
// "CAFE" stay names: resolve() refuses the reference in the rare workspace where one meets a serial.
bool nameReadsAsSerial(const QString& name)
{
    if (!NameRules::looksLikeSerial(name)) {
        return false;
    }
    return name.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
           || std::any_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); });
}

bool isUrlWithScheme(const QString& text, const QStringList& schemes)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && schemes.contains(url.scheme());
}
} // namespace

bool NameRules::looksLikeSerial(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^(0[xX])?[0-9A-Fa-f:]+$"));
    return hex.match(text.trimmed()).hasMatch();
}

bool NameRules::looksLikeId(const QString& text)
{
    return text.trimmed().startsWith(QLatin1String("id:"), Qt::CaseInsensitive);
}

bool NameRules::hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), isUnsafe);
}

bool NameRules::isControlCharacter(QChar c)
{
    return isUnsafe(c);
}

Status NameRules::checkText(const QString& text)
{
    if (hasControlCharacters(text)) {
        return makeError(Tr::tr("'%1' contains control characters (such as a line break or a terminal escape); "
                                "remove them")
                             .arg(certificateNameFrom(text)));
    }
    return {};
}

Status NameRules::checkCertificateName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(Tr::tr("a name is needed"));
    }
    if (Status st = checkText(trimmed); !st) {
        return st;
    }
    if (looksLikeId(trimmed)) {
        return makeError(Tr::tr("names may not start with 'id:', which refers to a certificate by its number"));
    }
    if (nameReadsAsSerial(trimmed)) {
        return makeError(Tr::tr("the name '%1' would read as a serial number; add a word or a letter beyond F")
                             .arg(trimmed));
    }
    return {};
}

QString NameRules::certificateNameFrom(const QString& text)
{
    QString name = printable(text.trimmed());
    if (looksLikeId(name)) {
        name.prepend(QStringLiteral("name ")); // a suffix would leave the "id:" that resolve() reads first
    } else if (!name.isEmpty() && nameReadsAsSerial(name)) {
        name += QStringLiteral(" (name)");
    }
    return name;
}

bool NameRules::isDnsName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\\.)*[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    return name.size() <= kMaxDomainLength && re.match(name).hasMatch();
}

bool NameRules::isEmailAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at + 1 >= address.size() || hasControlCharacters(address)) {
        return false;
    }
    const QString local = address.left(at);
    static const QRegularExpression forbidden(QStringLiteral("[\\s,<>\"@]"));
    return !local.contains(forbidden) && !asciiDomain(address.mid(at + 1)).isEmpty();
}

bool NameRules::isSanUri(const QString& uri)
{
    if (hasControlCharacters(uri) || uri.contains(QLatin1Char(' '))) {
        return false;
    }
    static const QRegularExpression urn(QStringLiteral("^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\\S+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (urn.match(uri).hasMatch()) {
        return true;
    }
    return isUrlWithScheme(uri, {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ldap"),
                                 QStringLiteral("ldaps"), QStringLiteral("spiffe")});
}

Result<QString> NameRules::normalizedDnsName(const QString& text)
{
    QString name = text.trimmed();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1); // the root of the DNS, which certificates leave out
    }
    const bool wildcard = name.startsWith(QLatin1String("*."));
    // toAce() also maps what IDNA maps (full-width letters, upper case) and refuses what no label may hold.
    const QString ace = QString::fromLatin1(QUrl::toAce(wildcard ? name.mid(2) : name)).toLower();
    if (looksLikeIpAddress(name) || (!wildcard && looksLikeIpAddress(ace))) {
        auto ip = normalizedIpAddress(ace.isEmpty() ? name : ace);
        if (!ip) {
            return ip.error();
        }
        return makeError(Tr::tr("'%1' is an IP address, not a DNS name").arg(*ip));
    }
    const QString normalized = (wildcard ? QStringLiteral("*.") : QString()) + ace;
    if (ace.isEmpty() || !isDnsName(normalized)) {
        return makeError(Tr::tr("'%1' is not a valid DNS name: use letters, digits and hyphens in labels separated by "
                                "dots, and a wildcard only as the whole leftmost label (*.example.com)")
                             .arg(printable(text.trimmed())));
    }
    return normalized;
}

Result<QString> NameRules::normalizedIpAddress(const QString& text)
{
    const QString address = IpRange::addressText(IpRange::addressBytes(text.trimmed()));
    if (address.isEmpty()) {
        return makeError(Tr::tr("'%1' is not a valid IP address: write four numbers from 0 to 255 (192.168.1.10) or "
                                "an IPv6 address (fd00::1)")
                             .arg(printable(text.trimmed())));
    }
    return address;
}

Result<QString> NameRules::normalizedEmailAddress(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const QString local = at > 0 ? trimmed.left(at) : QString();
    const QString domain = at > 0 ? asciiDomain(trimmed.mid(at + 1)) : QString();
    const QString address = local + QLatin1Char('@') + domain;
    // An rfc822Name is ASCII; an internationalized local part would need another kind of name.
    const bool asciiLocal = std::all_of(local.begin(), local.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (local.isEmpty() || domain.isEmpty() || !asciiLocal || !isEmailAddress(address)) {
        return makeError(Tr::tr("'%1' is not a valid e-mail address").arg(printable(trimmed)));
    }
    return address;
}

bool NameRules::looksLikeIpAddress(const QString& text)
{
    static const QRegularExpression dotted(QStringLiteral("^[0-9]+(\\.[0-9]*)+$"));
    const QString trimmed = text.trimmed();
    return trimmed.contains(QLatin1Char(':')) || dotted.match(trimmed).hasMatch();
}

Result<QString> NameRules::dnsConstraintDomain(const QString& text)
{
    const QString trimmed = text.trimmed();
    const bool below = trimmed.startsWith(QLatin1Char('.'));
    const QString bare = below ? trimmed.mid(1) : trimmed;
    const auto domain = normalizedDnsName(bare);
    if (!domain || bare.contains(QLatin1Char('*')) || bare.startsWith(QLatin1Char('.'))) {
        return makeError(Tr::tr("'%1' is not a domain for a name constraint: write a domain such as example.com (it "
                                "and every host below it) or .example.com (only the hosts below it)")
                             .arg(printable(trimmed)));
    }
    return (below ? QStringLiteral(".") : QString()) + *domain;
}

QStringList NameRules::splitEntries(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString NameRules::printable(const QString& text)
{
    QString shown = text;
    for (QChar& c : shown) {
        if (isUnsafe(c)) {
            c = QChar::ReplacementCharacter;
        }
    }
    return shown;
}

Result<QString> NameRules::emailConstraintDomain(const QString& text)
{
    const QString trimmed = text.trimmed();
    const bool below = trimmed.startsWith(QLatin1Char('.'));
    const QString domain = asciiDomain(below ? trimmed.mid(1) : trimmed);
    if (domain.isEmpty()) {
        return makeError(Tr::tr("'%1' is not an e-mail domain: write a domain such as example.com (addresses at "
                                "exactly that host) or .example.com (at every host below it)")
                             .arg(text));
    }
    return (below ? QStringLiteral(".") : QString()) + domain;
}

Status NameRules::checkCrlUrl(const QString& url)
{
    if (!isUrlWithScheme(url, {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ldap")})) {
        return makeError(Tr::tr("'%1' is not a CRL address: use an http://, https:// or ldap:// URL").arg(url));
    }
    return {};
}

Status NameRules::checkCaIssuersUrl(const QString& url)
{
    if (!isUrlWithScheme(url, {QStringLiteral("http"), QStringLiteral("https")})) {
        return makeError(
            Tr::tr("'%1' is not an address for the CA certificate (Authority Information Access): use an http:// or "
                   "https:// URL")
                .arg(url));
    }
    return {};
}

} // namespace signet
