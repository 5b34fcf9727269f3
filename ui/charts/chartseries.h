#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <Qt>

namespace Stride {

// One named series for ChartWidget: a value per category (bars, lines). No colour: the chart theme's. Lines may be
// dashed or dotted, e.g. a benchmark drawn beside the figure it is compared with.
struct ChartSeries {
    QString name;
    QList<double> values;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
};

} // namespace Stride
