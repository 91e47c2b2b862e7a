#include "CliContext.h"

#include "Console.h"
#include "PasswordSource.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CliContext", text);
}
} // namespace

CliContext::CliContext(QString workspacePath, QString passwordFile, Clock clock, QString member)
    : m_workspacePath(std::move(workspacePath)), m_passwordFile(std::move(passwordFile)), m_clock(std::move(clock)),
      m_member(std::move(member))
{
}

Result<QByteArray> CliContext::password(bool confirm) const
{
    const PasswordSource source(m_passwordFile, QStringLiteral("SIGNET_PASSWORD"), QStringLiteral("password-file"));
    return source.read(tr("workspace password"), confirm);
}

void CliContext::keepUnlocked()
{
    if (!m_unlocked) {
        m_unlocked = std::make_shared<std::unique_ptr<Workspace>>();
    }
}

Status CliContext::checkExists() const
{
    if (!Workspace::isServerLocation(m_workspacePath) && !QFileInfo::exists(m_workspacePath)) {
        return makeError(tr("no workspace at %1; create one with 'signet-cli init'").arg(m_workspacePath));
    }
    return {};
}

Result<std::unique_ptr<Workspace>> CliContext::open() const
{
    if (m_unlocked && *m_unlocked) {
        return (*m_unlocked)->sibling();
    }
    // Checked before asking for a password nobody could use.
    if (Status st = checkExists(); !st) {
        return st.error();
    }
    auto secret = password(false);
    if (!secret) {
        return secret.error();
    }
    auto opened = Workspace::open(m_workspacePath, *secret, m_clock, m_member);
    if (!opened || !m_unlocked) {
        return opened;
    }
    *m_unlocked = std::move(opened).value();
    return (*m_unlocked)->sibling();
}

Result<std::unique_ptr<Workspace>> CliContext::openForReading() const
{
    if (m_unlocked || !m_passwordFile.isEmpty() || qEnvironmentVariableIsSet("SIGNET_PASSWORD")) {
        return open();
    }
    if (Status st = checkExists(); !st) {
        return st.error();
    }
    auto opened = Workspace::openReadOnly(m_workspacePath, m_clock);
    if (opened) {
        Console::err(QStringLiteral("signet-cli: ")
                     + tr("read without the workspace password: what is shown is not checked for changes made "
                          "outside Signet (give the password to check it)"));
    }
    return opened;
}

Result<std::unique_ptr<Workspace>> CliContext::create() const
{
    if (!Workspace::isServerLocation(m_workspacePath)) {
        if (QFileInfo::exists(m_workspacePath)) {
            return makeError(tr("a workspace already exists at %1").arg(m_workspacePath));
        }
        const QString dir = QFileInfo(m_workspacePath).absolutePath();
        if (!QDir().mkpath(dir)) {
            return makeError(tr("cannot create the folder %1").arg(dir));
        }
    }
    auto secret = password(true);
    if (!secret) {
        return secret.error();
    }
    return Workspace::create(m_workspacePath, *secret, m_clock, KeyVault::KdfParams(), m_member);
}

} // namespace signet
