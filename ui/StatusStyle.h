#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace signet {

// How a certificate status looks: a translated word, a colour and an icon with a distinct shape,
// so the status never rests on colour alone.
struct StatusStyle {
    QString label;
    QColor color;
    QIcon icon;

    static StatusStyle forStatus(const QString& status); // "valid", "expiring", "expired", "revoked", ...
};

} // namespace signet
