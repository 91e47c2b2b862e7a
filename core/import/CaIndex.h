#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <functional>

namespace signet {

// One line of an `openssl ca` database (index.txt), as `openssl ca` and EasyRSA write it: six
// fields separated by tabs — state (V valid, R revoked, E expired), expiry, revocation
// ("time[,reason[,detail]]", empty unless revoked), serial in hex, file name ("unknown") and subject.
struct CaIndexEntry {
    enum class State { Valid, Revoked, Expired };

    State state = State::Valid;
    QDateTime expiry;
    QDateTime revokedAt;
    int reason = -1;  // RFC 5280 CRLReason code; -1 when the line names none
    QString serialHex; // as OpenSSL prints a serial: upper case, whole bytes, no leading zero bytes
    QString subject;
};

// Reads index.txt line by line, with every line bounded, so that a database of a million
// certificates passes through constant memory.
class CaIndex {
public:
    static constexpr qsizetype kLineLimit = 64 * 1024;
    // Far beyond any real CA; a file larger than this is refused before it is read.
    static constexpr qint64 kFileLimit = qint64(2) * 1024 * 1024 * 1024;

    static Result<CaIndexEntry> parseLine(QByteArrayView line);
    // Each entry of the file at `path`, in order; an unreadable line stops the reading with its
    // number in the error.
    static Status read(const QString& path, const std::function<Status(const CaIndexEntry&)>& visit);
    // "1A2B" from "001a2b", "01A2B" or "1A2B"; empty when `hex` is not a serial number.
    static QString normalSerial(QByteArrayView hex);
};

} // namespace signet
