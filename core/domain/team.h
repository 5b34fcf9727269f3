#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// A sales team led by a supervisor, one row of `teams`.
struct Team final : SyncedRow<Team> {
    QString name;
    QString region;
    QString supervisorId;

    static QString entity();
    static const FieldMapping<Team>& mapping();
};

} // namespace Stride
