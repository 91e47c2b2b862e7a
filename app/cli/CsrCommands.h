#pragma once

#include <QStringList>

namespace signet {

class CliContext;
class CommandLine;
struct RequestOptions;

// csr create, csr list, csr show, and the request of 'ca create --csr-out'.
class CsrCommands {
public:
    explicit CsrCommands(const CliContext& context) : m_ctx(context) {}

    int create(const QStringList& args);
    int list(const QStringList& args);
    int show(const QStringList& args);
    // 'ca create NAME --subject DN --csr-out FILE', parsed by 'ca create': an intermediate CA's key
    // and request, for a root outside the workspace to sign.
    int createCaRequest(CommandLine& cl) const;

private:
    // Stores the request, writes its PEM to `out` and says what to do next.
    int createAndWrite(const RequestOptions& options, const QString& out, bool force) const;

    const CliContext& m_ctx;
};

} // namespace signet
