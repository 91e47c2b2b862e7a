#include "AccessOptions.h"

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AccessOptions", text);
}
} // namespace

void AccessOptions::addAllow(CommandLine& cl)
{
    cl.addOption({QStringLiteral("allow")},
                 tr("Admit only clients whose subject has this attribute value, e.g. O=Acme or OU=Staff|Dev ('|': "
                    "one of; repeatable: all must hold). Attributes: CN, O, OU, C, L, ST."),
                 QStringLiteral("RULE"));
}

void AccessOptions::addForce(CommandLine& cl)
{
    cl.addOption({QStringLiteral("force")},
                 tr("Replace files that exist in the folder, and write them even when the client CA or a CA above "
                    "it is revoked or expired (every client would be refused)."));
}

std::optional<QList<SubjectRule>> AccessOptions::rules(CommandLine& cl)
{
    QList<SubjectRule> rules;
    for (const QString& text : cl.values(QStringLiteral("allow"))) {
        auto rule = SubjectRule::parse(text);
        if (!rule) {
            cl.usage(tr("--allow: %1").arg(rule.error().toString()));
            return std::nullopt;
        }
        rules << *rule;
    }
    return rules;
}

void AccessOptions::printAdmission(const QStringList& sentences)
{
    for (const QString& sentence : sentences) {
        Console::out(QStringLiteral("  ") + sentence);
    }
}

} // namespace signet
