#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

class Database;

struct CoverageMonth {
    QString month;                  // "YYYY-MM" in the organisation's time zone (OrgCalendar)
    qint64 dueReps = 0;             // reps with at least one standard action due in the month
    qint64 coveredReps = 0;         // of those, reps who did every one of them
    std::optional<double> coverage; // percent, 0–100; nullopt ("no data") when no rep was due
    bool metTarget = false;         // coverage >= target
    // The month has not ended at the clock's now (the running month, or one still ahead): shown, but its
    // coverage is provisional and never decides the alert.
    bool partial = false;
    bool belowTarget = false; // coverage < target (a month without data is neither met nor below)
};

struct CoverageSeries {
    QString id, name; // team id/name, or "org"
    QList<CoverageMonth> months;
    // The last three COMPLETE months have data and coverage fell twice in a row: c[-3] > c[-2] > c[-1].
    bool alert = false;
};

struct CoverageResult {
    double target = 85;
    CoverageSeries org;
    QList<CoverageSeries> teams; // teams that had any rep due in the months, by name
};

// Standard actions & coverage KPI (docs/sales-method.md rule 9). Standard actions are the rows of standard_actions;
// what is due and done is StandardActionLedger's definition (instances by deadline, only deadlines already past).
// - months: the calendar months (in the organisation's time zone, OrgCalendar::of) overlapping the filter's
//   period; without a period the six months ending with the clock's current month.
// - per month: a rep is due when at least one instance's deadline falls in the month, covered when all of
//   those instances are done; coverage = covered ÷ due × 100 (per team over the team's reps, org over all).
// - a month not yet over at now is marked partial; months under the target are marked belowTarget.
// - alert: coverage declined two complete months in a row: the last three complete months of the series, all
//   with data, each lower than the one before. A partial month never raises nor clears it.
class CoverageKpi final {
public:
    static constexpr double defaultTarget = 85;
    static Result<CoverageResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock,
                                          double target = defaultTarget);
    // Over the complete (non-partial) months of the series.
    static bool declinedTwice(const QList<CoverageMonth>& months);
};

} // namespace Stride
