#include "store/CertificateFilterSql.h"

#include "store/Database.h"

namespace signet {

QString certificateFilterWhere(const CertificateRepository::Filter& f, QVariantList& bindings)
{
    QStringList clauses;
    if (f.issuerId) {
        clauses << QStringLiteral("issuer_id = ?");
        bindings << *f.issuerId;
    } else if (f.rootsOnly) {
        clauses << QStringLiteral("issuer_id IS NULL");
    }
    if (f.casOnly) {
        clauses << QStringLiteral("is_ca = 1");
    }
    if (!f.profiles.isEmpty()) {
        QStringList marks;
        for (const QString& profile : f.profiles) {
            marks << QStringLiteral("?");
            bindings << profile;
        }
        clauses << QStringLiteral("profile IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.withKeyOnly) {
        clauses << QStringLiteral("key_id IS NOT NULL");
    }
    clauses << (f.removed ? QStringLiteral("removed_at IS NOT NULL") : QStringLiteral("removed_at IS NULL"));
    const qint64 now = f.now.toSecsSinceEpoch();
    if (f.status == CertificateStatus::Revoked) {
        clauses << QStringLiteral("status = 'revoked'");
    } else if (f.status == CertificateStatus::Superseded) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NOT NULL");
    } else if (f.status == CertificateStatus::Expired) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after <= ?");
        bindings << now;
    } else if (f.status == CertificateStatus::Expiring) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after > ? AND not_after <= ?");
        bindings << now << now + qint64(f.expiringDays) * 86400;
    } else if (f.status == CertificateStatus::Valid) {
        clauses << QStringLiteral("status = 'valid' AND superseded_by IS NULL AND not_after > ?");
        bindings << now + qint64(f.expiringDays) * 86400;
    }
    if (!f.text.isEmpty()) {
        clauses << QStringLiteral("(name LIKE ? ESCAPE '\\' OR subject_cn LIKE ? ESCAPE '\\' OR sans LIKE ? ESCAPE '\\'"
                                  " OR serial LIKE ? ESCAPE '\\')");
        const QString pattern = Database::containsPattern(f.text);
        bindings << pattern << pattern << pattern << Database::containsPattern(f.text.toUpper().remove(QLatin1Char(':')));
    }
    return clauses.join(QStringLiteral(" AND "));
}

} // namespace signet
