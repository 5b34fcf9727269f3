#pragma once

#include "analyticsfilter.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

class Database;

struct FunnelStage {
    QString stage;
    qint64 current = 0; // opportunities whose stage is this one now
    qint64 reached = 0; // opportunities that entered this stage or a later pipeline stage
    // reached(next) / reached(this); nullopt for won and when reached(this) = 0.
    std::optional<double> conversionToNext;
    qint64 stays = 0;                 // completed stays (left_at set) in stage_history
    std::optional<double> meanDays;   // over completed stays; nullopt without any
    std::optional<double> medianDays; // ditto
};

struct LostReasonCount {
    QString reason; // "unspecified" when the lost_reason is empty
    qint64 count = 0;
};

struct FunnelResult {
    QList<FunnelStage> stages; // lead, contact, needs, demo, objection, won
    qint64 total = 0;          // opportunities in scope, lost included
    qint64 won = 0;
    qint64 lost = 0;
    std::optional<double> winRate;      // won / (won + lost); nullopt when nothing closed
    QList<LostReasonCount> lostReasons; // by count descending, ties by reason ascending
};

// Funnel (docs/sales-method.md rule 3). Scope: non-deleted opportunities whose owner is in the filter's team/rep and
// whose created_at lies in the period (no period: all).
// - reached(stage): an opportunity reached a stage when its stage_history or its current stage is that stage
//   or a later one in lead→contact→needs→demo→objection→won (a skipped stage counts as passed). A lost deal
//   reached the furthest pipeline stage in its history.
// - conversion(stage→next) = reached(next) ÷ reached(stage).
// - days in stage: (left_at − entered_at) / 86400 over completed stage_history stays of the in-scope
//   opportunities for lead…objection; open stays are excluded (see DwellLights for those).
class Funnel final {
public:
    static Result<FunnelResult> compute(const Database& db, const AnalyticsFilter& filter);
};

} // namespace Stride
