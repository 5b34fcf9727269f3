#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A customer (客户), one row of `customers`. Text columns left empty are NULL in the table.
struct Customer final : SyncedRow<Customer> {
    QString name;
    QString nameEn;
    QString industry; // e.g. "manufacturing", "education"
    QString sizeBand;
    QString region;
    QString address;
    QString ownerId; // reps.id of the owning rep: decides who sees the customer
    QString tier;    // "A", "B", "C" (docs/sales-method.md rule 2) or empty before the first score
    QString budgetBand;
    QString decisionChain; // 决策链
    QString demandStage;
    QString tags;
    std::optional<double> satisfaction;       // 0–100, S of the value score
    std::optional<double> trialParticipation; // 0–100, T of the value score
    std::optional<qint64> createdAt;

    static QString entity();
    static const FieldMapping<Customer>& mapping();
};

} // namespace Stride
