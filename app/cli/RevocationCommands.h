#pragma once

#include <QList>
#include <QStringList>

namespace signet {

class CliContext;
struct DeploymentRefresh;

// revoke and crl.
class RevocationCommands {
public:
    explicit RevocationCommands(const CliContext& context) : m_ctx(context) {}

    int revoke(const QStringList& args);
    int crl(const QStringList& args);

private:
    // One line per deployment whose CRL file the publication rewrote (or could not); exit 1 if any failed.
    static int reportDeployments(const QList<DeploymentRefresh>& refreshed, bool toStdout);
    const CliContext& m_ctx;
};

} // namespace signet
