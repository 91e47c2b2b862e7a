#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace signet {

// Writes a file atomically (a crash leaves the old file or the new one, never half of one).
// Secret files (keys, PKCS#12) are 0600 from the moment they exist.
Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret);

} // namespace signet
