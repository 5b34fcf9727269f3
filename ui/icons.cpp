#include "icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Stride {

namespace {

class GlyphEngine final : public QIconEngine {
public:
    explicit GlyphEngine(Icons::Kind kind)
        : m_kind(kind) {}

    QIconEngine* clone() const override { return new GlyphEngine(m_kind); }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const qreal s = qMin(rect.width(), rect.height());
        p->translate(rect.center() - QPointF(s / 2, s / 2));
        p->scale(s / 24.0, s / 24.0);
        QColor c = accent();
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4);
        QPen pen(c, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        draw(*p, c);
        p->restore();
    }

private:
    QColor accent() const {
        switch (m_kind) {
        case Icons::Kind::Today:
            return QColor(0xf2, 0x99, 0x1e);
        case Icons::Kind::Tasks:
            return QColor(0x0e, 0xa5, 0xe9);
        case Icons::Kind::Customers:
        case Icons::Kind::Team:
            return QColor(0x3b, 0x82, 0xf6);
        case Icons::Kind::Visits:
        case Icons::Kind::LogVisit:
            return QColor(0x10, 0xb9, 0x81);
        case Icons::Kind::Pipeline:
            return QColor(0x8b, 0x5c, 0xf6);
        case Icons::Kind::Dashboards:
            return QColor(0xec, 0x48, 0x99);
        case Icons::Kind::Knowledge:
            return QColor(0xd9, 0x77, 0x06);
        case Icons::Kind::Sync:
            return QColor(0x06, 0xb6, 0xd4);
        case Icons::Kind::Export:
        case Icons::Kind::Import:
            return QColor(0x16, 0xa3, 0x4a);
        default:
            return QColor(0x64, 0x74, 0x8b);
        }
    }

    void person(QPainter& p, qreal x, qreal y, qreal k) const {
        p.drawEllipse(QPointF(x, y), 3.2 * k, 3.2 * k);
        QPainterPath body;
        body.moveTo(x - 6 * k, y + 11 * k);
        body.cubicTo(x - 6 * k, y + 5 * k, x + 6 * k, y + 5 * k, x + 6 * k, y + 11 * k);
        p.drawPath(body);
    }

    void draw(QPainter& p, const QColor& c) const {
        switch (m_kind) {
        case Icons::Kind::App: {
            p.setBrush(c.lighter(150));
            p.drawRoundedRect(QRectF(2, 2, 20, 20), 5, 5);
            p.drawPolyline(QPolygonF({QPointF(6, 16), QPointF(10, 11), QPointF(13, 14), QPointF(18, 7)}));
            break;
        }
        case Icons::Kind::Today: {
            p.drawEllipse(QPointF(12, 12), 4.5, 4.5);
            for (int i = 0; i < 8; ++i) {
                p.save();
                p.translate(12, 12);
                p.rotate(45.0 * i);
                p.drawLine(QPointF(0, -7.5), QPointF(0, -10));
                p.restore();
            }
            break;
        }
        case Icons::Kind::Tasks: // a ticked box and two lines
            p.drawRect(QRectF(4, 5, 6, 6));
            p.drawPolyline(QPolygonF({QPointF(5, 8), QPointF(7, 10), QPointF(11, 5)}));
            p.drawLine(QPointF(13, 8), QPointF(20, 8));
            p.drawRect(QRectF(4, 14, 6, 6));
            p.drawLine(QPointF(13, 17), QPointF(20, 17));
            break;
        case Icons::Kind::Customers:
            person(p, 12, 7, 1.0);
            break;
        case Icons::Kind::Team:
            person(p, 8, 8, 0.8);
            person(p, 16, 8, 0.8);
            break;
        case Icons::Kind::Visits:
        case Icons::Kind::LogVisit: {
            QPainterPath pin;
            pin.moveTo(12, 21);
            pin.cubicTo(5, 13, 5, 10, 5, 9);
            pin.arcTo(QRectF(5, 2, 14, 14), 180, -180);
            pin.cubicTo(19, 10, 19, 13, 12, 21);
            p.drawPath(pin);
            p.drawEllipse(QPointF(12, 9), 2.2, 2.2);
            break;
        }
        case Icons::Kind::Pipeline: {
            p.drawPolygon(QPolygonF(
                {QPointF(3, 4), QPointF(21, 4), QPointF(14, 13), QPointF(14, 20), QPointF(10, 18), QPointF(10, 13)}));
            break;
        }
        case Icons::Kind::Dashboards:
            p.drawLine(QPointF(6, 20), QPointF(6, 12));
            p.drawLine(QPointF(12, 20), QPointF(12, 5));
            p.drawLine(QPointF(18, 20), QPointF(18, 9));
            break;
        case Icons::Kind::Knowledge:
            p.drawRoundedRect(QRectF(5, 3, 14, 18), 2, 2);
            p.drawLine(QPointF(9, 8), QPointF(15, 8));
            p.drawLine(QPointF(9, 12), QPointF(15, 12));
            break;
        case Icons::Kind::Sync: {
            p.drawArc(QRectF(4, 4, 16, 16), 30 * 16, 150 * 16);
            p.drawArc(QRectF(4, 4, 16, 16), 210 * 16, 150 * 16);
            p.drawLine(QPointF(19, 4), QPointF(19, 8.5));
            p.drawLine(QPointF(5, 15.5), QPointF(5, 20));
            break;
        }
        case Icons::Kind::Settings: {
            p.drawEllipse(QPointF(12, 12), 3, 3);
            for (int i = 0; i < 6; ++i) {
                p.save();
                p.translate(12, 12);
                p.rotate(60.0 * i);
                p.drawLine(QPointF(0, -6), QPointF(0, -9.5));
                p.restore();
            }
            p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
            break;
        }
        case Icons::Kind::Add:
            p.drawLine(QPointF(12, 5), QPointF(12, 19));
            p.drawLine(QPointF(5, 12), QPointF(19, 12));
            break;
        case Icons::Kind::Export: // a sheet's grid with an arrow leaving it
            p.drawRect(QRectF(3, 4, 12, 16));
            p.drawLine(QPointF(3, 9.5), QPointF(15, 9.5));
            p.drawLine(QPointF(3, 14.5), QPointF(15, 14.5));
            p.drawLine(QPointF(9, 4), QPointF(9, 20));
            p.drawLine(QPointF(13, 12), QPointF(21.5, 12));
            p.drawPolyline(QPolygonF({QPointF(18.5, 9), QPointF(21.5, 12), QPointF(18.5, 15)}));
            break;
        case Icons::Kind::Import: // an arrow entering a sheet's grid
            p.drawRect(QRectF(9, 4, 12, 16));
            p.drawLine(QPointF(9, 9.5), QPointF(21, 9.5));
            p.drawLine(QPointF(9, 14.5), QPointF(21, 14.5));
            p.drawLine(QPointF(15, 4), QPointF(15, 20));
            p.drawLine(QPointF(2.5, 12), QPointF(11, 12));
            p.drawPolyline(QPolygonF({QPointF(8, 9), QPointF(11, 12), QPointF(8, 15)}));
            break;
        }
    }

    Icons::Kind m_kind;
};

} // namespace

QIcon Icons::icon(Kind kind) {
    return QIcon(new GlyphEngine(kind));
}

} // namespace Stride
