#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// kit: a deployment kit for one server certificate (configurations for nginx, Apache and HAProxy,
// every file they need, test-mtls.sh and a README).
class KitCommands {
public:
    explicit KitCommands(const CliContext& context) : m_ctx(context) {}

    int kit(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
