#pragma once

#include "Result.h"

#include <QByteArray>

namespace signet {

// 16 bytes from the CSPRNG, made positive and kept at full length (RFC 5280 4.1.2.2; CA/B BR 7.1).
Result<QByteArray> randomSerial();

// Upper-case hex of a big-endian serial, without leading zero bytes.
QString serialToHex(const QByteArray& serial);

} // namespace signet
