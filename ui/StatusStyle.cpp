#include "StatusStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "StatusStyle", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
};
} // namespace

namespace {
enum class Shape { Circle, Triangle, Square, Cross };

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

StatusStyle StatusStyle::forStatus(const QString& status)
{
    static QHash<QString, QIcon> icons;
    const auto icon = [&](const QColor& color, Shape shape) {
        auto it = icons.find(status);
        if (it == icons.end()) {
            it = icons.insert(status, makeIcon(color, shape));
        }
        return *it;
    };
    if (status == QLatin1String("altered")) {
        const QColor c(0x8e, 0x24, 0xaa);
        return {Tr::tr("Altered outside Signet"), c, icon(c, Shape::Cross)};
    }
    if (status == QLatin1String("revoked")) {
        const QColor c(0xb0, 0x1e, 0x1e);
        return {Tr::tr("Revoked"), c, icon(c, Shape::Cross)};
    }
    if (status == QLatin1String("expired")) {
        const QColor c(0x80, 0x80, 0x80);
        return {Tr::tr("Expired"), c, icon(c, Shape::Square)};
    }
    if (status == QLatin1String("expiring")) {
        const QColor c(0xc7, 0x7c, 0x02);
        return {Tr::tr("Expiring soon"), c, icon(c, Shape::Triangle)};
    }
    if (status == QLatin1String("not-yet-valid")) {
        const QColor c(0x3b, 0x6e, 0xa8);
        return {Tr::tr("Not yet valid"), c, icon(c, Shape::Square)};
    }
    const QColor c(0x2e, 0x7d, 0x32);
    return {Tr::tr("Valid"), c, icon(c, Shape::Circle)};
}

} // namespace signet
