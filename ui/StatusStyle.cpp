#include "StatusStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "StatusStyle", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
};

enum class Shape { Circle, Triangle, Square, Cross };

// One status: its colour on light and on dark backgrounds (both at least 5:1 against the usual
// base and alternate-row colours of such palettes) and its icon's shape.
struct Look {
    QRgb onLight;
    QRgb onDark;
    Shape shape;
};

Look lookFor(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Altered:
        return {qRgb(0x7b, 0x1f, 0xa2), qRgb(0xce, 0x93, 0xd8), Shape::Cross};
    case CertificateStatus::Revoked:
        return {qRgb(0xb0, 0x1e, 0x1e), qRgb(0xff, 0x8a, 0x80), Shape::Cross};
    case CertificateStatus::Superseded:
        return {qRgb(0x5c, 0x5c, 0x5c), qRgb(0xb0, 0xb0, 0xb0), Shape::Circle};
    case CertificateStatus::Expired:
        return {qRgb(0x5c, 0x5c, 0x5c), qRgb(0xb0, 0xb0, 0xb0), Shape::Square};
    case CertificateStatus::Expiring:
        return {qRgb(0x8a, 0x4b, 0x00), qRgb(0xff, 0xb7, 0x4d), Shape::Triangle};
    case CertificateStatus::NotYetValid:
        return {qRgb(0x2a, 0x5a, 0x8f), qRgb(0x90, 0xca, 0xf9), Shape::Square};
    case CertificateStatus::Valid:
        break;
    }
    return {qRgb(0x1b, 0x5e, 0x20), qRgb(0x81, 0xc7, 0x84), Shape::Circle};
}

QString labelFor(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Altered:
        return Tr::tr("Altered outside Signet");
    case CertificateStatus::Revoked:
        return Tr::tr("Revoked");
    case CertificateStatus::Superseded:
        return Tr::tr("Superseded");
    case CertificateStatus::Expired:
        return Tr::tr("Expired");
    case CertificateStatus::Expiring:
        return Tr::tr("Expiring soon");
    case CertificateStatus::NotYetValid:
        return Tr::tr("Not yet valid");
    case CertificateStatus::Valid:
        break;
    }
    return Tr::tr("Valid");
}

double relativeLuminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Moves `color` towards `target` (black or white) until it stands out enough from `background`:
// for backgrounds between the usual light and dark ones.
QColor withContrast(QColor color, const QColor& background, const QColor& target)
{
    for (int step = 0; step < 20 && StatusStyle::contrastRatio(color, background) < StatusStyle::kMinimumContrast;
         ++step) {
        color = QColor::fromRgbF(color.redF() + (target.redF() - color.redF()) * 0.15f,
                                 color.greenF() + (target.greenF() - color.greenF()) * 0.15f,
                                 color.blueF() + (target.blueF() - color.blueF()) * 0.15f);
    }
    return color;
}

QIcon makeIcon(const QColor& color, Shape shape)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(140), 2));
    p.setBrush(color);
    switch (shape) {
    case Shape::Circle:
        p.drawEllipse(QRectF(5, 5, 22, 22));
        break;
    case Shape::Triangle: {
        QPainterPath path;
        path.moveTo(16, 4);
        path.lineTo(29, 27);
        path.lineTo(3, 27);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Shape::Square:
        p.drawRect(QRectF(6, 6, 20, 20));
        break;
    case Shape::Cross:
        p.setPen(QPen(color, 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(8, 8, 24, 24);
        p.drawLine(24, 8, 8, 24);
        break;
    }
    return QIcon(pixmap);
}
} // namespace

double StatusStyle::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusStyle::errorColor(const QColor& background)
{
    return forStatus(CertificateStatus::Revoked, background).color;
}

QString StatusStyle::errorColorName()
{
    return errorColor(QGuiApplication::palette().color(QPalette::Window)).name();
}

QString StatusStyle::successColorName()
{
    return forStatus(CertificateStatus::Valid, QGuiApplication::palette().color(QPalette::Window)).color.name();
}

StatusStyle StatusStyle::forStatus(CertificateStatus status)
{
    return forStatus(status, QGuiApplication::palette().color(QPalette::Base));
}

StatusStyle StatusStyle::forStatus(CertificateStatus status, const QColor& background)
{
    const Look look = lookFor(status);
    // Light text reads better on this background than dark text: a dark palette.
    const bool dark = contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    const QColor color = withContrast(QColor(dark ? look.onDark : look.onLight), background,
                                      dark ? QColor(Qt::white) : QColor(Qt::black));
    static QHash<QPair<int, QRgb>, QIcon> icons;
    const QPair<int, QRgb> key(static_cast<int>(status), color.rgb());
    auto it = icons.find(key);
    if (it == icons.end()) {
        it = icons.insert(key, makeIcon(color, look.shape));
    }
    return {labelFor(status), color, *it};
}

} // namespace signet
