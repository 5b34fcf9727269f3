#pragma once

namespace Stride {

// The customer value score's weights and tier thresholds (docs/sales-method.md rule 2), with the product's defaults; an
// organisation sets its own in its policy (OrgPolicy, key score.weights and score.tiers).
struct ValueScorePolicy {
    double weightP = 0.4;
    double weightS = 0.3;
    double weightT = 0.3;
    double tierA = 80; // score >= tierA → A (weekly visit)
    double tierB = 60; // score >= tierB → B (fortnightly), below → C (monthly)
    int windowMonths = 3;

    bool operator==(const ValueScorePolicy& o) const {
        return weightP == o.weightP && weightS == o.weightS && weightT == o.weightT && tierA == o.tierA &&
               tierB == o.tierB && windowMonths == o.windowMonths;
    }
    bool operator!=(const ValueScorePolicy& o) const { return !(*this == o); }
};

} // namespace Stride
