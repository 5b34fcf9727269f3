#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "domain/stages.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

class Database;

struct MissingAction {
    QString actionCode, actionName;
    qint64 missed = 0;
};

struct HealthLine {
    QString id, name; // rep or team ("" / "org" for the organisation)
    QString teamId;   // for rep lines
    qint64 due = 0, done = 0;
    std::optional<double> completion; // done ÷ due; nullopt ("no data") when nothing was due
    Light light = Light::NoData;
    QList<MissingAction> topMissing; // filled only behind a red light: at most 3
};

struct ProcessHealthResult {
    QList<HealthLine> reps;  // every active rep (role rep) in scope, by name
    QList<HealthLine> teams; // every team in scope, by name
    HealthLine org;          // all instances in scope pooled
};

// Process-health lights (docs/sales-method.md rule 8). Key actions and their completion are defined by
// StandardActionLedger (standard_actions fired by stage entries, evidenced by visits with the action's behaviour code
// or by the action's task done in time), over instances whose deadline lies in the filter's period and has passed.
// - completion = done ÷ due, pooled over the rep's (team's, org's) instances; a team pools all its reps.
// - light: green when completion > 90 %, yellow when 70 % ≤ completion ≤ 90 %, red below 70 %; no data when
//   nothing was due.
// - top missing actions (red lights only): the rep's/team's missed instances counted per action, most missed
//   first, ties by action name then code; at most three.
class ProcessHealth final {
public:
    static Light lightFor(std::optional<double> completion);
    static Result<ProcessHealthResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
};

} // namespace Stride
