#include "pki/NameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

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

bool isUrlWithScheme(const QString& text, const QStringList& schemes)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && schemes.contains(url.scheme());
}
} // namespace

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
