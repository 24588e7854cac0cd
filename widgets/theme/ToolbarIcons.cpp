#include "theme/ToolbarIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace nephos::widgets {

namespace {

/// Draws `kind` into a 24 × 24 box (the painter is scaled to the pixmap size).
void draw(QPainter& p, ToolbarIcons::Kind kind, const QColor& c)
{
    using K = ToolbarIcons::Kind;
    QPen pen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case K::New: {
        QPainterPath page;
        page.moveTo(6, 3);
        page.lineTo(14, 3);
        page.lineTo(19, 8);
        page.lineTo(19, 21);
        page.lineTo(6, 21);
        page.closeSubpath();
        p.drawPath(page);
        p.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
        break;
    }
    case K::Open: {
        QPainterPath folder;
        folder.moveTo(3, 6);
        folder.lineTo(9, 6);
        folder.lineTo(11, 8);
        folder.lineTo(20, 8);
        folder.lineTo(20, 19);
        folder.lineTo(3, 19);
        folder.closeSubpath();
        p.drawPath(folder);
        p.drawLine(QPointF(3, 11), QPointF(20, 11));
        break;
    }
    case K::Save:
        p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2);
        p.drawRect(QRectF(8, 4, 8, 5));
        p.setBrush(c);
        p.drawRect(QRectF(8, 13, 8, 5));
        break;
    case K::Undo:
    case K::Redo: {
        if (kind == K::Redo) {
            p.translate(24, 0);
            p.scale(-1, 1);
        }
        QPainterPath arc;
        arc.moveTo(6, 10);
        arc.lineTo(14, 10);
        arc.cubicTo(21, 10, 21, 20, 14, 20);
        arc.lineTo(9, 20);
        p.drawPath(arc);
        p.drawPolyline(QPolygonF({QPointF(10, 6), QPointF(6, 10), QPointF(10, 14)}));
        break;
    }
    case K::Run:
        p.setBrush(c);
        p.drawPolygon(QPolygonF({QPointF(7, 4), QPointF(19, 12), QPointF(7, 20)}));
        break;
    case K::Pause:
        p.setBrush(c);
        p.drawRect(QRectF(6, 5, 4, 14));
        p.drawRect(QRectF(14, 5, 4, 14));
        break;
    case K::Step:
        p.setBrush(c);
        p.drawPolygon(QPolygonF({QPointF(5, 5), QPointF(15, 12), QPointF(5, 19)}));
        p.drawRect(QRectF(17, 5, 2.5, 14));
        break;
    case K::Stop:
        p.setBrush(c);
        p.drawRoundedRect(QRectF(6, 6, 12, 12), 1.5, 1.5);
        break;
    case K::Live: {
        // A circular "re-run" arrow with a dot: re-simulates after every edit.
        p.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 290 * 16);
        p.setBrush(c);
        p.drawPolygon(QPolygonF({QPointF(15, 2.5), QPointF(20.5, 5.5), QPointF(15.5, 9)}));
        p.drawEllipse(QPointF(12, 12), 2.5, 2.5);
        break;
    }
    }
}

double luminance(const QColor& c)
{
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double ToolbarIcons::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ToolbarIcons::color(const QPalette& palette, QIcon::Mode mode, QIcon::State state)
{
    const QColor text = palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor back = palette.color(QPalette::Active, QPalette::Button);
    if (mode == QIcon::Disabled)
        return mix(text, back, 0.68); // plainly fainter than enabled, still visible
    if (state == QIcon::On)
        return accent(palette);
    return text;
}

QColor ToolbarIcons::accent(const QPalette& palette)
{
    const QColor back = palette.color(QPalette::Active, QPalette::Button);
    QColor hi = palette.color(QPalette::Active, QPalette::Highlight);
    const bool darkBack = luminance(back) < 0.2;
    for (int i = 0; i < 4 && contrast(hi, back) < 3.0; ++i)
        hi = darkBack ? hi.lighter(135) : hi.darker(135);
    return hi;
}

QIcon ToolbarIcons::icon(Kind kind, const QPalette& palette)
{
    QIcon out;
    for (const int size : {16, 24, 32, 48}) {
        for (const QIcon::State state : {QIcon::Off, QIcon::On}) {
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active}) {
                QPixmap pm(size, size);
                pm.fill(Qt::transparent);
                QPainter p(&pm);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(size / 24.0, size / 24.0);
                draw(p, kind, color(palette, mode == QIcon::Active ? QIcon::Normal : mode, state));
                p.end();
                out.addPixmap(pm, mode, state);
            }
        }
    }
    return out;
}

} // namespace nephos::widgets
