#include "store/CertificateRow.h"

#include "crypto/Certificate.h"
#include "crypto/Extensions.h"
#include "pki/RevocationReason.h"
#include "store/RowAuthenticator.h"
#include "store/DirectStatement.h"

#include <QSqlQuery>

#include <algorithm>

#include <openssl/evp.h>

namespace signet {

namespace {
const QString kColumnList = QStringLiteral(
    "id, name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn, sans, not_before, not_after, is_ca,"
    " profile, status, revoked_at, revocation_reason, crl_url, sha256, aia_url, last_crl_number, revocations, mac,"
    " renewed_from, superseded_by, removed_at, released_at");
constexpr int kDerColumn = 26;

template <typename Value>
QDateTime epoch(const Value& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The record from `value(column)` of the query's current row.
template <typename Value>
CertificateRecord read(const Value& value, bool withDer, QByteArray& mac, bool& known)
{
    CertificateRecord r;
    r.id = value(0).toLongLong();
    r.name = value(1).toString();
    if (!value(2).isNull()) {
        r.issuerId = value(2).toLongLong();
    }
    if (!value(3).isNull()) {
        r.keyId = value(3).toLongLong();
    }
    r.serial = value(4).toString();
    r.subject = value(5).toString();
    r.commonName = value(6).toString();
    r.issuerDn = value(7).toString();
    const QString sans = value(8).toString();
    r.sans = sans.isEmpty() ? QStringList() : sans.split(QLatin1Char('\n'));
    r.notBefore = epoch(value(9));
    r.notAfter = epoch(value(10));
    r.isCa = value(11).toInt() != 0;
    const auto profile = profileFromName(value(12).toString());
    r.profile = profile.value_or(Profile::Imported);
    r.revoked = value(13).toString() == QLatin1String("revoked");
    r.revokedAt = epoch(value(14));
    const auto reason = revocationReasonFromCode(value(15).toInt());
    r.revocationReason = reason.value_or(RevocationReason::Unspecified);
    // A value no Signet writes is no value the MAC can vouch for.
    known = profile.has_value() && (!r.revoked || reason.has_value());
    r.crlUrl = value(16).toString();
    r.sha256 = value(17).toString();
    r.aiaUrl = value(18).toString();
    r.lastCrlNumber = value(19).toLongLong();
    r.revocations = value(20).toLongLong();
    mac = value(21).toByteArray();
    if (!value(22).isNull()) {
        r.renewedFrom = value(22).toLongLong();
    }
    if (!value(23).isNull()) {
        r.supersededBy = value(23).toLongLong();
    }
    r.removedAt = epoch(value(24));
    r.releasedAt = epoch(value(25));
    if (withDer) {
        r.der = value(kDerColumn).toByteArray();
    }
    return r;
}
std::optional<qint64> optionalInteger(const DirectStatement& statement, int column)
{
    return statement.isNull(column) ? std::nullopt : std::optional<qint64>(statement.integer(column));
}
} // namespace

const char* CertificateRow::crlColumns()
{
    return "id, serial, status, revoked_at, revocation_reason, released_at, revocation_mac";
}

void CertificateRow::crlRowFromStatement(const DirectStatement& statement, qint64 issuerId, CrlRow& row)
{
    row.id = statement.integer(0);
    const QByteArrayView serial = statement.bytes(1);
    const QByteArrayView status = statement.bytes(2);
    const std::optional<qint64> revokedAt = optionalInteger(statement, 3);
    const std::optional<qint64> reason = optionalInteger(statement, 4);
    const std::optional<qint64> releasedAt = optionalInteger(statement, 5);
    const QByteArrayView mac = statement.bytes(6);
    row.revoked = status == QByteArrayView("revoked");
    row.wellFormed = (row.revoked || status == QByteArrayView("valid")) && serial.size() <= qsizetype(CrlRow::kMaxSerial)
                     && mac.size() <= qsizetype(row.mac.size());
    if (!row.wellFormed) {
        return;
    }
    row.reason = row.revoked ? static_cast<int>(reason.value_or(0)) : -1;
    row.at = (row.revoked ? revokedAt : releasedAt).value_or(0);
    row.serialLength = static_cast<quint8>(serial.size());
    std::copy_n(serial.data(), serial.size(), row.serial.data());
    row.macLength = static_cast<quint8>(mac.size());
    std::copy_n(mac.data(), mac.size(), row.mac.data());
    // Field by field what CertificateRepository::encodeRevocation() writes; tst_CrlPublication
    // compares the two on every kind of row.
    RowEncoding e("certificate-revocation:v1", CrlRow::kMaxEncoding);
    e.add(row.id).add(issuerId).addUtf8(serial).addUtf8(status).add(revokedAt).add(reason).add(releasedAt);
    row.encodingLength = static_cast<quint16>(e.bytes().size());
    std::copy_n(e.bytes().constData(), e.bytes().size(), row.encoding.data());
}

const QString& CertificateRow::columns()
{
    return kColumnList;
}

QDateTime CertificateRow::fromEpoch(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant CertificateRow::optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString CertificateRow::text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

std::optional<qint64> CertificateRow::epochOrNull(const QDateTime& at)
{
    return at.isValid() ? std::optional<qint64>(at.toSecsSinceEpoch()) : std::nullopt;
}

QString CertificateRow::sha256Hex(const QByteArray& der)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(der.constData(), static_cast<size_t>(der.size()), md, &len, EVP_sha256(), nullptr) != 1) {
        return {};
    }
    return hexString(md, static_cast<int>(len));
}

QByteArray CertificateRow::spkiSha256(const QByteArray& publicKeyDer)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (publicKeyDer.isEmpty()
        || EVP_Digest(publicKeyDer.constData(), static_cast<size_t>(publicKeyDer.size()), md, &len, EVP_sha256(), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<qsizetype>(len));
}

QByteArray CertificateRow::spkiSha256(const Certificate& cert)
{
    return spkiSha256(cert.publicKeyInfoDer());
}

QVariant CertificateRow::optionalBlob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

CertificateRecord CertificateRow::fromRow(const QSqlQuery& q, bool withDer, QByteArray& mac, bool& known)
{
    return read([&q](int column) { return q.value(column); }, withDer, mac, known);
}

} // namespace signet
