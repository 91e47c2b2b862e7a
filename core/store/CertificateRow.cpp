#include "store/CertificateRow.h"

#include "crypto/Extensions.h"
#include "pki/RevocationReason.h"

#include <QSqlQuery>

#include <openssl/evp.h>

namespace signet {

namespace {
const QString kColumnList = QStringLiteral(
    "id, name, issuer_id, key_id, serial, subject, subject_cn, issuer_dn, sans, not_before, not_after, is_ca,"
    " profile, status, revoked_at, revocation_reason, crl_url, sha256, aia_url, last_crl_number, revocations, mac,"
    " renewed_from, superseded_by, removed_at, released_at");
constexpr int kDerColumn = 26;
} // namespace

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

CertificateRecord CertificateRow::fromRow(const QSqlQuery& q, bool withDer, QByteArray& mac, bool& known)
{
    CertificateRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    if (!q.value(2).isNull()) {
        r.issuerId = q.value(2).toLongLong();
    }
    if (!q.value(3).isNull()) {
        r.keyId = q.value(3).toLongLong();
    }
    r.serial = q.value(4).toString();
    r.subject = q.value(5).toString();
    r.commonName = q.value(6).toString();
    r.issuerDn = q.value(7).toString();
    const QString sans = q.value(8).toString();
    r.sans = sans.isEmpty() ? QStringList() : sans.split(QLatin1Char('\n'));
    r.notBefore = fromEpoch(q.value(9));
    r.notAfter = fromEpoch(q.value(10));
    r.isCa = q.value(11).toInt() != 0;
    const auto profile = profileFromName(q.value(12).toString());
    r.profile = profile.value_or(Profile::Imported);
    r.revoked = q.value(13).toString() == QLatin1String("revoked");
    r.revokedAt = fromEpoch(q.value(14));
    const auto reason = revocationReasonFromCode(q.value(15).toInt());
    r.revocationReason = reason.value_or(RevocationReason::Unspecified);
    // A value no Signet writes is no value the MAC can vouch for.
    known = profile.has_value() && (!r.revoked || reason.has_value());
    r.crlUrl = q.value(16).toString();
    r.sha256 = q.value(17).toString();
    r.aiaUrl = q.value(18).toString();
    r.lastCrlNumber = q.value(19).toLongLong();
    r.revocations = q.value(20).toLongLong();
    mac = q.value(21).toByteArray();
    if (!q.value(22).isNull()) {
        r.renewedFrom = q.value(22).toLongLong();
    }
    if (!q.value(23).isNull()) {
        r.supersededBy = q.value(23).toLongLong();
    }
    r.removedAt = fromEpoch(q.value(24));
    r.releasedAt = fromEpoch(q.value(25));
    if (withDer) {
        r.der = q.value(kDerColumn).toByteArray();
    }
    return r;
}

} // namespace signet
