#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A to-do (待办), one row of `tasks`. Tasks made by the system carry a sourceKey naming what made them
// (e.g. "visit:<id>:competitor"), so the same trigger never creates a second task (TaskRepository::createOnce).
struct Task final : SyncedRow<Task> {
    QString ownerId;
    QString customerId;
    QString opportunityId;
    QString title;
    std::optional<qint64> dueAt;
    QString source;               // "manual", "visit", "rule", "escalation", "onboarding"
    QString sourceKey;            // unique per trigger for generated tasks; empty for manual ones
    std::optional<qint64> doneAt; // empty: open

    bool isOpen() const { return !doneAt.has_value(); }

    static QString entity();
    static const FieldMapping<Task>& mapping();
};

} // namespace Stride
