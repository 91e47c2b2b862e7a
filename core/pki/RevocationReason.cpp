#include "pki/RevocationReason.h"

#include <QList>
#include <QPair>

namespace signet {

namespace {
const QList<QPair<int, QString>>& reasons()
{
    static const QList<QPair<int, QString>> list = {
        {0, QStringLiteral("unspecified")},
        {1, QStringLiteral("keyCompromise")},
        {2, QStringLiteral("caCompromise")},
        {3, QStringLiteral("affiliationChanged")},
        {4, QStringLiteral("superseded")},
        {5, QStringLiteral("cessationOfOperation")},
        {6, QStringLiteral("certificateHold")},
        {9, QStringLiteral("privilegeWithdrawn")},
        {10, QStringLiteral("aACompromise")},
    };
    return list;
}
} // namespace

std::optional<int> revocationReasonFromName(const QString& name)
{
    for (const auto& [code, text] : reasons()) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            return code;
        }
    }
    return std::nullopt;
}

QString revocationReasonName(int code)
{
    for (const auto& [c, text] : reasons()) {
        if (c == code) {
            return text;
        }
    }
    return QStringLiteral("unspecified");
}

bool isRevocationReason(int code)
{
    for (const auto& entry : reasons()) {
        if (entry.first == code) {
            return true;
        }
    }
    return false;
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
