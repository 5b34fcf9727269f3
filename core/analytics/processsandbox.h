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

struct SandboxRep {
    QString repId, name;
    std::optional<double> x, y;    // the two chosen metrics; nullopt = no data for this rep
    std::optional<double> winRate; // won ÷ (won + lost) of deals closed in the period
    qint64 closed = 0;
};

struct SandboxCorrelation {
    QString metric;
    qint64 n = 0;            // reps with both the metric and a win rate
    std::optional<double> r; // Pearson r; nullopt when n < 3 or either side has zero variance
    QString note;            // why r is missing, or a one-line reading ("strong positive", …)
};

struct ProcessSandboxResult {
    QString metricX, metricY;
    QList<SandboxRep> reps; // every active rep in scope, by name
    SandboxCorrelation xVsWin, yVsWin;
};

// Process sandbox (docs/sales-method.md rule 17): two process metrics per rep against the rep's win rate, over the
// filter's period and team/rep scope. Metrics (codes):
//   visits          visits logged by the rep in the period
//   call_minutes    effective call minutes: sum of duration_min of the rep's visits lasting ≥ 5 minutes
//   onsite_share    on-site visits ÷ visits (no visits → no data)
//   needs_rate      needs-confirmation rate: the rep's opportunities created in the period that reached needs
//                   or later ÷ those created (none → no data)
//   points          behaviour points earned in the period
//   key_action_rate standard actions done ÷ due (StandardActionLedger; nothing due → no data)
// Win rate: stage won ÷ (won + lost) over the rep's opportunities closed (closed_at, else stage_entered_at) in the
// period; a rep with no closed deal has no win rate and is left out of r. r needs n ≥ 3 and non-zero variance on
// both sides, else it is "no data" with the reason in note.
class ProcessSandbox final {
public:
    static const QStringList& metrics();
    static Result<ProcessSandboxResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock,
                                                const QString& metricX, const QString& metricY);
    static SandboxCorrelation correlate(const QString& metric, const QList<double>& x, const QList<double>& y);
};

} // namespace Stride
