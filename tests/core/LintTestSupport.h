#pragma once

// What the linter tests compare: the sorted rule ids of the findings, and the findings as text for
// failure messages.

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

inline QByteArray describe(const QList<LintFinding>& findings)
{
    return findings.isEmpty() ? QByteArray("no findings") : Linter::describe(findings).toUtf8();
}

} // namespace signet::test
