#include "MemberCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "PasswordSource.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MemberCommands", text);
}
} // namespace

int MemberCommands::add(const QStringList& args)
{
    CommandLine cl(QStringLiteral("member add"),
                   tr("Add a member to the workspace, with a password of their own: from --new-password-file, "
                      "else $SIGNET_NEW_PASSWORD, else asked twice on the terminal. The member sees everything in "
                      "the workspace; CA keys are shared with them one by one ('ca share')."));
    cl.addPositional(QStringLiteral("NAME"), tr("The member's name (1 to 64 characters)."), QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("new-password-file")},
                 tr("The new member's password: the first line of FILE (at most 4096 bytes)."), QStringLiteral("FILE"));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const PasswordSource source(cl.value(QStringLiteral("new-password-file")), QStringLiteral("SIGNET_NEW_PASSWORD"),
                                QStringLiteral("new-password-file"));
    auto password = source.read(tr("the new member's password"), true);
    if (!password) {
        return Console::fail(password.error());
    }
    const QString name = cl.positional().constFirst();
    if (Status st = (*ws)->addMember(name, *password); !st) {
        return Console::fail(st.error());
    }
    Console::out(tr("added member '%1'; no CA key is shared with them yet").arg(name));
    return Console::kSuccess;
}

void MemberCommands::printUnshared(const Unshared& result)
{
    if (!result.resealed.isEmpty()) {
        Console::out(tr("sealed anew: %1").arg(result.resealed.join(QStringLiteral(", "))));
    }
    if (!result.notResealed.isEmpty()) {
        Console::out(tr("not sealed anew, because you do not hold them (a member who does can take the key away "
                        "from them again): %1")
                         .arg(result.notResealed.join(QStringLiteral(", "))));
    }
}

int MemberCommands::remove(const QStringList& args)
{
    CommandLine cl(QStringLiteral("member remove"),
                   tr("Remove a member: their password opens nothing afterwards, and every CA key they held is "
                      "sealed anew under a key they never saw, wrapped for the members who keep it. Refused for "
                      "yourself, and while they are the only one holding a CA's key."));
    cl.addPositional(QStringLiteral("NAME"), tr("The member."), QStringLiteral("NAME"));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto result = (*ws)->removeMember(cl.positional().constFirst());
    if (!result) {
        return Console::fail(result.error());
    }
    Console::out(tr("removed member '%1'").arg(cl.positional().constFirst()));
    printUnshared(*result);
    return Console::kSuccess;
}

int MemberCommands::list(const QStringList& args)
{
    CommandLine cl(QStringLiteral("member list"), tr("List the members and the CAs whose keys are shared with each."));
    JsonOutput::addOption(cl, tr("Print the members as JSON."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto members = (*ws)->members();
    if (!members) {
        return Console::fail(members.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const MemberInfo& m : *members) {
            list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("added"), m.added.toString(Qt::ISODate)},
                                    {QStringLiteral("cas"), QJsonArray::fromStringList(m.cas)},
                                    {QStringLiteral("you"), m.you},
                                    {QStringLiteral("authentic"), m.authentic}});
        }
        JsonOutput::print({{QStringLiteral("members"), list}});
        return Console::kSuccess;
    }
    for (const MemberInfo& m : *members) {
        QString line = m.name + (m.you ? tr(" (you)") : QString()) + QStringLiteral("  ")
                       + (m.cas.isEmpty() ? tr("no CA keys") : m.cas.join(QStringLiteral(", ")));
        if (!m.authentic) {
            line += QStringLiteral("  ") + tr("[changed outside Signet]");
        }
        Console::out(line);
    }
    return Console::kSuccess;
}

int MemberCommands::onCaAndMember(const QString& command, const QString& description, const QStringList& args,
                                  const CaMemberAction& action)
{
    CommandLine cl(command, description);
    cl.addPositional(QStringLiteral("CA"), tr("The CA."), QStringLiteral("CA"));
    cl.addPositional(QStringLiteral("MEMBER"), tr("The member."), QStringLiteral("MEMBER"));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA"), QStringLiteral("MEMBER")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const QStringList pos = cl.positional();
    return action(**ws, CertificateRef::typed(pos.at(0)), pos.at(0), pos.at(1));
}

int MemberCommands::share(const QStringList& args)
{
    return onCaAndMember(QStringLiteral("ca share"),
                         tr("Share a CA's private key with a member, who can then issue, revoke and publish CRLs "
                            "with it. Only a member who holds the key can share it."),
                         args, [](Workspace& ws, const CertificateRef& ca, const QString& caName, const QString& member) {
                             if (Status st = ws.shareCa(ca, member); !st) {
                                 return Console::fail(st.error());
                             }
                             Console::out(tr("shared the key of CA '%1' with '%2'").arg(caName, member));
                             return Console::kSuccess;
                         });
}

int MemberCommands::unshare(const QStringList& args)
{
    return onCaAndMember(QStringLiteral("ca unshare"),
                         tr("Take a CA's private key away from a member: the key is sealed anew under a key they "
                            "never saw, wrapped for the members who keep it. Refused when nobody would be left "
                            "holding it."),
                         args, [](Workspace& ws, const CertificateRef& ca, const QString& caName, const QString& member) {
                             auto result = ws.unshareCa(ca, member);
                             if (!result) {
                                 return Console::fail(result.error());
                             }
                             Console::out(tr("took the key of CA '%1' away from '%2'").arg(caName, member));
                             printUnshared(*result);
                             return Console::kSuccess;
                         });
}

} // namespace signet
