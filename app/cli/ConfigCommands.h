#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// config nginx|apache|haproxy|node: a ready-to-include mutual-TLS server configuration.
class ConfigCommands {
public:
    explicit ConfigCommands(const CliContext& context) : m_ctx(context) {}

    int config(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
