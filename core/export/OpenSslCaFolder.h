#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace signet {

class Certificate;

// The text files of an `openssl ca` folder, as `openssl ca` itself reads them: what a CA exported
// from Signet needs so that `openssl ca -config DIR/openssl.cnf` goes on issuing, revoking and
// signing CRLs where Signet stopped.
class OpenSslCaFolder {
public:
    // The state of one certificate in index.txt.
    struct Entry {
        QString serialHex;
        QDateTime notAfter;
        bool revoked = false;
        QDateTime revokedAt;
        int reasonCode = -1; // RFC 5280; -1 none
    };

    // One line of index.txt: "V|R|E \t expiry \t [revocation[,reason]] \t serial \t unknown \t /subject\n".
    static QByteArray indexLine(const Entry& entry, const Certificate& cert, const QDateTime& now);
    // openssl.cnf for the folder at the absolute path `dir`: random serials, extensions copied
    // from requests as `openssl ca` documents it, and sections for client and server certificates.
    static QByteArray config(const QString& dir, const QString& caName);
    // A number as `openssl ca` keeps it in its serial and crlnumber files: upper-case hex, whole bytes.
    static QByteArray numberFile(const QByteArray& bigEndian);
    static QByteArray numberFile(qint64 number);
};

} // namespace signet
