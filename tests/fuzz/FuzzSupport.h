#pragma once

#include "crypto/OsslError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace signet::fuzz {

// The fuzzer's bytes as a file read with QFile arrives: a copy, terminated by a NUL that is not
// part of the data (fromRawData would not be, and code may rely on it as Qt promises it).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The bytes as text typed or passed on a command line.
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The password the encrypted seeds (tests/fuzz/corpus) are made with. Inputs of even length are
// opened with it and inputs of odd length without one, so that one corpus reaches both the
// decrypting code and the "no password given" refusals; a trailing byte moves an input across.
inline QByteArray seedPassword(size_t size)
{
    return size % 2 == 0 ? QByteArrayLiteral("fuzz") : QByteArray();
}

// OpenSSL keeps failures in a per-thread queue; each input starts with an empty one, as each
// call in the application does after the previous call took its errors.
inline void clearErrors()
{
    takeOpenSslErrors();
}

} // namespace signet::fuzz
