#pragma once

#include "domain/stage.h"
#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// One stay of an opportunity in a stage, one row of `stage_history`. The open entry (no leftAt) is the
// current stage; OpportunityRepository::changeStage closes it and opens the next in the same write.
struct StageHistoryEntry final : SyncedRow<StageHistoryEntry> {
    QString opportunityId;
    Stage stage = Stage::Lead;
    qint64 enteredAt = 0;
    std::optional<qint64> leftAt;
    QString byRepId; // who moved the opportunity into this stage

    static QString entity();
    static const FieldMapping<StageHistoryEntry>& mapping();
};

} // namespace Stride
