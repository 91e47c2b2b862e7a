#include "TemplateCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "crypto/KeySpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateCommands", text);
}

struct SubjectOption {
    const char* name;
    const char* help;
    QString SubjectDefaults::*member;
};
const SubjectOption kSubjectOptions[] = {
    {"o", QT_TRANSLATE_NOOP("TemplateCommands", "Organization (O)."), &SubjectDefaults::organization},
    {"ou", QT_TRANSLATE_NOOP("TemplateCommands", "Organizational unit (OU)."), &SubjectDefaults::organizationalUnit},
    {"c", QT_TRANSLATE_NOOP("TemplateCommands", "Country (C), two letters."), &SubjectDefaults::country},
    {"st", QT_TRANSLATE_NOOP("TemplateCommands", "State or province (ST)."), &SubjectDefaults::state},
    {"l", QT_TRANSLATE_NOOP("TemplateCommands", "Locality (L)."), &SubjectDefaults::locality},
    {"email-domain", QT_TRANSLATE_NOOP("TemplateCommands", "Domain for e-mail addresses given without one."),
     &SubjectDefaults::emailDomain},
};

void addSubjectOptions(CommandLine& cl)
{
    for (const SubjectOption& option : kSubjectOptions) {
        cl.addOption({QLatin1String(option.name)}, tr(option.help), QStringLiteral("TEXT"));
    }
}

// `base` with each subject option that was given (an empty value clears the field).
SubjectDefaults subjectFrom(const CommandLine& cl, SubjectDefaults base = {})
{
    for (const SubjectOption& option : kSubjectOptions) {
        if (cl.isSet(QLatin1String(option.name))) {
            base.*option.member = cl.value(QLatin1String(option.name));
        }
    }
    return base;
}

QJsonObject subjectJson(const SubjectDefaults& d)
{
    QJsonObject o;
    for (const SubjectOption& option : kSubjectOptions) {
        o.insert(QLatin1String(option.name), d.*option.member);
    }
    return o;
}

QJsonObject templateJson(const IssuanceTemplate& t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("builtIn"), t.builtIn},
            {QStringLiteral("profile"), profileName(t.profile)},
            {QStringLiteral("key"), t.key ? t.key->name() : QString()},
            {QStringLiteral("days"), t.days},
            {QStringLiteral("subject"), subjectJson(t.subject)},
            {QStringLiteral("dnsPatterns"), QJsonArray::fromStringList(t.dnsPatterns)}};
}

void printSubject(const SubjectDefaults& d)
{
    for (const SubjectOption& option : kSubjectOptions) {
        if (!(d.*option.member).isEmpty()) {
            Console::out(QStringLiteral("  %1 %2").arg(QString::fromLatin1(option.name).leftJustified(13),
                                                       Console::escape(d.*option.member)));
        }
    }
}

void addJsonOption(CommandLine& cl)
{
    cl.addOption({QStringLiteral("json")}, tr("Print JSON."));
}
} // namespace

void TemplateCommands::addTemplateOption(CommandLine& cl)
{
    cl.addOption({QStringLiteral("template")},
                 tr("Start from this template ('template list'); the options given here win over it."),
                 QStringLiteral("NAME"));
}

QString TemplateCommands::templateName(const CommandLine& cl)
{
    return cl.value(QStringLiteral("template"));
}

int TemplateCommands::list(const QStringList& args)
{
    CommandLine cl(QStringLiteral("template list"),
                   tr("List the issuance templates: those that come with Signet (marked built-in) and the "
                      "workspace's own."));
    addJsonOption(cl);
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto templates = (*ws)->templates();
    if (!templates) {
        return Console::fail(templates.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const IssuanceTemplate& t : *templates) {
            array.append(templateJson(t));
        }
        JsonOutput::print({{QStringLiteral("templates"), array}});
        return Console::kSuccess;
    }
    for (const IssuanceTemplate& t : *templates) {
        const QString days = t.days > 0 ? tr("%1 days").arg(t.days) : tr("default validity");
        Console::out(QStringLiteral("%1  %2  %3  %4%5")
                         .arg(Console::escape(t.name).leftJustified(20), profileName(t.profile).leftJustified(13),
                              (t.key ? t.key->name() : tr("default key")).leftJustified(9), days,
                              t.builtIn ? tr("  (built-in)") : QString()));
    }
    return Console::kSuccess;
}

int TemplateCommands::show(const QStringList& args)
{
    CommandLine cl(QStringLiteral("template show"), tr("Show one issuance template."));
    cl.addPositional(QStringLiteral("NAME"), tr("The template."));
    addJsonOption(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto t = (*ws)->findTemplate(cl.positional().at(0));
    if (!t) {
        return Console::fail(t.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("template"), templateJson(*t)}});
        return Console::kSuccess;
    }
    Console::out(tr("template %1%2").arg(Console::escape(t->name), t->builtIn ? tr(" (built-in)") : QString()));
    Console::out(tr("  profile       %1").arg(profileName(t->profile)));
    Console::out(tr("  key           %1").arg(t->key ? t->key->name() : tr("(the profile's default)")));
    Console::out(tr("  days          %1")
                     .arg(t->days > 0 ? QString::number(t->days) : tr("(the profile's default, %1)")
                                                                       .arg(defaultValidityDays(t->profile))));
    printSubject(t->subject);
    for (const QString& pattern : t->dnsPatterns) {
        Console::out(tr("  dns-pattern   %1").arg(Console::escape(pattern)));
    }
    return Console::kSuccess;
}

int TemplateCommands::create(const QStringList& args)
{
    CommandLine cl(QStringLiteral("template create"),
                   tr("Create an issuance template: a profile with a key type, validity, subject fields and DNS "
                      "name patterns that 'issue', 'sign' and 'ca create' start from with --template."));
    cl.addPositional(QStringLiteral("NAME"), tr("The template's name."));
    QStringList profiles = leafProfileNames();
    profiles << profileName(Profile::RootCa) << profileName(Profile::IntermediateCa);
    cl.addOption({QStringLiteral("profile")}, tr("What it issues: %1.").arg(profiles.join(QStringLiteral(", "))),
                 QStringLiteral("PROFILE"), profiles);
    cl.addOption({QStringLiteral("key")}, tr("Key type: %1.").arg(KeySpec::supportedNames().join(QLatin1Char('|'))),
                 QStringLiteral("KEY"), KeySpec::supportedNames());
    cl.addOption({QStringLiteral("days")}, tr("Validity in days (default: the profile's)."), QStringLiteral("N"));
    addSubjectOptions(cl);
    cl.addOption({QStringLiteral("dns-pattern")},
                 tr("A DNS name to add, with {cn} for the common name, e.g. '{cn}.internal.example' (repeatable)."),
                 QStringLiteral("PATTERN"));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")}) || !cl.require(QStringLiteral("profile"))) {
        return cl.exitCode();
    }
    const auto profile = profileFromName(cl.value(QStringLiteral("profile")));
    if (!profile || !profiles.contains(cl.value(QStringLiteral("profile")))) {
        return cl.usage(tr("unknown --profile '%1' (use %2)")
                            .arg(Console::escape(cl.value(QStringLiteral("profile"))), profiles.join(QLatin1Char('|'))));
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 36500, 0);
    if (!days) {
        return cl.exitCode();
    }
    IssuanceTemplate t;
    t.name = cl.positional().at(0);
    t.profile = *profile;
    if (cl.isSet(QStringLiteral("key"))) {
        auto key = KeySpec::parse(cl.value(QStringLiteral("key")));
        if (!key) {
            return Console::fail(key.error());
        }
        t.key = *key;
    }
    t.days = *days;
    t.subject = subjectFrom(cl);
    t.dnsPatterns = cl.values(QStringLiteral("dns-pattern"));
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto created = (*ws)->createTemplate(t);
    if (!created) {
        return Console::fail(created.error());
    }
    Console::out(tr("created template '%1' (%2)").arg(Console::escape(created->name), profileName(created->profile)));
    return Console::kSuccess;
}

int TemplateCommands::remove(const QStringList& args)
{
    CommandLine cl(QStringLiteral("template delete"),
                   tr("Delete one of the workspace's templates (those that come with Signet stay). What was "
                      "issued from it is not touched."));
    cl.addPositional(QStringLiteral("NAME"), tr("The template."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    if (Status st = (*ws)->deleteTemplate(cl.positional().at(0)); !st) {
        return Console::fail(st.error());
    }
    Console::out(tr("deleted template '%1'").arg(Console::escape(cl.positional().at(0))));
    return Console::kSuccess;
}

int TemplateCommands::showDefaults(const QStringList& args)
{
    CommandLine cl(QStringLiteral("defaults show"),
                   tr("Show the subject defaults of the workspace, or those a CA adds for what it issues."));
    cl.addOption({QStringLiteral("ca")}, tr("The CA whose own defaults to show."), QStringLiteral("CA"));
    addJsonOption(cl);
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto defaults = (*ws)->defaults(CertificateRef::typed(cl.value(QStringLiteral("ca"))));
    if (!defaults) {
        return Console::fail(defaults.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("defaults"), subjectJson(*defaults)}});
        return Console::kSuccess;
    }
    const QString ca = cl.value(QStringLiteral("ca"));
    Console::out(ca.isEmpty() ? tr("workspace defaults:") : tr("defaults of CA '%1':").arg(Console::escape(ca)));
    if (defaults->isEmpty()) {
        Console::out(tr("  (none)"));
    }
    printSubject(*defaults);
    return Console::kSuccess;
}

int TemplateCommands::setDefaults(const QStringList& args)
{
    CommandLine cl(QStringLiteral("defaults set"),
                   tr("Set subject defaults for new certificates: the workspace's, or with --ca those of what "
                      "that CA issues (they win over the workspace's). Fields not named keep their value; an "
                      "empty value clears one."));
    cl.addOption({QStringLiteral("ca")}, tr("The CA whose defaults to set."), QStringLiteral("CA"));
    addSubjectOptions(cl);
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const CertificateRef ca = CertificateRef::typed(cl.value(QStringLiteral("ca")));
    auto current = (*ws)->defaults(ca);
    if (!current) {
        return Console::fail(current.error());
    }
    auto stored = (*ws)->setDefaults(ca, subjectFrom(cl, *current));
    if (!stored) {
        return Console::fail(stored.error());
    }
    Console::out(ca.isNull() ? tr("workspace defaults:") : tr("defaults of CA '%1':").arg(Console::escape(ca.text())));
    if (stored->isEmpty()) {
        Console::out(tr("  (none)"));
    }
    printSubject(*stored);
    return Console::kSuccess;
}

} // namespace signet
