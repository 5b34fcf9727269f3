#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stride {

class Database;

struct OpportunityHealthItem {
    QString opportunityId, title, customerId, ownerId, stage;
    qint64 touches = 0;          // visits on the customer in the last 30 days
    qint64 evidence = 0;         // forecast_signals attached to the opportunity
    bool priceObjection = false; // 价格高 / "price too high" in the last 90 days of visit notes
    bool needsApproval = false;  // 需要审批 / "needs approval" in the same notes
    int touchScore = 0, evidenceScore = 0, feedbackScore = 0;
    int score = 0;           // 0–100
    QStringList suggestions; // only when score < threshold
};

struct OpportunityHealthResult {
    QList<OpportunityHealthItem> items; // lowest score first, ties by opportunity id
    std::optional<double> meanScore;    // nullopt without open opportunities
    qint64 below = 0;                   // items under the threshold
    int threshold = 60;
};

// Opportunity health score (docs/sales-method.md rule 11) for every open opportunity (lead … objection) whose owner is
// in the filter's scope, at the clock's "now" (the period is ignored: health is a present-tense figure).
//   touch    = min(visits on the customer in (now − 30 d, now], 4) × 10          → 0–40
//   evidence = min(forecast signals of the opportunity (documents/evidence), 3) × 10 → 0–30
//   feedback = 30 − 15 per negative keyword family found in the summary, outcome or competitor notes of the
//              customer's visits in (now − 90 d, now]: price (价格高, "price too high") and approval (需要审批,
//              "needs approval"), ASCII case-insensitive                          → 0–30
//   score = touch + evidence + feedback. Under 60 the item carries suggestions: one per weak part (fewer than 2
//   touches, fewer than 2 evidence items, each keyword family found).
class OpportunityHealth final {
public:
    static constexpr int defaultThreshold = 60;
    static Result<OpportunityHealthResult> compute(const Database& db, const AnalyticsFilter& filter,
                                                   const Clock& clock, int threshold = defaultThreshold);
};

} // namespace Stride
