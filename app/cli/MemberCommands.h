#pragma once

#include <QStringList>

#include <functional>

namespace signet {

class CliContext;
class Workspace;
class CertificateRef;
struct Unshared;

// The members of a workspace and the CA keys shared with them: member add|remove|list, ca share|unshare.
class MemberCommands {
public:
    explicit MemberCommands(const CliContext& context) : m_ctx(context) {}

    int add(const QStringList& args);
    int remove(const QStringList& args);
    int list(const QStringList& args);
    int share(const QStringList& args);
    int unshare(const QStringList& args);

private:
    using CaMemberAction = std::function<int(Workspace& ws, const CertificateRef& ca, const QString& caName,
                                             const QString& member)>;
    // Parses "CA MEMBER", opens the workspace and runs `action`.
    int onCaAndMember(const QString& command, const QString& description, const QStringList& args,
                      const CaMemberAction& action);
    static void printUnshared(const Unshared& result);
    const CliContext& m_ctx;
};

} // namespace signet
