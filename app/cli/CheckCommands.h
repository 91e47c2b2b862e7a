#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// check: real TLS 1.3 and TLS 1.2 handshakes in memory between a server and a client certificate.
class CheckCommands {
public:
    explicit CheckCommands(const CliContext& context) : m_ctx(context) {}

    int check(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
