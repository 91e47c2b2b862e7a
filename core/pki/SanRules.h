#pragma once

namespace signet {

class Certificate;
class LintFindings;

// The subject alternative names themselves, by NameRules' definitions: what 'issue' refuses to
// put in, a signed request cannot bring in either (unless forced), and 'lint' reports on any
// certificate. A DNS name with a space or an empty label, a wildcard beyond the leftmost label
// ("*.*.com") or a "javascript:" URI is matched by no client as intended, and may be shown to
// people as something else.
//
// Rules: rfc5280.san.dns, rfc5280.san.email, signet.san.uri (errors).
class SanRules {
public:
    static void check(const Certificate& cert, LintFindings& out);
};

} // namespace signet
