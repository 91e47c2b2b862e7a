#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// revoke and crl.
class RevocationCommands {
public:
    explicit RevocationCommands(const CliContext& context) : m_ctx(context) {}

    int revoke(const QStringList& args);
    int crl(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
