#pragma once

#include <QString>

namespace signet {

// One rule a certificate breaks. `ruleId` is stable ("apple.san.required"): scripts, tests and
// translations may rely on it. `message` says in one line what is wrong and what to do.
struct LintFinding {
    // Error: a real client rejects the certificate, or RFC 5280 forbids what changes validation.
    // Warning: advisable (an RFC requirement that clients tolerate, a public-CA limit).
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString ruleId;
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

} // namespace signet
