#pragma once

// The typed values the façade takes, written as text in tests. A value a test mistyped is the
// test's own bug, so it stops the run with the parser's message instead of failing later.

#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"

#include <QtGlobal>

namespace signet::test {

inline DistinguishedName dn(const QString& text)
{
    auto parsed = DistinguishedName::parse(text);
    if (!parsed) {
        qFatal("a test wrote an invalid DN: %s", qPrintable(parsed.error().toString()));
    }
    return *parsed;
}

inline KeySpec keySpec(const QString& name)
{
    auto parsed = KeySpec::parse(name);
    if (!parsed) {
        qFatal("a test wrote an invalid key type: %s", qPrintable(parsed.error().toString()));
    }
    return *parsed;
}

} // namespace signet::test
