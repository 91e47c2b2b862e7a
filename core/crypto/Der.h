#pragma once

#include <QByteArray>
#include <QStringView>

namespace signet {

// The few DER encodings (X.690) that a CRL written as it streams needs, where building an OpenSSL
// object per entry would cost more than the whole rest of the work.
class Der {
public:
    static constexpr unsigned char kInteger = 0x02;
    static constexpr unsigned char kBitString = 0x03;
    static constexpr unsigned char kUtcTime = 0x17;
    static constexpr unsigned char kGeneralizedTime = 0x18;
    static constexpr unsigned char kSequence = 0x30;
    static constexpr unsigned char kContext0 = 0xA0; // [0], constructed
    // Tag and length of any content up to 2^64 bytes.
    static constexpr int kMaxHeaderSize = 10;

    static int headerSize(qsizetype length);
    // Writes tag and length at `at` (headerSize(length) bytes).
    static void writeHeader(char* at, unsigned char tag, qsizetype length);
    static void appendHeader(QByteArray& out, unsigned char tag, qsizetype length);
    static void append(QByteArray& out, unsigned char tag, const QByteArray& content);

    // A non-negative INTEGER from big-endian hex digits (either case, even or odd count, leading
    // zeros allowed); false, and `out` unchanged, when `hex` is empty or holds anything else.
    static bool appendIntegerFromHex(QByteArray& out, QByteArrayView hex);
    // RFC 5280 4.1.2.5: UTCTime for the years 1950 to 2049, GeneralizedTime otherwise, in UTC and to
    // the second; false, and `out` unchanged, outside the years 0 to 9999.
    static bool appendTime(QByteArray& out, qint64 secsSinceEpoch);
};

} // namespace signet
