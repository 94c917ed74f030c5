// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <functional>

namespace jieshui::ui {

namespace {

const QColor kInk(0x26, 0x32, 0x38);
const QColor kAccent(0x15, 0x65, 0xc0);

/** An icon painted at 24 and 48 px on a 24-unit canvas by @p paint. */
QIcon painted(const std::function<void(QPainter&)>& paint) {
    QIcon icon;
    for (const int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        paint(painter);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void magnifier(QPainter& p, bool plus) {
    p.setPen(QPen(kInk, 2.2, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5);
    p.drawLine(QPointF(15, 15), QPointF(21, 21));
    p.setPen(QPen(kAccent, 2.2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(7, 10), QPointF(13, 10));
    if (plus)
        p.drawLine(QPointF(10, 7), QPointF(10, 13));
}

} // namespace

QIcon ToolIcons::zoomIn() {
    return painted([](QPainter& p) { magnifier(p, true); });
}

QIcon ToolIcons::zoomOut() {
    return painted([](QPainter& p) { magnifier(p, false); });
}

QIcon ToolIcons::fullExtent() {
    return painted([](QPainter& p) {
        p.setPen(QPen(kInk, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        // Four corner brackets around a small map shape.
        const QPointF corners[] = {{3, 3}, {21, 3}, {21, 21}, {3, 21}};
        for (int i = 0; i < 4; ++i) {
            const QPointF c = corners[i];
            const double dx = c.x() < 12 ? 5 : -5, dy = c.y() < 12 ? 5 : -5;
            QPainterPath path;
            path.moveTo(c.x() + dx, c.y());
            path.lineTo(c);
            path.lineTo(c.x(), c.y() + dy);
            p.drawPath(path);
        }
        p.setPen(QPen(kAccent, 1.5));
        p.setBrush(QColor(kAccent.red(), kAccent.green(), kAccent.blue(), 90));
        p.drawPolygon(QPolygonF({{8, 9}, {14, 7}, {17, 12}, {14, 17}, {8, 16}}));
    });
}

QIcon ToolIcons::zoomBox() {
    return painted([](QPainter& p) {
        p.setPen(QPen(kAccent, 1.8, Qt::DashLine));
        p.setBrush(QColor(kAccent.red(), kAccent.green(), kAccent.blue(), 40));
        p.drawRect(QRectF(3, 3, 13, 11));
        p.setPen(QPen(kInk, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawEllipse(QPointF(15, 15), 4.5, 4.5);
        p.drawLine(QPointF(18.5, 18.5), QPointF(22, 22));
    });
}

QIcon ToolIcons::presentation() {
    return painted([](QPainter& p) {
        p.setPen(QPen(kInk, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(2.5, 3.5, 19, 13));
        p.drawLine(QPointF(12, 16.5), QPointF(12, 20));
        p.drawLine(QPointF(8, 21), QPointF(16, 21));
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawPolygon(QPolygonF({{10, 7}, {15.5, 10}, {10, 13}}));
    });
}

QIcon ToolIcons::legend() {
    return painted([](QPainter& p) {
        const QColor swatches[] = {QColor(0x00, 0x9E, 0x73), QColor(0xE6, 0x9F, 0x00),
                                   QColor(0xD5, 0x5E, 0x00)};
        for (int i = 0; i < 3; ++i) {
            p.setPen(QPen(kInk, 1.0));
            p.setBrush(swatches[i]);
            p.drawRect(QRectF(3, 3.5 + i * 6.5, 6, 4.5));
            p.setPen(QPen(kInk, 1.8, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(12, 5.75 + i * 6.5), QPointF(21, 5.75 + i * 6.5));
        }
    });
}

} // namespace jieshui::ui
