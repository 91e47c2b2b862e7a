#pragma once

#include <QStringList>

namespace signet {

class CliContext;
class Workspace;
struct ImportReport;

// init, passwd and import: the workspace itself rather than one certificate.
class WorkspaceCommands {
public:
    explicit WorkspaceCommands(const CliContext& context) : m_ctx(context) {}

    int init(const QStringList& args);
    int passwd(const QStringList& args);
    int importFiles(const QStringList& args);

private:
    static int printImportJson(Workspace& ws, const ImportReport& report);

    const CliContext& m_ctx;
};

} // namespace signet
