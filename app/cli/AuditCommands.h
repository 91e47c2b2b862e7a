#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// audit: who did what and when, filtered and newest first, or a check of the log's keyed chain.
class AuditCommands {
public:
    explicit AuditCommands(const CliContext& context) : m_ctx(context) {}

    int audit(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
