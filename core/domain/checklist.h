#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A rep's morning checklist (晨会清单) for one day: exactly three key customers (docs/sales-method.md rule 1),
// one row of `checklists`.
struct Checklist final : SyncedRow<Checklist> {
    QString repId;
    QString day; // 'YYYY-MM-DD'
    QString customer1Id;
    QString customer2Id;
    QString customer3Id;
    std::optional<qint64> tickedAt; // when the rep confirmed the three

    QStringList customerIds() const { return {customer1Id, customer2Id, customer3Id}; }

    static QString entity();
    static const FieldMapping<Checklist>& mapping();
};

} // namespace Stride
