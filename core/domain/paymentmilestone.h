#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A payment due on a signed deal (docs/sales-method.md rule 15), one row of `payment_milestones`.
struct PaymentMilestone final : SyncedRow<PaymentMilestone> {
    QString opportunityId;
    qint64 dueAt = 0;
    double amount = 0;
    std::optional<qint64> paidAt; // empty: unpaid; overdue when dueAt has passed

    static QString entity();
    static const FieldMapping<PaymentMilestone>& mapping();
};

} // namespace Stride
