#include "IssuancePreset.h"

#include "crypto/DistinguishedName.h"
#include "pki/NameRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IssuancePreset", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IssuancePreset)
};

bool fitsLeaf(Profile wanted, Profile templateProfile)
{
    return templateProfile == wanted || templateProfile == Profile::ServerClient;
}

Error mismatch(const IssuanceTemplate& t, Profile wanted)
{
    return makeError(Tr::tr("template '%1' makes %2 certificates, not %3 certificates")
                         .arg(NameRules::printable(t.name), profileLabel(t.profile), profileLabel(wanted)));
}

// The common name a leaf will get, as IssuanceService::issue picks it.
QString leafCommonName(const LeafOptions& options)
{
    if (const QString cn = options.subject.commonName(); !cn.isEmpty()) {
        return cn;
    }
    return !options.dnsNames.isEmpty() ? options.dnsNames.front() : options.ipAddresses.value(0);
}

Status addPatterns(LeafOptions& options, const IssuanceTemplate& t)
{
    const QString cn = leafCommonName(options);
    for (const QString& pattern : t.dnsPatterns) {
        auto dns = IssuanceTemplate::expandPattern(pattern, cn);
        if (!dns) {
            return makeError(Tr::tr("template '%1': %2").arg(NameRules::printable(t.name), dns.error().message));
        }
        if (!options.dnsNames.contains(*dns, Qt::CaseInsensitive)) {
            options.dnsNames << *dns;
        }
    }
    return {};
}
} // namespace

Result<DistinguishedName> mergeSubject(const DistinguishedName& subject, const SubjectDefaults& defaults)
{
    const QList<QPair<QString, QString>>& given = subject.entries();
    QList<QPair<QString, QString>> generalFirst;
    for (const auto& attribute : defaults.attributes()) {
        const bool present = std::any_of(given.cbegin(), given.cend(), [&attribute](const auto& entry) {
            return entry.first.compare(attribute.first, Qt::CaseInsensitive) == 0;
        });
        if (!present) {
            generalFirst.append(attribute);
        }
    }
    if (generalFirst.isEmpty()) {
        return subject;
    }
    generalFirst.append(given);
    return DistinguishedName::fromAttributes(generalFirst);
}

Result<LeafOptions> applyPreset(const LeafOptions& options, const IssuancePreset& preset)
{
    LeafOptions out = options;
    SubjectDefaults subject = preset.subject;
    if (const auto& t = preset.tmpl) {
        if (isCaProfile(t->profile) || !fitsLeaf(options.profile, t->profile)) {
            return mismatch(*t, options.profile);
        }
        out.profile = t->profile;
        if (!out.key && t->key) {
            out.key = t->key;
        }
        if (out.days == 0) {
            out.days = t->days;
        }
        subject = subject.overriddenBy(t->subject);
    }
    auto merged = mergeSubject(options.subject, subject);
    if (!merged) {
        return merged.error();
    }
    out.subject = std::move(merged).value();
    if (!subject.emailDomain.isEmpty()) {
        for (QString& email : out.emails) {
            if (!email.trimmed().isEmpty() && !email.contains(QLatin1Char('@'))) {
                email = email.trimmed() + QLatin1Char('@') + subject.emailDomain;
            }
        }
    }
    if (preset.tmpl) {
        if (Status st = addPatterns(out, *preset.tmpl); !st) {
            return st.error();
        }
    }
    return out;
}

Result<CaOptions> applyPreset(const CaOptions& options, const IssuancePreset& preset)
{
    CaOptions out = options;
    SubjectDefaults subject = preset.subject;
    if (const auto& t = preset.tmpl) {
        const Profile wanted = options.issuer.isNull() ? Profile::RootCa : Profile::IntermediateCa;
        if (t->profile != wanted) {
            return mismatch(*t, wanted);
        }
        if (!out.key && t->key) {
            out.key = t->key;
        }
        if (out.days == 0) {
            out.days = t->days;
        }
        subject = subject.overriddenBy(t->subject);
    }
    auto merged = mergeSubject(options.subject, subject);
    if (!merged) {
        return merged.error();
    }
    out.subject = std::move(merged).value();
    return out;
}

Result<CsrOptions> applyPreset(const CsrOptions& options, const IssuancePreset& preset, ChosenOptions chosen)
{
    CsrOptions out = options;
    if (const auto& t = preset.tmpl) {
        if (isCaProfile(t->profile)) {
            return mismatch(*t, options.profile);
        }
        if (!chosen.profile) {
            out.profile = t->profile;
        }
        if (out.days == 0) {
            out.days = t->days;
        }
    }
    return out;
}

} // namespace signet
