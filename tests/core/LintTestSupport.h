#pragma once

// What the linter tests compare: the sorted rule ids of the findings, and the findings as text for
// failure messages.

#include "IssuanceService.h"
#include "pki/Linter.h"

#include <QByteArray>
#include <QStringList>

namespace signet::test {

inline QStringList ruleIds(const QList<LintFinding>& findings)
{
    QStringList ids;
    for (const LintFinding& f : findings) {
        ids << f.ruleId;
    }
    ids.sort();
    return ids;
}

// What the linter found in an issuance, whether it succeeded or was refused.
inline QList<LintFinding> findingsOf(const Result<signet::Issued>& result)
{
    return result ? result->findings : result.error().findings;
}

inline QByteArray describe(const QList<LintFinding>& findings)
{
    return findings.isEmpty() ? QByteArray("no findings") : Linter::describe(findings).toUtf8();
}

} // namespace signet::test
