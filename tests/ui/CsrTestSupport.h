#pragma once

// A certificate signing request for the GUI tests, made by the real openssl command.

#include "TestSupport.h"

namespace signet::test {

// A fresh P-256 request made by openssl (its key stays in `dir`), as PEM; empty when openssl failed.
inline QByteArray makeCsr(const QString& dir, const QString& subject)
{
    const QString csr = dir + QStringLiteral("/request.csr");
    const auto made = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                  QStringLiteral("-keyout"), dir + QStringLiteral("/request.key"),
                                  QStringLiteral("-out"), csr, QStringLiteral("-subj"), subject});
    if (!made.ok()) {
        qWarning("%s", made.describe().constData());
        return {};
    }
    return readFile(csr);
}

} // namespace signet::test
