#pragma once

#include "CertificateRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace signet {
class Certificate;
}

namespace signet {

class RowEncoding;
class SqliteStatement;

// What a CRL lists of a revoked row (or of a released hold), and what checks the row: its MAC input
// as CertificateRepository::encode() encodes the record the same row reads as, and its stored MAC.
struct CrlRow {
    qint64 id = 0;
    QString serialHex;
    QDateTime at;    // revoked_at, or released_at for a released hold
    int reason = -1; // RFC 5280 code; for a released hold, none
    bool revoked = false;
    QByteArray name; // UTF-8, for naming an altered row
    QByteArray encoding;
    QByteArray mac;
    bool known = true;
};

// How a certificates row and a CertificateRecord map onto each other: the columns read, and the
// conversions of times, optional ids and text that the repository's reads and writes share.
class CertificateRow {
public:
    static constexpr size_t kColumnCount = 26;

    // The columns every read selects, in the order fromRow() reads them; "der" may follow.
    static const QString& columns();
    // One row as selected by columns() (and der, when `withDer`). `mac` gets the stored MAC;
    // `known` is false when a value is none Signet writes (the MAC cannot vouch for it).
    static CertificateRecord fromRow(const QSqlQuery& q, bool withDer, QByteArray& mac, bool& known);
    // A statement's current row (as columns() selects it) as a CrlRow, without making a record: the values are taken as SQLite keeps them,
    // so that a CRL of a million entries converts no text.
    static void crlRowFromStatement(const SqliteStatement& statement, CrlRow& row);

    static QDateTime fromEpoch(const QVariant& v);
    static QVariant optionalId(const std::optional<qint64>& id);
    // SQLite stores a null QString as NULL; the text columns are NOT NULL.
    static QString text(const QString& s);
    static std::optional<qint64> epochOrNull(const QDateTime& at);
    static QString sha256Hex(const QByteArray& der);
    // The SHA-256 of a public key's SubjectPublicKeyInfo DER (the spki_sha256 column).
    static QByteArray spkiSha256(const QByteArray& publicKeyDer);
    // The same for a certificate's key, from its SubjectPublicKeyInfo as stored (no encoder).
    static QByteArray spkiSha256(const Certificate& cert);
    // NULL for an empty value.
    static QVariant optionalBlob(const QByteArray& bytes);
};

} // namespace signet
