#include "valuescore.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
double clamp100(std::optional<double> v) {
    return v ? std::clamp(*v, 0.0, 100.0) : 0.0;
}
} // namespace

QString ValueScore::tierFor(double score, const ValueScorePolicy& policy) {
    if (score >= policy.tierA)
        return u"A"_s;
    if (score >= policy.tierB)
        return u"B"_s;
    return u"C"_s;
}

void ValueScore::combine(ValueScoreBreakdown& b, std::optional<double> satisfaction, std::optional<double> trial,
                         const ValueScorePolicy& policy) {
    b.s = clamp100(satisfaction);
    b.t = clamp100(trial);
    b.score = policy.weightP * b.p + policy.weightS * b.s + policy.weightT * b.t;
    b.tier = tierFor(b.score, policy);
}

QList<ValueScoreBreakdown> ValueScore::compute(const QList<ValueScoreInput>& inputs, const ValueScorePolicy& policy) {
    const qsizetype n = inputs.size();
    std::vector<double> sorted;
    sorted.reserve(size_t(n));
    for (const ValueScoreInput& in : inputs)
        sorted.push_back(in.purchaseAmount);
    std::sort(sorted.begin(), sorted.end());

    QList<ValueScoreBreakdown> out;
    out.reserve(n);
    for (const ValueScoreInput& in : inputs) {
        ValueScoreBreakdown b;
        b.customerId = in.customerId;
        b.purchaseAmount = in.purchaseAmount;
        if (in.purchaseAmount > 0) {
            if (n == 1) {
                b.p = 100;
            } else {
                const auto lower = std::lower_bound(sorted.begin(), sorted.end(), in.purchaseAmount);
                const auto upper = std::upper_bound(sorted.begin(), sorted.end(), in.purchaseAmount);
                const double below = double(lower - sorted.begin());
                const double equalOthers = double(upper - lower) - 1; // not counting the customer itself
                b.p = 100.0 * (below + equalOthers / 2.0) / double(n - 1);
            }
        }
        combine(b, in.satisfaction, in.trial, policy);
        out << b;
    }
    return out;
}

} // namespace Stride
