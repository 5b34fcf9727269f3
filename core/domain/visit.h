#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A visit record (拜访记录), one row of `visits`. Visits are append-only: written once, never edited.
// A visit ends with a next action and its due time, or an explicit reason for none (docs/sales-method.md rule 5).
struct Visit final : SyncedRow<Visit> {
    QString customerId;
    QString repId;
    QString contactId;
    qint64 visitedAt = 0; // epoch secs
    QString channel;      // "onsite", "phone", "video", "chat"
    std::optional<qint64> durationMin;
    QString address;
    QString summary;
    QString outcome;
    QString competitorNotes; // non-empty → a follow-up task is created with the visit
    QString nextAction;
    std::optional<qint64> nextActionDue; // epoch secs
    QString noActionReason;
    QString behaviourTypeId; // behaviour_types.id, for behaviour points
    QString insight;         // one-line 实战心得; non-empty → an insight awaiting approval

    static QString entity();
    static const FieldMapping<Visit>& mapping();
    static const QStringList& channels();
};

} // namespace Stride
