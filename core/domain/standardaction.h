#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// A standard sales action (docs/sales-method.md rule 9), one row of `standard_actions`: entering triggerStage makes
// the action due within deadlineHours, e.g. a third-party case study within 48 h of objection handling.
struct StandardAction final : SyncedRow<StandardAction> {
    QString name;
    QString nameZh;
    QString triggerStage; // a stage code (stageCode), empty when not stage-triggered
    QString actionCode;
    int deadlineHours = 0;
    bool active = true;

    static QString entity();
    static const FieldMapping<StandardAction>& mapping();
};

} // namespace Stride
