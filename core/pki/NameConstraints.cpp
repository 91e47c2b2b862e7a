#include "pki/NameConstraints.h"

#include "crypto/Certificate.h"
#include "crypto/OsslError.h"
#include "pki/NameRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "NameConstraints", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NameConstraints)
};

// How a CA permits no e-mail address at all. OpenSSL 3.0 matches an rfc822Name constraint only as a
// mailbox, a host or a ".domain" suffix, so no excludedSubtrees entry on its own refuses every
// address: `openssl verify` accepts dave@evil.example under an excluded zero-length rfc822Name
// (which other libraries read as "every address"), under "." and under "@". What refuses every
// address there, and in every verifier that applies permitted subtrees, is permitting e-mail only in
// the reserved domain .invalid (RFC 2606) and excluding it as well, so that nothing is left:
//     permitted;email:.invalid  excluded;email:.invalid
// (tests/core/tst_NameConstraints.cpp checks this with `openssl verify`). IP ranges close with the
// excluded 0.0.0.0/0 and ::/0, which every verifier matches.
const QString kNoEmail = QStringLiteral(".invalid");

enum class Form { Dns, Ip, Email };

QString typed(Form form, const QString& value)
{
    switch (form) {
    case Form::Dns:
        return QStringLiteral("DNS:") + value;
    case Form::Ip:
        return QStringLiteral("IP:") + value;
    case Form::Email:
        return QStringLiteral("email:") + value;
    }
    return value;
}

QString formPlural(Form form)
{
    switch (form) {
    case Form::Dns:
        return Tr::tr("DNS names");
    case Form::Ip:
        return Tr::tr("IP addresses");
    case Form::Email:
        return Tr::tr("e-mail addresses");
    }
    return {};
}

QString ia5Text(const ASN1_STRING* s)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

QByteArray octets(const ASN1_STRING* s)
{
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

// OpenSSL's nc_dns: "example.com" matches itself and every name below it, ".example.com" only the
// names below it; an empty base matches everything.
bool dnsMatches(const QString& name, const QString& base)
{
    if (base.isEmpty()) {
        return true;
    }
    if (name.size() < base.size() || !name.endsWith(base, Qt::CaseInsensitive)) {
        return false;
    }
    return name.size() == base.size() || base.startsWith(QLatin1Char('.'))
           || name.at(name.size() - base.size() - 1) == QLatin1Char('.');
}

// OpenSSL's nc_email: "a@host" is that mailbox, "host" every mailbox at exactly that host,
// ".domain" every mailbox at a host below it.
bool emailMatches(const QString& email, const QString& base)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return false;
    }
    const qsizetype baseAt = base.lastIndexOf(QLatin1Char('@'));
    if (baseAt < 0 && base.startsWith(QLatin1Char('.'))) {
        return email.size() > base.size() && email.endsWith(base, Qt::CaseInsensitive);
    }
    if (baseAt > 0 && base.left(baseAt) != email.left(at)) {
        return false; // local parts compare case-sensitively
    }
    return email.mid(at + 1).compare(base.mid(baseAt + 1), Qt::CaseInsensitive) == 0;
}

// Subtree `inner` (a base as in dnsMatches) lies wholly within subtree `outer`.
bool dnsWithin(const QString& inner, const QString& outer)
{
    if (inner.startsWith(QLatin1Char('.')) && !outer.isEmpty()) {
        return inner.endsWith(outer.startsWith(QLatin1Char('.')) ? outer : QLatin1Char('.') + outer,
                              Qt::CaseInsensitive);
    }
    return dnsMatches(inner, outer);
}

bool emailWithin(const QString& inner, const QString& outer)
{
    if (inner.contains(QLatin1Char('@'))) {
        return emailMatches(inner, outer);
    }
    if (inner.startsWith(QLatin1Char('.'))) {
        return outer.startsWith(QLatin1Char('.')) && inner.endsWith(outer, Qt::CaseInsensitive);
    }
    return emailMatches(QStringLiteral("x@") + inner, outer); // a host: any one of its mailboxes
}

// OpenSSL's cn2dnsid: a common name counts as a DNS name when it has a dot and consists of letters,
// digits, '_', '-' and '.' with neither '.' nor '-' first or last, and no "..", ".-" or "-.".
bool looksLikeDnsName(const QString& cn)
{
    bool dot = false;
    for (qsizetype i = 0; i < cn.size(); ++i) {
        const QChar c = cn.at(i);
        if ((c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('_')) {
            continue;
        }
        const bool inner = i > 0 && i < cn.size() - 1;
        if (inner && c == QLatin1Char('-')) {
            continue;
        }
        if (inner && c == QLatin1Char('.') && cn.at(i + 1) != QLatin1Char('.') && cn.at(i - 1) != QLatin1Char('-')
            && cn.at(i + 1) != QLatin1Char('-')) {
            dot = true;
            continue;
        }
        return false;
    }
    return dot;
}

// The names of one form in a certificate, as the message shows each of them.
struct Name {
    Form form;
    QString value;         // DNS name, e-mail address, or the IP address as text
    QByteArray ipAddress;  // IP only
    bool fromCommonName = false;
};

QList<Name> namesIn(const Certificate& cert)
{
    QList<Name> out;
    bool hasDnsSan = false;
    GeneralNamesPtr sans(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans.get()); ++i) {
        const GENERAL_NAME* gn = sk_GENERAL_NAME_value(sans.get(), i);
        if (gn->type == GEN_DNS) {
            hasDnsSan = true;
            out.append({Form::Dns, ia5Text(gn->d.dNSName), {}, false});
        } else if (gn->type == GEN_EMAIL) {
            out.append({Form::Email, ia5Text(gn->d.rfc822Name), {}, false});
        } else if (gn->type == GEN_IPADD) {
            const QByteArray address = octets(gn->d.iPAddress);
            out.append({Form::Ip, IpRange::addressText(address), address, false});
        }
    }
    const X509_NAME* subject = X509_get_subject_name(cert.get());
    for (int i = -1; (i = X509_NAME_get_index_by_NID(subject, NID_pkcs9_emailAddress, i)) >= 0;) {
        out.append({Form::Email, ia5Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i))), {}, false});
    }
    for (int i = -1; !hasDnsSan && (i = X509_NAME_get_index_by_NID(subject, NID_commonName, i)) >= 0;) {
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i)));
        OpenSslBytesPtr owned(utf8);
        const QString cn = length >= 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), length) : QString();
        if (looksLikeDnsName(cn)) {
            out.append({Form::Dns, cn, {}, true});
        }
    }
    takeOpenSslErrors();
    return out;
}
} // namespace

namespace {
// What the subtrees of one form say about one name (or, for a CA below, one of its subtrees).
struct Judgement {
    bool permittedExist = false; // permitted subtrees of this form exist ...
    bool permitted = false;      // ... and one of them matches
    QStringList permittedShown;  // those subtrees, as messages show them
    QString excludedBy;          // the excluded subtree that matches
    bool closed = false;         // it excludes every name of the form
};

template <typename Base, typename Matches, typename Show, typename Hidden, typename Closes>
Judgement judge(const QList<Base>& permitted, const QList<Base>& excluded, Matches matches, Show show, Hidden hidden,
                Closes closes)
{
    Judgement j;
    for (const Base& base : permitted) {
        j.permittedExist = true;
        j.permitted = j.permitted || matches(base);
        if (!hidden(base)) {
            j.permittedShown << show(base);
        }
    }
    for (const Base& base : excluded) {
        if (matches(base)) {
            j.excludedBy = show(base);
            j.closed = closes(base);
            break;
        }
    }
    return j;
}

template <typename Matches>
Judgement judgeText(Form form, const QStringList& permitted, const QStringList& excluded, Matches matches)
{
    const auto noEmail = [form](const QString& base) { return form == Form::Email && base == kNoEmail; };
    return judge(
        permitted, excluded, matches, [form](const QString& base) { return typed(form, base); }, noEmail,
        [noEmail](const QString& base) { return base.isEmpty() || noEmail(base); });
}

template <typename Matches>
Judgement judgeIp(const QList<IpRange>& permitted, const QList<IpRange>& excluded, Matches matches)
{
    return judge(
        permitted, excluded, matches, [](const IpRange& range) { return typed(Form::Ip, range.toString()); },
        [](const IpRange&) { return false; }, [](const IpRange& range) { return range.coversEverything(); });
}

// Why `shown` (a name, or for `subordinate` a subtree of a CA below) is refused; empty when it is not.
QString refusal(const Judgement& j, Form form, const QString& shown, const QString& caName, bool subordinate)
{
    const bool outside = j.permittedExist && !j.permitted;
    if ((outside && j.permittedShown.isEmpty()) || (!outside && j.closed)) {
        return subordinate ? Tr::tr("the name constraints of CA '%1' permit no %2, so a CA below it cannot permit %3")
                                 .arg(caName, formPlural(form), shown)
                           : Tr::tr("the name constraints of CA '%1' permit no %2, so %3 cannot be certified")
                                 .arg(caName, formPlural(form), shown);
    }
    if (outside) {
        const QString list = j.permittedShown.join(QStringLiteral(", "));
        return subordinate ? Tr::tr("the name constraints of CA '%1' permit only %2, so a CA below it cannot permit %3")
                                 .arg(caName, list, shown)
                           : Tr::tr("%1 lies outside the name constraints of CA '%2', which permit only %3")
                                 .arg(shown, caName, list);
    }
    if (!j.excludedBy.isEmpty()) {
        return subordinate ? Tr::tr("the name constraints of CA '%1' exclude %2, so a CA below it cannot permit %3")
                                 .arg(caName, j.excludedBy, shown)
                           : Tr::tr("the name constraints of CA '%1' exclude %2, so %3 cannot be certified")
                                 .arg(caName, j.excludedBy, shown);
    }
    return {};
}
} // namespace

Result<NameConstraints> NameConstraints::forPermits(const QStringList& dns, const QStringList& ipRanges,
                                                    const QStringList& emailDomains)
{
    NameConstraints nc;
    if (dns.isEmpty() && ipRanges.isEmpty() && emailDomains.isEmpty()) {
        return nc;
    }
    for (const QString& text : dns) {
        auto domain = NameRules::dnsConstraintDomain(text);
        if (!domain) {
            return domain.error();
        }
        nc.m_permitted.dns << *domain;
    }
    bool v4 = false;
    bool v6 = false;
    for (const QString& text : ipRanges) {
        auto range = IpRange::parse(text);
        if (!range) {
            return range.error();
        }
        (range->isV6() ? v6 : v4) = true;
        nc.m_permitted.ips << *range;
    }
    // Per family: a verifier that reads IPv4 and IPv6 ranges as separate forms must not take an
    // IPv4-only list as leaving IPv6 open.
    if (!v4) {
        nc.m_excluded.ips << IpRange::everything(false);
    }
    if (!v6) {
        nc.m_excluded.ips << IpRange::everything(true);
    }
    for (const QString& text : emailDomains) {
        auto domain = NameRules::emailConstraintDomain(text);
        if (!domain) {
            return domain.error();
        }
        nc.m_permitted.emails << *domain;
    }
    if (emailDomains.isEmpty()) {
        nc.m_permitted.emails << kNoEmail;
        nc.m_excluded.emails << kNoEmail;
    }
    return nc;
}

NameConstraints NameConstraints::of(const Certificate& ca)
{
    NameConstraints nc;
    NameConstraintsPtr ext(
        static_cast<NAME_CONSTRAINTS*>(X509_get_ext_d2i(ca.get(), NID_name_constraints, nullptr, nullptr)));
    takeOpenSslErrors();
    if (!ext) {
        return nc;
    }
    const auto read = [](const STACK_OF(GENERAL_SUBTREE) * trees, Subtrees& into) {
        for (int i = 0; i < sk_GENERAL_SUBTREE_num(trees); ++i) {
            const GENERAL_NAME* base = sk_GENERAL_SUBTREE_value(trees, i)->base;
            if (base->type == GEN_DNS) {
                into.dns << ia5Text(base->d.dNSName);
            } else if (base->type == GEN_EMAIL) {
                into.emails << ia5Text(base->d.rfc822Name);
            } else if (base->type == GEN_IPADD) {
                if (const auto range = IpRange::fromConstraint(octets(base->d.iPAddress))) {
                    into.ips << *range;
                }
            }
        }
    };
    read(ext->permittedSubtrees, nc.m_permitted);
    read(ext->excludedSubtrees, nc.m_excluded);
    return nc;
}

QStringList NameConstraints::permittedEmails() const
{
    QStringList out = m_permitted.emails;
    out.removeAll(kNoEmail); // what forPermits adds when no e-mail domain is permitted
    return out;
}

QStringList NameConstraints::permittedIps() const
{
    QStringList out;
    for (const IpRange& range : m_permitted.ips) {
        out << range.toString();
    }
    return out;
}

bool NameConstraints::isEmpty() const
{
    return m_permitted.dns.isEmpty() && m_permitted.ips.isEmpty() && m_permitted.emails.isEmpty()
           && m_excluded.dns.isEmpty() && m_excluded.ips.isEmpty() && m_excluded.emails.isEmpty();
}

QString NameConstraints::extensionText() const
{
    QStringList parts;
    for (const auto& [kind, trees] : {std::pair{QStringLiteral("permitted;"), &m_permitted},
                                      std::pair{QStringLiteral("excluded;"), &m_excluded}}) {
        for (const QString& dns : trees->dns) {
            parts << kind + QStringLiteral("DNS:") + dns;
        }
        for (const IpRange& range : trees->ips) {
            parts << kind + QStringLiteral("IP:") + range.toOpenSslConfig();
        }
        for (const QString& email : trees->emails) {
            parts << kind + QStringLiteral("email:") + email;
        }
    }
    return QStringLiteral("critical,") + parts.join(QLatin1Char(','));
}

Status NameConstraints::check(const Certificate& cert, const QString& caName) const
{
    for (const Name& name : namesIn(cert)) {
        Judgement j;
        if (name.form == Form::Ip) {
            j = judgeIp(m_permitted.ips, m_excluded.ips,
                        [&name](const IpRange& range) { return range.contains(name.ipAddress); });
        } else if (name.form == Form::Dns) {
            j = judgeText(Form::Dns, m_permitted.dns, m_excluded.dns,
                          [&name](const QString& base) { return dnsMatches(name.value, base); });
        } else {
            j = judgeText(Form::Email, m_permitted.emails, m_excluded.emails,
                          [&name](const QString& base) { return emailMatches(name.value, base); });
        }
        const QString shown =
            name.fromCommonName
                ? Tr::tr("the common name %1 (a DNS name to OpenSSL when there is no DNS subjectAltName)").arg(name.value)
                : typed(name.form, name.value);
        if (const QString why = refusal(j, name.form, shown, caName, false); !why.isEmpty()) {
            return makeError(why);
        }
    }
    return {};
}

Status NameConstraints::checkSubordinate(const NameConstraints& below, const QString& caName) const
{
    QStringList refusals;
    for (const QString& dns : below.m_permitted.dns) {
        const Judgement j = judgeText(Form::Dns, m_permitted.dns, m_excluded.dns,
                                      [&dns](const QString& base) { return dnsWithin(dns, base); });
        refusals << refusal(j, Form::Dns, typed(Form::Dns, dns), caName, true);
    }
    for (const IpRange& inner : below.m_permitted.ips) {
        const Judgement j = judgeIp(m_permitted.ips, m_excluded.ips,
                                    [&inner](const IpRange& range) { return range.contains(inner); });
        refusals << refusal(j, Form::Ip, typed(Form::Ip, inner.toString()), caName, true);
    }
    for (const QString& email : below.m_permitted.emails) {
        if (email == kNoEmail) {
            continue; // permits nothing
        }
        const Judgement j = judgeText(Form::Email, m_permitted.emails, m_excluded.emails,
                                      [&email](const QString& base) { return emailWithin(email, base); });
        refusals << refusal(j, Form::Email, typed(Form::Email, email), caName, true);
    }
    refusals.removeAll(QString());
    if (!refusals.isEmpty()) {
        return makeError(refusals.front());
    }
    return {};
}

} // namespace signet
