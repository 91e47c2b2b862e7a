#pragma once

#include <QList>
#include <QStringList>

namespace signet {

class CliContext;
struct LintFinding;

// lint, and how the issuing commands report the linter's findings.
class LintCommands {
public:
    explicit LintCommands(const CliContext& context) : m_ctx(context) {}

    int lint(const QStringList& args);

    // After a certificate was issued: one line on stderr per finding, "warning: rule.id: message"
    // (or "error (forced): rule.id: message" for an error that --force overrode).
    static void printIssuanceFindings(const QList<LintFinding>& findings);

private:
    const CliContext& m_ctx;
};

} // namespace signet
