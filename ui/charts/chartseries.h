#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Stride {

// One named series for ChartWidget: a value per category (bars, lines). No colour: the chart theme's.
struct ChartSeries {
    QString name;
    QList<double> values;
    QColor color;
};

} // namespace Stride
