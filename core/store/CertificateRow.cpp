#include "store/CertificateRow.h"

#include "crypto/Certificate.h"
#include "crypto/Extensions.h"
#include "pki/RevocationReason.h"
#include "store/RowAuthenticator.h"
#include "store/SqliteStatement.h"

#include <QSqlQuery>

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
std::optional<qint64> optionalInteger(const SqliteStatement& statement, int column)
{
    return statement.isNull(column) ? std::nullopt : std::optional<qint64>(statement.integer(column));
}
} // namespace

void CertificateRow::crlRowFromStatement(const SqliteStatement& statement, CrlRow& row)
{
    // Field by field what CertificateRepository::encode() writes for the record read() makes of
    // this row; tst_CertificateRow compares the two on every kind of row.
    const auto text = [&statement](int column) { return statement.bytes(column); };
    row.id = statement.integer(0);
    row.name = text(1).toByteArray();
    RowEncoding e("certificate:v1");
    e.add(row.id).addUtf8(text(1)).add(optionalInteger(statement, 2)).add(optionalInteger(statement, 3));
    e.addUtf8(text(4)).addUtf8(text(5)).addUtf8(text(6)).addUtf8(text(7)).addUtf8(text(8));
    e.add(statement.integer(9)).add(statement.integer(10)).add(qint64(statement.integer(11) != 0 ? 1 : 0));
    const auto profile = profileFromName(QString::fromUtf8(text(12)));
    e.add(profileName(profile.value_or(Profile::Imported)));
    row.revoked = text(13) == QByteArrayView("revoked");
    e.addUtf8(row.revoked ? QByteArrayView("revoked") : QByteArrayView("valid"));
    const auto reason = revocationReasonFromCode(static_cast<int>(statement.integer(15)));
    e.add(row.revoked ? optionalInteger(statement, 14) : std::nullopt);
    e.add(row.revoked ? std::optional<qint64>(revocationReasonCode(reason.value_or(RevocationReason::Unspecified)))
                      : std::nullopt);
    row.known = profile.has_value() && (!row.revoked || reason.has_value());
    e.addUtf8(text(16)).addUtf8(text(18)).addUtf8(text(17));
    e.add(statement.integer(19)).add(statement.integer(20));
    row.mac = text(21).toByteArray();
    const std::optional<qint64> lifecycle[] = {optionalInteger(statement, 22), optionalInteger(statement, 23),
                                               optionalInteger(statement, 24), optionalInteger(statement, 25)};
    if (std::any_of(std::begin(lifecycle), std::end(lifecycle), [](const auto& v) { return v.has_value(); })) {
        e.add(QStringLiteral("lifecycle"));
        for (const auto& value : lifecycle) {
            e.add(value);
        }
    }
    row.encoding = e.bytes();
    row.serialHex = QString::fromLatin1(text(4));
    row.reason = row.revoked ? revocationReasonCode(reason.value_or(RevocationReason::Unspecified)) : -1;
    row.at = QDateTime::fromSecsSinceEpoch(row.revoked ? statement.integer(14) : statement.integer(25), Qt::UTC);
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
