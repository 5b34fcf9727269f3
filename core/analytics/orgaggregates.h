#pragma once

#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/forecast.h"
#include "analyticsfilter.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stride {

class Database;

// The organisation's purchases in the value score's window, as quantile breakpoints: enough to place any amount
// within 0.1 of its exact percentile rank without holding any other customer's row.
struct PurchaseDistribution {
    qint64 windowFrom = 0; // orders with windowFrom <= ordered_at <= windowTo count
    qint64 windowTo = 0;
    qint64 customers = 0; // N: live customers of the organisation, with or without purchases
    struct Point {
        double amount = 0; // a purchase total (> 0) some customers have, rounded to cents
        qint64 below = 0;  // customers whose total is strictly less
        qint64 equal = 0;  // customers whose total is exactly this
    };
    QList<Point> points; // ascending amounts; the smallest and the largest total are always points
    qint64 computedAt = 0;
};

// Similar-deal cycles per (industry, budget band, decision chain), keyed by OrgAggregates::similarKey().
struct SimilarCycles {
    QHash<QString, SimilarCycle> byKey;
    qint64 orgAsOf = 0; // when the server computed them; 0: from this replica's deals
};

// A leaderboard as the server computed it for one team (or every team the replica may see).
struct OrgLeaderboard {
    QList<LeaderboardEntry> rows; // ranked as BehaviourPoints ranks
    QStringList categories;
    qint64 orgAsOf = 0;
};

// The figures a rep's own are compared with: a team's (teamId) or the organisation's (empty teamId).
struct TeamBenchmark {
    QString teamId;  // empty: the whole organisation
    qint64 from = 0; // deals created in [from, to)
    qint64 to = 0;
    qint64 deals = 0;
    qint64 won = 0;
    qint64 lost = 0;
    std::optional<double> winRatePct;     // won ÷ (won + lost) × 100
    std::optional<double> meanDaysToWin;  // (closed_at − created_at) of the won ones
    QMap<QString, qint64> currentByStage; // deals in each stage now
    qint64 orgAsOf = 0;
};

// Coverage (rule 9) per month of the organisation and of each team, as the server computed it over every rep.
struct CoverageBenchmarks {
    CoverageSeries org;          // id "org"
    QList<CoverageSeries> teams; // the teams this replica may see, by id
    qint64 orgAsOf = 0;          // 0: none synced
};

// Figures defined over the whole organisation (docs/sync-protocol.md "Organisation aggregates"). The server
// computes them (OrgAggregateService) and writes rows of the synced, server-only entity org_aggregates; every
// replica reads the same rows here, so a rep's, a supervisor's and the director's laptop show the same P, score,
// tier, similar-deal cycle and leaderboard. A replica that never received them (no server, never synced) falls
// back to its own rows and says so (orgAsOf = 0).
//
// Rows (id: kind, or kind:scope): value_json is a JSON object, computed_at the server's time of computation.
//   purchase_distribution  {"window_from","window_to","customers","points":[[amount,below,equal],…]}
//   similar_cycle          {"from","to","groups":[{"industry","budget_band","decision_chain","n","mean_days",
//                           "spread_days","p25_days","median_days","p75_days"}]}
//   leaderboard            per team and period ("week", "month"): {"period","from","to","categories",
//                           "rows":[{"rep_id","name","team_id","points","actions","by_category":{…}}]}
//   funnel_benchmark       per team and for the organisation: {"from","to","deals","won","lost","win_rate_pct",
//                           "mean_days_to_win","by_stage":{…}}
//   coverage_benchmark     per team and for the organisation, the six months ending with the current one:
//                          {"months":[{"month","due","covered","coverage_pct"},…]}
//   stamp                  rewritten by every run of the server: its computed_at is the age of the whole set
class OrgAggregates final {
public:
    static inline const QString kEntity = QStringLiteral("org_aggregates");
    static inline const QString kPurchaseDistribution = QStringLiteral("purchase_distribution");
    static inline const QString kSimilarCycle = QStringLiteral("similar_cycle");
    static inline const QString kLeaderboard = QStringLiteral("leaderboard");
    static inline const QString kFunnelBenchmark = QStringLiteral("funnel_benchmark");
    static inline const QString kCoverageBenchmark = QStringLiteral("coverage_benchmark");
    static inline const QString kStamp = QStringLiteral("stamp");
    static constexpr int kCoverageMonths = 6;
    // How far a percentile read from the breakpoints may be from the exact rank, in points of P.
    static constexpr double kPercentilePrecision = 0.1;
    // The similar-deal window: closed in the last 3 × 365 days.
    static constexpr qint64 kSimilarWindowSecs = qint64(3) * 365 * 86400;
    // The benchmarks' window: deals created in the last 180 days.
    static constexpr qint64 kBenchmarkWindowSecs = qint64(180) * 86400;

    // --- the figures themselves, shared by the server and the replica's fallback ---
    // Purchase totals are compared in cents, so the server's and a replica's sums of the same orders agree.
    static double roundAmount(double amount);
    // The distribution of these customers' totals (one per live customer, 0 without purchases).
    static PurchaseDistribution distributionOf(QList<double> totals, qint64 windowFrom, qint64 windowTo);
    // P = 100 · (L + E/2) / (N − 1) as in ValueScore::compute, read from the breakpoints; 0 for no purchases.
    static double percentile(const PurchaseDistribution& d, double total);
    static QString similarKey(const QString& industry, const QString& budgetBand, const QString& decisionChain);
    // Count, mean, population spread and quartiles of days to signing.
    static SimilarCycle cycleOf(QList<double> days);

    // --- value_json of each kind ---
    static QJsonObject toJson(const PurchaseDistribution& d);
    static std::optional<PurchaseDistribution> distributionFromJson(const QJsonObject& o);
    static QJsonObject cycleToJson(const QString& industry, const QString& budgetBand, const QString& decisionChain,
                                   const SimilarCycle& c);

    // --- what a replica reads ---
    // When the server last computed the set (the stamp row); 0 when none was ever synced.
    static Result<qint64> asOf(const Database& db);
    static Result<std::optional<PurchaseDistribution>> purchaseDistribution(const Database& db);
    // The organisation's similar-deal cycles; without an aggregate, those of this replica's won deals closed in
    // (now − 3 years, now].
    static Result<SimilarCycles> similarCycles(const Database& db, qint64 now);
    // The leaderboard for the filter's period, when the server computed one for exactly that period: a rep's
    // filter shows the rep's team, a team filter that team, the organisation every team the replica holds.
    static Result<std::optional<OrgLeaderboard>> leaderboard(const Database& db, const AnalyticsFilter& filter);
    // The funnel benchmarks the replica holds (its team's and the organisation's).
    static Result<QList<TeamBenchmark>> benchmarks(const Database& db);
    // The coverage benchmarks the replica holds, with CoverageKpi's target and alert rule applied.
    static Result<CoverageBenchmarks> coverageBenchmarks(const Database& db,
                                                         double target = CoverageKpi::defaultTarget);
};

} // namespace Stride
