#pragma once

#include "pki/Linter.h"

#include <QList>
#include <QString>

namespace signet {

// Collects what the linter's rule groups find, in the order they check.
class LintFindings {
public:
    void error(const char* rule, const QString& message) { add(LintFinding::Severity::Error, rule, message); }
    void warning(const char* rule, const QString& message) { add(LintFinding::Severity::Warning, rule, message); }
    QList<LintFinding> take() { return std::move(m_list); }

private:
    void add(LintFinding::Severity severity, const char* rule, const QString& message)
    {
        m_list.append(LintFinding{severity, QString::fromLatin1(rule), message});
    }

    QList<LintFinding> m_list;
};

} // namespace signet
