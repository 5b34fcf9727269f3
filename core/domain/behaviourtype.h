#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// A high-value action of the behaviour-points catalogue (行为积分, docs/sales-method.md rule 13), one row of
// `behaviour_types`, e.g. pain-point interview +5.
struct BehaviourType final : SyncedRow<BehaviourType> {
    QString code; // stable key, e.g. "pain_point_interview"
    QString name;
    QString nameZh;
    QString category; // the leaderboard shows points by category
    int points = 0;

    static QString entity();
    static const FieldMapping<BehaviourType>& mapping();
};

} // namespace Stride
