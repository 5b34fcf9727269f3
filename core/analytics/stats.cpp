#include "stats.h"

#include <algorithm>
#include <cmath>

namespace Stride {

std::optional<double> Stats::ratio(double numerator, double denominator) {
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

std::optional<double> Stats::mean(const QList<double>& values) {
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<double> Stats::median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> Stats::stddev(const QList<double>& values) {
    const std::optional<double> m = mean(values);
    if (!m)
        return std::nullopt;
    double sq = 0;
    for (double v : values)
        sq += (v - *m) * (v - *m);
    return std::sqrt(sq / double(values.size()));
}

std::optional<double> Stats::pearson(const QList<double>& x, const QList<double>& y) {
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    const double mx = *mean(x);
    const double my = *mean(y);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    // Relative guard: a variance that is only rounding noise is zero variance.
    if (sxx <= 1e-12 * (1 + mx * mx) * double(x.size()) || syy <= 1e-12 * (1 + my * my) * double(y.size()))
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

} // namespace Stride
