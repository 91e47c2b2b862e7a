#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// deployments: the folders that config and kit wrote, whose CRL files follow every CRL published.
class DeploymentCommands {
public:
    explicit DeploymentCommands(const CliContext& context) : m_ctx(context) {}

    int list(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
