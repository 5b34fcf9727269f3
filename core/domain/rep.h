#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A user of the organisation, one row of `reps` (every role, not only sales reps).
struct Rep final : SyncedRow<Rep> {
    QString name;
    QString nameEn;
    QString role; // a Role's name (domain/role.h)
    QString teamId;
    QString supervisorId;
    std::optional<qint64> hireDate; // epoch secs; first-month onboarding flow starts here
    QString email;
    bool active = true;

    static QString entity();
    static const FieldMapping<Rep>& mapping();
    static const QStringList& roles(); // every Role's name
};

} // namespace Stride
