#pragma once

#include <QStringList>

namespace signet {

class CliContext;
class Workspace;
struct RenewOptions;

// renew: one certificate, or every certificate that expires soon.
class RenewCommands {
public:
    explicit RenewCommands(const CliContext& context) : m_ctx(context) {}

    int renew(const QStringList& args);

private:
    // Renews each expiring certificate in its own transaction and prints a summary; 1 if any failed.
    static int renewExpiring(Workspace& ws, int within, const RenewOptions& options, bool json);
    const CliContext& m_ctx;
};

} // namespace signet
