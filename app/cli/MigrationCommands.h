#pragma once

#include <QStringList>

namespace signet {

class CliContext;
struct CaImportReport;

// Moving a CA or a whole workspace in and out: import-ca, export-ca, backup, migrate.
class MigrationCommands {
public:
    explicit MigrationCommands(const CliContext& context) : m_ctx(context) {}

    int importCa(const QStringList& args);
    int exportCa(const QStringList& args);
    int backup(const QStringList& args);
    int restoreBackup(const QStringList& args);
    int migrate(const QStringList& args);

private:
    static void printReport(const CaImportReport& report);
    static void printJson(const CaImportReport& report);

    const CliContext& m_ctx;
};

} // namespace signet
