#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

namespace signet {

class CliContext;
class CommandLine;
struct BatchReport;

// issue --batch, revoke --batch (its list part) and batch: many certificates, or many commands, on
// one unlock of the workspace.
class BatchCommands {
public:
    explicit BatchCommands(const CliContext& context) : m_ctx(context) {}

    int issueBatch(const QStringList& args);
    // revoke --batch FILE: `cl` has parsed revoke's options (--reason, --atomic, --json).
    int revokeBatch(const CommandLine& cl, const QString& file);
    int batch(const QStringList& args);

    // A list file, or standard input for "-", bounded in size.
    static Result<QByteArray> readList(const QString& file);
    // One line per result (text, or a JSON object per line with `json`) on stdout, a summary on
    // stderr; 0 when every line succeeded, else 1.
    static int printReport(const BatchReport& report, bool json, const QString& done);

private:
    const CliContext& m_ctx;
};

} // namespace signet
