#include "pki/SubjectAltNames.h"

#include "pki/NameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "SubjectAltNames", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubjectAltNames)
};

bool hasScheme(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://|urn:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return scheme.match(text).hasMatch();
}

Result<SanEntry> entry(SanEntry::Kind kind, const Result<QString>& value)
{
    if (!value) {
        return value.error();
    }
    return SanEntry{kind, *value};
}

// Normalizes every name of `names` with `rule`, dropping those that come out the same as one before.
Status normalizeList(QStringList& names, Result<QString> (*rule)(const QString&))
{
    QStringList out;
    for (const QString& name : names) {
        auto normalized = rule(name);
        if (!normalized) {
            return normalized.error();
        }
        if (!out.contains(*normalized)) {
            out << *normalized;
        }
    }
    names = out;
    return {};
}
} // namespace

QString SanEntry::toString() const
{
    switch (kind) {
    case Kind::Dns:
        return QStringLiteral("DNS:") + value;
    case Kind::Ip:
        return QStringLiteral("IP:") + value;
    case Kind::Email:
        return QStringLiteral("email:") + value;
    case Kind::Uri:
        return QStringLiteral("URI:") + value;
    }
    return value;
}

QStringList SubjectAltNames::Parsed::values(SanEntry::Kind kind) const
{
    QStringList out;
    for (const SanEntry& e : entries) {
        if (e.kind == kind) {
            out << e.value;
        }
    }
    return out;
}

Result<SanEntry> SubjectAltNames::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (hasScheme(trimmed)) {
        if (!NameRules::isSanUri(trimmed)) {
            return makeError(Tr::tr("'%1' is not a URI for a certificate: use an http, https, ldap, ldaps or spiffe "
                                    "URL with a host, or a urn:")
                                 .arg(NameRules::printable(trimmed)));
        }
        return SanEntry{SanEntry::Kind::Uri, trimmed};
    }
    if (trimmed.contains(QLatin1Char('@'))) {
        return entry(SanEntry::Kind::Email, NameRules::normalizedEmailAddress(trimmed));
    }
    if (NameRules::looksLikeIpAddress(trimmed)) {
        return entry(SanEntry::Kind::Ip, NameRules::normalizedIpAddress(trimmed));
    }
    return entry(SanEntry::Kind::Dns, NameRules::normalizedDnsName(trimmed));
}

SubjectAltNames::Parsed SubjectAltNames::parseList(const QString& text)
{
    Parsed out;
    for (const QString& typed : NameRules::splitEntries(text)) {
        auto parsed = parse(typed);
        if (!parsed) {
            out.problems << parsed.error().message;
        } else if (!out.entries.contains(*parsed)) {
            out.entries << *parsed;
        }
    }
    return out;
}

Status SubjectAltNames::normalize(QStringList& dnsNames, QStringList& ipAddresses, QStringList& emails)
{
    if (Status st = normalizeList(dnsNames, &NameRules::normalizedDnsName); !st) {
        return st;
    }
    if (Status st = normalizeList(ipAddresses, &NameRules::normalizedIpAddress); !st) {
        return st;
    }
    return normalizeList(emails, &NameRules::normalizedEmailAddress);
}

} // namespace signet
