#include "crypto/Serial.h"

#include "crypto/OsslError.h"

#include <openssl/rand.h>

#include <QCoreApplication>

namespace signet {

Result<QByteArray> randomSerial()
{
    QByteArray bytes(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size())) != 1) {
        return opensslError(QCoreApplication::translate("Serial", "the random number generator failed"));
    }
    // Top bit clear keeps the DER INTEGER positive; the next bit set keeps all 16 bytes significant.
    bytes[0] = static_cast<char>((static_cast<unsigned char>(bytes[0]) & 0x7F) | 0x40);
    return bytes;
}

QString serialToHex(const QByteArray& serial)
{
    qsizetype start = 0;
    while (start < serial.size() - 1 && serial.at(start) == '\0') {
        ++start;
    }
    return QString::fromLatin1(serial.mid(start).toHex()).toUpper();
}

} // namespace signet
