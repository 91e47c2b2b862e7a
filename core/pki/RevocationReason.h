#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

// RFC 5280 5.3.1 CRLReason codes, by the names administrators type.
std::optional<int> revocationReasonFromName(const QString& name);
QString revocationReasonName(int code);
// One of the codes RFC 5280 defines (7 is unused, 8 removeFromCRL belongs to delta CRLs only).
bool isRevocationReason(int code);
QStringList revocationReasonNames();

} // namespace signet
