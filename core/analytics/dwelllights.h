#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "domain/dwellthreshold.h"
#include "domain/stages.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Stride {

class Database;
class EntityStore;

struct DwellItem {
    QString opportunityId, title, customerId, ownerId, supervisorId, stage;
    qint64 stageEnteredAt = 0;
    qint64 lastActivityAt = 0;
    bool lastActivityIsVisit = false; // the last activity is a visit on the customer, not the stage entry
    double idleDays = 0;              // what the light is computed from (not the days in stage)
    DwellThreshold threshold;         // the stage's yellow and red limits the light was judged against
    Light light = Light::Green;
};

struct DwellResult {
    QList<DwellItem> items;                // open opportunities, most idle first
    QMap<QString, QList<qint64>> perStage; // stage → {green, yellow, red} counts
    qint64 green = 0, yellow = 0, red = 0;
};

// Stage-dwell lights (docs/sales-method.md rule 7), computed at the clock's "now"; the period of the filter is ignored
// (a light describes the present state of every open deal in the team/rep scope).
// - last activity = max(stage_entered_at, latest visit on the opportunity's customer at or after it);
//   idle days = (now − last activity) / 86400.
// - light: red when idle > red threshold, yellow when idle > yellow threshold, else green (strictly greater:
//   exactly 5.0 days in demo is still green).
// - thresholds are the organisation's policy: org_policy key "dwell.thresholds" holds JSON {"demo":[5,7], …};
//   missing stages take defaults() (lead 7/14, contact 5/10, needs 7/10, demo 5/7, objection 7/14).
// - escalate(): every red item becomes ONE task on its supervisor's list (reps.supervisor_id, else the
//   team's supervisor), source "escalation", source_key "dwell:<opportunity>:<stage>:<stage_entered_at>".
//   A key that already exists in tasks (even deleted or done) is never created again, so recomputing is
//   harmless and a new stay in the same stage escalates anew.
class DwellLights final {
public:
    static QMap<QString, DwellThreshold> defaults();
    static Result<QMap<QString, DwellThreshold>> thresholds(const Database& db);

    static Result<DwellResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
    // Returns the number of tasks created.
    static Result<int> escalate(EntityStore& store, const DwellResult& result);
    static QString sourceKey(const DwellItem& item);
};

} // namespace Stride
