#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

class Database;

struct SimilarCycle {
    qint64 count = 0;                 // similar closed deals it rests on (the sample size, always shown)
    std::optional<double> meanDays;   // nullopt when count = 0
    std::optional<double> spreadDays; // population standard deviation; nullopt below Forecast::minSpreadSample
    // Quartiles of the days to signing (linear interpolation between the closest ranks).
    std::optional<double> p25Days, medianDays, p75Days;
    // When the server computed these over the whole organisation (OrgAggregates); 0: from this replica's deals.
    qint64 orgAsOf = 0;
};

struct ForecastDeal {
    QString opportunityId, title, ownerId, stage, industry, budgetBand, decisionChain;
    double amount = 0;
    qint64 expectedClose = 0;
    qint64 signalKinds = 0;  // distinct evidence kinds
    qint64 lastSignalAt = 0; // 0 without signals
    bool highRisk = false;   // signalKinds < 2
    bool fresh = false;      // a signal in (now − 72 h, now]
    // Its expected close already lies before now while it is still open: the date is stale.
    bool pastExpectedClose = false;
    qint64 daysPastExpectedClose = 0; // whole days since the expected close; 0 unless pastExpectedClose
    SimilarCycle similar;
};

struct ForecastRootCause {
    QString opportunityId, title;
    double amount = 0;
    QString cause;               // "lost", "slipped"
    QString detail;              // lost reason, or the stage and days past the expected close
    bool underEvidenced = false; // it had fewer than 2 signal kinds
};

struct ForecastBoard {
    qint64 deals = 0;
    double amount = 0;
    std::optional<double> backedShare;       // deals with ≥ 2 signal kinds ÷ deals
    std::optional<double> backedAmountShare; // same by amount
    std::optional<double> freshShare;        // deals with a signal in the last 72 h ÷ deals
    qint64 pastExpectedClose = 0;            // open forecast deals whose expected close is already past
    // Rolling window (now − 90 d, now]: forecast deals whose expected close fell in it.
    double windowForecastAmount = 0;
    double windowWonAmount = 0;
    std::optional<double> deviation;     // |won − forecast| ÷ forecast; nullopt when nothing was forecast
    std::optional<double> accuracy;      // max(0, 1 − deviation)
    QList<ForecastRootCause> rootCauses; // only when deviation > 25 %, by amount descending
};

struct ForecastResult {
    QList<ForecastDeal> deals; // open forecast deals, high risk first, then by amount descending
    ForecastBoard board;
};

// Forecast with evidence (docs/sales-method.md rule 14), at the clock's "now", over owners in the filter's team/rep
// scope.
// - forecast deal: an open opportunity (lead … objection) with forecast = 1; with a period, only those whose
//   expected_close lies in it. Evidence = distinct forecast_signals kinds; < 2 → high risk.
// - similar-deal cycle: won opportunities (whole org) closed in the last 3 × 365 days with the same industry,
//   budget band and decision chain (opportunity fields, falling back to the customer's); days to signing =
//   (closed_at − created_at) / 86400; mean ± population standard deviation, with the count. A spread needs at
//   least minSpreadSample deals: below it only the mean and the count are given. A deal missing any of the three
//   keys has no similar deals.
// - a forecast deal whose expected close is before now is flagged pastExpectedClose (counted on the board).
// - board: backed share, fresh share (signal within 72 h) over the forecast deals; rolling accuracy over forecast
//   deals of any stage whose expected_close lies in (now − 90 d, now]: won amount (stage won) against their
//   forecast amount. Deviation > 25 % lists the root causes: every deal of the window not won — "lost" with its
//   reason, or "slipped" (still open past its expected close) — flagged when it had fewer than 2 signal kinds.
class Forecast final {
public:
    static constexpr double deviationThreshold = 0.25;
    static constexpr qint64 minSpreadSample = 3;
    static Result<ForecastResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
};

} // namespace Stride
