#pragma once

#include <QStringList>

namespace signet {

class CliContext;

// export: certificates, chains, keys and PKCS#12 into files.
class ExportCommands {
public:
    explicit ExportCommands(const CliContext& context) : m_ctx(context) {}

    int exportCertificate(const QStringList& args);

private:
    const CliContext& m_ctx;
};

} // namespace signet
