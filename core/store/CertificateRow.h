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

class SqliteStatement;

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
    // The same from a statement's current row (no DER): the values as fromRow() reads them.
    static CertificateRecord fromStatement(const SqliteStatement& statement, QByteArray& mac, bool& known);

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
