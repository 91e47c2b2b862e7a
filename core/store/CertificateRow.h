#pragma once

#include "CertificateRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

class QSqlQuery;

namespace signet {
class Certificate;
}

namespace signet {

class RowEncoding;
class DirectStatement;

// What a CRL lists of a revoked row (or of a released hold), as read from the index certificates_crl,
// with what its revocation MAC covers (as CertificateRepository::encodeRevocation() encodes the
// record the same row reads as): copied into place, so that a million of them cost no allocation.
// `mac` is empty for a row revoked before revocation MACs (checked by its whole row instead).
struct CrlRow {
    static constexpr size_t kMaxSerial = 64;
    static constexpr size_t kMaxEncoding = 256; // what a serial of kMaxSerial digits needs, and more

    qint64 id = 0;
    bool revoked = false;
    bool wellFormed = true; // a status Signet writes, a serial and a MAC that fit
    int reason = -1;        // RFC 5280 code; for a released hold, none
    qint64 at = 0;          // revoked_at, or released_at for a released hold (seconds since the epoch)
    quint8 serialLength = 0;
    quint8 macLength = 0;
    quint16 encodingLength = 0;
    std::array<char, kMaxSerial> serial{};
    std::array<char, 32> mac{};
    std::array<char, kMaxEncoding> encoding{};

    [[nodiscard]] QByteArrayView serialHex() const { return {serial.data(), serialLength}; }
    [[nodiscard]] QByteArrayView storedMac() const { return {mac.data(), macLength}; }
    [[nodiscard]] QByteArrayView macInput() const { return {encoding.data(), encodingLength}; }
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
    // The columns a CRL reads, all in the index certificates_crl, in the order crlRowFromStatement() reads them.
    static const char* crlColumns();
    // A statement's current row (as crlColumns() selects it, a row of CA `issuerId`) as a CrlRow: the
    // values are taken as SQLite keeps them, so that a CRL of a million entries converts no text.
    static void crlRowFromStatement(const DirectStatement& statement, qint64 issuerId, CrlRow& row);

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
