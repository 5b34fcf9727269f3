#pragma once

#include <QList>

#include <optional>

namespace Stride {

// Small numeric helpers shared by the figures. Every function that can divide by zero returns
// std::nullopt ("no data") instead of NaN or infinity.
class Stats final {
public:
    static std::optional<double> ratio(double numerator, double denominator);
    static std::optional<double> mean(const QList<double>& values);
    // Median of the values (mean of the two middle ones for an even count).
    static std::optional<double> median(QList<double> values);
    // Population standard deviation (the spread around the mean of exactly these values).
    static std::optional<double> stddev(const QList<double>& values);
    // Pearson correlation of paired values; nullopt when fewer than 2 pairs or either side has zero variance.
    static std::optional<double> pearson(const QList<double>& x, const QList<double>& y);
    static constexpr qint64 day = 86400;
};

} // namespace Stride
