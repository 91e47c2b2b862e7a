#pragma once

#include <QStringList>

namespace signet {

class CliContext;
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
    static void printUnshared(const Unshared& result);
    const CliContext& m_ctx;
};

} // namespace signet
