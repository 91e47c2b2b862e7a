#include "LifecycleCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <cstdio>

namespace signet {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("LifecycleCommands", text, nullptr, n);
}

const QString kCertHelp = QStringLiteral("CERT");
} // namespace

QString LifecycleCommands::describe(const RemovalScope& scope, bool destroyKey)
{
    const QString name = Console::escape(scope.target.name);
    QString text = scope.target.isCa ? tr("CA '%1' and everything below it (%n certificate(s)", scope.certificates)
                                               .arg(name)
                                           + tr(", %n of them CA(s))", scope.cas)
                                     : QStringLiteral("'%1'").arg(name);
    if (destroyKey) {
        text += tr(" with %n private key(s) destroyed for good", scope.keys);
    }
    return text;
}

bool LifecycleCommands::confirm(const QString& question)
{
    Console::errRaw((question + QStringLiteral(" [y/N] ")).toUtf8());
    char line[64] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int LifecycleCommands::remove(const QStringList& args)
{
    CommandLine cl(QStringLiteral("remove"),
                   tr("Remove a certificate from the tree and the lists. It stays in the workspace: a revoked one "
                      "stays on its CA's CRL, the audit log keeps naming it, and 'restore' brings it back "
                      "('list --removed' shows what was removed). A CA goes with everything below it, after a "
                      "confirmation that counts what goes."));
    cl.addPositional(kCertHelp, tr("Name, serial (hex) or id:N of the certificate."));
    cl.addOption({QStringLiteral("destroy-key")},
                 tr("Also delete the private key(s) of what is removed, for good (asks for a confirmation)."));
    cl.addOption({QStringLiteral("yes")}, tr("Do not ask for a confirmation (needed without a terminal)."));
    if (!cl.parse(args) || !cl.expectPositional({kCertHelp})) {
        return cl.exitCode();
    }
    const bool destroyKey = cl.isSet(QStringLiteral("destroy-key"));
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    const CertificateRef ref = CertificateRef::typed(cl.positional().at(0));
    auto planned = w.countForRemoval(ref);
    if (!planned) {
        return Console::fail(planned.error());
    }
    if ((planned->target.isCa || destroyKey) && !cl.isSet(QStringLiteral("yes"))) {
        const QString what = describe(*planned, destroyKey);
        if (!Console::stdinIsTerminal()) {
            return Console::fail(tr("removing %1 needs a confirmation: add --yes (no terminal to ask on); nothing was removed")
                                     .arg(what));
        }
        if (!confirm(tr("Remove %1?").arg(what))) {
            return Console::fail(tr("nothing was removed"));
        }
    }
    // Counted afresh inside the transaction: if another process changed what goes, nothing goes.
    auto removed = w.remove(ref, RemoveOptions{destroyKey, planned->certificates});
    if (!removed) {
        return Console::fail(removed.error());
    }
    const QString name = Console::escape(removed->target.name);
    if (removed->certificates > 1) {
        Console::out(tr("removed '%1' and %n certificate(s) below it", removed->certificates - 1).arg(name));
    } else {
        Console::out(tr("removed '%1' (serial %2)").arg(name, removed->target.serial));
    }
    if (removed->keysDestroyed) {
        Console::out(tr("destroyed %n private key(s)", removed->keys));
    }
    if (removed->target.revoked) {
        Console::out(tr("it stays on its CA's CRL"));
    }
    Console::out(tr("bring it back with 'signet-cli restore id:%1'").arg(removed->target.id));
    return Console::kSuccess;
}

int LifecycleCommands::restore(const QStringList& args)
{
    CommandLine cl(QStringLiteral("restore"),
                   tr("Bring a removed certificate back into the tree and the lists, with what was removed together "
                      "with it (for a CA, the certificates below it). Destroyed keys stay destroyed."));
    cl.addPositional(kCertHelp, tr("Name, serial (hex) or id:N of the removed certificate (see 'list --removed')."));
    if (!cl.parse(args) || !cl.expectPositional({kCertHelp})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto restored = (*ws)->restore(CertificateRef::typed(cl.positional().at(0)));
    if (!restored) {
        return Console::fail(restored.error());
    }
    const QString name = Console::escape(restored->target.name);
    if (restored->certificates > 1) {
        Console::out(tr("restored '%1' and %n certificate(s) below it", restored->certificates - 1).arg(name));
    } else {
        Console::out(tr("restored '%1' (serial %2)").arg(name, restored->target.serial));
    }
    return Console::kSuccess;
}

int LifecycleCommands::rename(const QStringList& args)
{
    CommandLine cl(QStringLiteral("rename"),
                   tr("Give a certificate another name (the rules of new names apply; names are unique)."));
    cl.addPositional(kCertHelp, tr("Name, serial (hex) or id:N of the certificate."));
    cl.addPositional(QStringLiteral("NEW"), tr("The new name."));
    if (!cl.parse(args) || !cl.expectPositional({kCertHelp, QStringLiteral("NEW")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const QString oldRef = cl.positional().at(0);
    auto before = (*ws)->find(CertificateRef::typed(oldRef));
    auto renamed = (*ws)->rename(CertificateRef::typed(oldRef), cl.positional().at(1));
    if (!renamed) {
        return Console::fail(renamed.error());
    }
    Console::out(tr("renamed '%1' to '%2'")
                     .arg(Console::escape(before ? before->name : oldRef), Console::escape(renamed->name)));
    return Console::kSuccess;
}

int LifecycleCommands::release(const QStringList& args)
{
    CommandLine cl(QStringLiteral("release"),
                   tr("End a hold: a certificate revoked with reason certificateHold becomes valid again. Its CA's "
                      "next CRL lists it once more, as removeFromCRL, which clients read as no longer revoked; "
                      "publish it with 'signet-cli crl' and reload the servers that use it."));
    cl.addPositional(kCertHelp, tr("Name, serial (hex) or id:N of the certificate on hold."));
    if (!cl.parse(args) || !cl.expectPositional({kCertHelp})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Workspace& w = **ws;
    auto released = w.release(CertificateRef::typed(cl.positional().at(0)));
    if (!released) {
        return Console::fail(released.error());
    }
    Console::out(tr("released '%1' from its hold (serial %2)").arg(Console::escape(released->name), released->serial));
    if (released->issuerId) {
        if (auto issuer = w.find(CertificateRef::id(*released->issuerId))) {
            Console::out(tr("publish the next CRL of '%1' (id:%2) and reload your servers")
                             .arg(Console::escape(issuer->name))
                             .arg(issuer->id));
        }
    }
    return Console::kSuccess;
}

} // namespace signet
