#include "TrayIconPainter.h"

#include <QPainter>
#include <QPainterPath>

namespace ocd {

QImage TrayIconPainter::paint(int severity, int unacknowledged, bool feedDown, int size)
{
    QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF body(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    p.setPen(QPen(QColor(0, 0, 0, 140), s * 0.04));

    if (feedDown) {
        // Grey: the desk does not know the state. A hollow ring with a cross reads as "no data".
        p.setBrush(QColor(0x9e, 0x9e, 0x9e));
        p.drawEllipse(body);
        p.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        return img;
    }
    switch (severity) {
    case 0:
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(body);
        p.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(
            QPolygonF{QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)});
        break;
    case 1:
    case 2: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.95, s * 0.92);
        triangle.lineTo(s * 0.05, s * 0.92);
        triangle.closeSubpath();
        p.setBrush(severity == 1 ? QColor(0xf9, 0xa8, 0x25) : QColor(0x7b, 0x1f, 0xa2));
        p.drawPath(triangle);
        p.setPen(
            QPen(severity == 1 ? QColor(0x21, 0x21, 0x21) : Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.62));
        p.drawPoint(QPointF(s * 0.5, s * 0.78));
        break;
    }
    default:
        p.setBrush(severity >= 4 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xd3, 0x2f, 0x2f));
        p.drawRoundedRect(body, s * 0.12, s * 0.12);
        p.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (severity >= 4) { // host DOWN: an arrow down
            p.drawLine(QPointF(s * 0.5, s * 0.24), QPointF(s * 0.5, s * 0.72));
            p.drawPolyline(QPolygonF{QPointF(s * 0.3, s * 0.54), QPointF(s * 0.5, s * 0.74),
                                     QPointF(s * 0.7, s * 0.54)});
        } else { // critical: a cross
            p.drawLine(QPointF(s * 0.3, s * 0.3), QPointF(s * 0.7, s * 0.7));
            p.drawLine(QPointF(s * 0.7, s * 0.3), QPointF(s * 0.3, s * 0.7));
        }
        break;
    }

    if (unacknowledged > 0) {
        const QString text = unacknowledged > 99 ? QStringLiteral("99+") : QString::number(unacknowledged);
        const QRectF badge(s * 0.46, s * 0.0, s * 0.54, s * 0.44);
        p.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), s * 0.04));
        p.setBrush(Qt::white);
        p.drawRoundedRect(badge, s * 0.2, s * 0.2);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(s * (text.size() > 2 ? 0.22 : 0.32)));
        p.setFont(f);
        p.setPen(QColor(0xb7, 0x1c, 0x1c));
        p.drawText(badge, Qt::AlignCenter, text);
    }
    return img;
}

} // namespace ocd
