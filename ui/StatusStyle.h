#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "CertificateRecord.h"

namespace signet {

// How a certificate status looks: a translated word, a colour and an icon with a distinct shape,
// so the status never rests on colour alone. The colour depends on the background it is drawn on:
// dark text colours on a light palette, light ones on a dark palette, each at least
// kMinimumContrast against that background (WCAG 2 AA for normal text).
struct StatusStyle {
    QString label;
    QColor color;
    QIcon icon;

    static constexpr double kMinimumContrast = 4.5;

    // Against the base colour of the application's palette (the background of lists and trees).
    static StatusStyle forStatus(CertificateStatus status);
    static StatusStyle forStatus(CertificateStatus status, const QColor& background);

    // The colour of error text (hints, refusals) drawn on `background`, or on the palette's window
    // colour: the revoked red, readable on light and dark palettes alike. As a name for style sheets
    // and rich text ("#b01e1e").
    static QColor errorColor(const QColor& background);
    static QString errorColorName();
    // The same for what went well: the valid green.
    static QString successColorName();

    // WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
};

} // namespace signet
