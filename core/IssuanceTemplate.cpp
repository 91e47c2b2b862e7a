#include "IssuanceTemplate.h"

#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"
#include "pki/NameRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IssuanceTemplate", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IssuanceTemplate)
};

const QString kPlaceholder = QStringLiteral("{cn}");
constexpr int kMaxFieldLength = 128; // X.520 upper bound for O, OU, L and ST

struct Field {
    const char* key;   // JSON key and DN attribute
    QString SubjectDefaults::*member;
};
const Field kFields[] = {
    {"C", &SubjectDefaults::country},   {"ST", &SubjectDefaults::state},
    {"L", &SubjectDefaults::locality},  {"O", &SubjectDefaults::organization},
    {"OU", &SubjectDefaults::organizationalUnit},
};

Result<QJsonObject> parseObject(const QByteArray& body, const QString& what)
{
    if (body.size() > IssuanceTemplate::kMaxBodyBytes) {
        return makeError(Tr::tr("%1 is larger than %2 bytes").arg(what).arg(IssuanceTemplate::kMaxBodyBytes));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Tr::tr("%1 is not a JSON object").arg(what), error.errorString());
    }
    return doc.object();
}

QJsonObject subjectObject(const SubjectDefaults& d)
{
    QJsonObject o;
    for (const Field& f : kFields) {
        if (!(d.*f.member).isEmpty()) {
            o.insert(QLatin1String(f.key), d.*f.member);
        }
    }
    if (!d.emailDomain.isEmpty()) {
        o.insert(QStringLiteral("emailDomain"), d.emailDomain);
    }
    return o;
}

Result<SubjectDefaults> subjectFrom(const QJsonObject& o)
{
    SubjectDefaults d;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            return makeError(Tr::tr("'%1' is not text").arg(NameRules::printable(it.key())));
        }
        const Field* field = nullptr;
        for (const Field& f : kFields) {
            if (it.key() == QLatin1String(f.key)) {
                field = &f;
            }
        }
        if (field != nullptr) {
            d.*field->member = it.value().toString();
        } else if (it.key() == QLatin1String("emailDomain")) {
            d.emailDomain = it.value().toString();
        } else {
            return makeError(Tr::tr("unknown subject field '%1'").arg(NameRules::printable(it.key())));
        }
    }
    return d.validated();
}
} // namespace

bool SubjectDefaults::isEmpty() const
{
    return *this == SubjectDefaults();
}

SubjectDefaults SubjectDefaults::overriddenBy(const SubjectDefaults& over) const
{
    SubjectDefaults out = *this;
    for (const Field& f : kFields) {
        if (!(over.*f.member).isEmpty()) {
            out.*f.member = over.*f.member;
        }
    }
    if (!over.emailDomain.isEmpty()) {
        out.emailDomain = over.emailDomain;
    }
    return out;
}

QList<QPair<QString, QString>> SubjectDefaults::attributes() const
{
    QList<QPair<QString, QString>> out;
    for (const Field& f : kFields) {
        if (!(this->*f.member).isEmpty()) {
            out.append({QLatin1String(f.key), this->*f.member});
        }
    }
    return out;
}

Result<SubjectDefaults> SubjectDefaults::validated() const
{
    SubjectDefaults out;
    for (const Field& f : kFields) {
        const QString value = (this->*f.member).trimmed();
        if (Status st = NameRules::checkText(value); !st) {
            return makeError(Tr::tr("%1: %2").arg(QLatin1String(f.key), st.error().message));
        }
        if (value.size() > kMaxFieldLength) {
            return makeError(Tr::tr("%1 has more than %2 characters").arg(QLatin1String(f.key)).arg(kMaxFieldLength));
        }
        out.*f.member = value;
    }
    if (!out.country.isEmpty()) {
        const QString c = out.country.toUpper();
        if (c.size() != 2 || !c.at(0).isLetter() || !c.at(1).isLetter() || c.at(0).unicode() > 127
            || c.at(1).unicode() > 127) {
            return makeError(Tr::tr("the country '%1' is not a two-letter code such as DE or ES")
                                 .arg(NameRules::printable(out.country)));
        }
        out.country = c;
    }
    // The attributes together must make a subject that OpenSSL can encode.
    if (const auto attrs = out.attributes(); !attrs.isEmpty()) {
        QList<QPair<QString, QString>> specificFirst(attrs.rbegin(), attrs.rend());
        if (auto dn = DistinguishedName::parse(DistinguishedName::textFrom(specificFirst)); !dn) {
            return dn.error();
        }
    }
    const QString domain = emailDomain.trimmed();
    if (!domain.isEmpty()) {
        auto normalized = NameRules::normalizedDnsName(domain);
        if (!normalized || normalized->startsWith(QLatin1Char('*'))) {
            return makeError(Tr::tr("the e-mail domain '%1' is not a domain name").arg(NameRules::printable(domain)));
        }
        out.emailDomain = *normalized;
    }
    return out;
}

QByteArray SubjectDefaults::toJson() const
{
    return QJsonDocument(subjectObject(*this)).toJson(QJsonDocument::Compact);
}

Result<SubjectDefaults> SubjectDefaults::fromJson(const QByteArray& body)
{
    auto object = parseObject(body, Tr::tr("the defaults"));
    if (!object) {
        return object.error();
    }
    return subjectFrom(*object);
}

Status IssuanceTemplate::checkName(const QString& name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed()) {
        return makeError(Tr::tr("a template name must not be empty or start or end with blanks"));
    }
    if (name.size() > kMaxNameLength) {
        return makeError(Tr::tr("a template name has at most %1 characters").arg(kMaxNameLength));
    }
    return NameRules::checkText(name);
}

Result<QString> IssuanceTemplate::expandPattern(const QString& pattern, const QString& commonName)
{
    QString text = pattern;
    if (pattern.contains(kPlaceholder)) {
        if (commonName.trimmed().isEmpty()) {
            return makeError(Tr::tr("the pattern '%1' needs a common name").arg(NameRules::printable(pattern)));
        }
        // "10.0.0.1.internal" would be a name, but not one anybody means.
        if (NameRules::looksLikeIpAddress(commonName.trimmed())) {
            return makeError(Tr::tr("the pattern '%1' needs a host name as the common name, not the IP address %2")
                                 .arg(NameRules::printable(pattern), NameRules::printable(commonName.trimmed())));
        }
        text.replace(kPlaceholder, commonName.trimmed());
    }
    if (text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('}'))) {
        return makeError(Tr::tr("the pattern '%1' has a placeholder other than {cn}").arg(NameRules::printable(pattern)));
    }
    auto dns = NameRules::normalizedDnsName(text);
    if (!dns) {
        return makeError(Tr::tr("the pattern '%1' gives '%2', which is not a DNS name: %3")
                             .arg(NameRules::printable(pattern), NameRules::printable(text), dns.error().message));
    }
    return dns;
}

Result<IssuanceTemplate> IssuanceTemplate::validated() const
{
    IssuanceTemplate out = *this;
    if (Status st = checkName(name); !st) {
        return st.error();
    }
    if (profile == Profile::Imported) {
        return makeError(Tr::tr("a template needs a profile Signet issues (%1)")
                             .arg(QStringList{profileName(Profile::RootCa), profileName(Profile::IntermediateCa),
                                              leafProfileNames().join(QStringLiteral(", "))}
                                      .join(QStringLiteral(", "))));
    }
    if (key && !keySpecNamesFor(profile).contains(key->name())) {
        return makeError(Tr::tr("%1 keys are not offered for %2 certificates")
                             .arg(key->description(), profileLabel(profile)));
    }
    if (days < 0 || days > 36500) {
        return makeError(Tr::tr("a template's validity is between 1 and 36500 days"));
    }
    auto subjectOk = subject.validated();
    if (!subjectOk) {
        return subjectOk.error();
    }
    out.subject = *subjectOk;
    if (isCaProfile(profile) && !dnsPatterns.isEmpty()) {
        return makeError(Tr::tr("DNS name patterns are for server and client certificates, not for CAs"));
    }
    if (dnsPatterns.size() > kMaxPatterns) {
        return makeError(Tr::tr("a template has at most %1 DNS name patterns").arg(kMaxPatterns));
    }
    out.dnsPatterns.clear();
    for (const QString& pattern : dnsPatterns) {
        // Checked with a common name that is a valid label, so that only the pattern can fail.
        if (auto dns = expandPattern(pattern.trimmed(), QStringLiteral("host")); !dns) {
            return dns.error();
        }
        out.dnsPatterns << pattern.trimmed().toLower();
    }
    return out;
}

QByteArray IssuanceTemplate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("profile"), profileName(profile));
    if (key) {
        o.insert(QStringLiteral("key"), key->name());
    }
    if (days > 0) {
        o.insert(QStringLiteral("days"), days);
    }
    if (!subject.isEmpty()) {
        o.insert(QStringLiteral("subject"), subjectObject(subject));
    }
    if (!dnsPatterns.isEmpty()) {
        o.insert(QStringLiteral("dns"), QJsonArray::fromStringList(dnsPatterns));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<IssuanceTemplate> IssuanceTemplate::fromJson(const QString& name, const QByteArray& body)
{
    auto object = parseObject(body, Tr::tr("template '%1'").arg(NameRules::printable(name)));
    if (!object) {
        return object.error();
    }
    IssuanceTemplate t;
    t.name = name;
    const auto profile = profileFromName(object->value(QStringLiteral("profile")).toString());
    if (!profile) {
        return makeError(Tr::tr("template '%1' names no profile Signet knows").arg(NameRules::printable(name)));
    }
    t.profile = *profile;
    if (const QString key = object->value(QStringLiteral("key")).toString(); !key.isEmpty()) {
        auto spec = KeySpec::parse(key);
        if (!spec) {
            return makeError(Tr::tr("template '%1': %2").arg(NameRules::printable(name), spec.error().message));
        }
        t.key = *spec;
    }
    const QJsonValue days = object->value(QStringLiteral("days"));
    if (!days.isUndefined() && !days.isDouble()) {
        return makeError(Tr::tr("template '%1': the validity is not a number").arg(NameRules::printable(name)));
    }
    t.days = days.toInt(0);
    if (const QJsonValue s = object->value(QStringLiteral("subject")); !s.isUndefined()) {
        auto subject = subjectFrom(s.toObject());
        if (!subject) {
            return subject.error();
        }
        t.subject = *subject;
    }
    const QJsonArray dns = object->value(QStringLiteral("dns")).toArray();
    if (dns.size() > kMaxPatterns) {
        return makeError(Tr::tr("a template has at most %1 DNS name patterns").arg(kMaxPatterns));
    }
    for (const QJsonValue& pattern : dns) {
        t.dnsPatterns << pattern.toString();
    }
    return t.validated();
}

QList<IssuanceTemplate> IssuanceTemplate::builtIns()
{
    // The everyday cases: a public-facing web server (397 days: what Apple and Chrome accept), a
    // person's or device's VPN / mutual-TLS client, and a service that is both a TLS server and a
    // client of other services, with its name under .internal.
    IssuanceTemplate web{QStringLiteral("web-server"), Profile::Server, defaultKeySpec(Profile::Server), 397};
    IssuanceTemplate client{QStringLiteral("vpn-client"), Profile::Client, defaultKeySpec(Profile::Client), 365};
    IssuanceTemplate internal{QStringLiteral("internal-service"), Profile::ServerClient, defaultKeySpec(Profile::ServerClient),
                              397};
    internal.dnsPatterns = {QStringLiteral("{cn}.internal")};
    QList<IssuanceTemplate> out{web, client, internal};
    for (IssuanceTemplate& t : out) {
        t.builtIn = true;
    }
    return out;
}

std::optional<IssuanceTemplate> IssuanceTemplate::findBuiltIn(const QString& name)
{
    for (const IssuanceTemplate& t : builtIns()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace signet
