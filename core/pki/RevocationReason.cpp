#include "pki/RevocationReason.h"

#include <QList>
#include <QPair>

namespace signet {

namespace {
const QList<QPair<RevocationReason, QString>>& reasons()
{
    static const QList<QPair<RevocationReason, QString>> list = {
        {RevocationReason::Unspecified, QStringLiteral("unspecified")},
        {RevocationReason::KeyCompromise, QStringLiteral("keyCompromise")},
        {RevocationReason::CaCompromise, QStringLiteral("caCompromise")},
        {RevocationReason::AffiliationChanged, QStringLiteral("affiliationChanged")},
        {RevocationReason::Superseded, QStringLiteral("superseded")},
        {RevocationReason::CessationOfOperation, QStringLiteral("cessationOfOperation")},
        {RevocationReason::CertificateHold, QStringLiteral("certificateHold")},
        {RevocationReason::PrivilegeWithdrawn, QStringLiteral("privilegeWithdrawn")},
        {RevocationReason::AaCompromise, QStringLiteral("aACompromise")},
    };
    return list;
}
} // namespace

std::optional<RevocationReason> revocationReasonFromName(const QString& name)
{
    for (const auto& [reason, text] : reasons()) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            return reason;
        }
    }
    return std::nullopt;
}

QString revocationReasonName(RevocationReason reason)
{
    for (const auto& [r, text] : reasons()) {
        if (r == reason) {
            return text;
        }
    }
    return QStringLiteral("unspecified");
}

std::optional<RevocationReason> revocationReasonFromCode(int code)
{
    for (const auto& entry : reasons()) {
        if (revocationReasonCode(entry.first) == code) {
            return entry.first;
        }
    }
    return std::nullopt;
}

QStringList revocationReasonNames()
{
    QStringList out;
    for (const auto& entry : reasons()) {
        out << entry.second;
    }
    return out;
}

} // namespace signet
