#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// A purchase (采购记录), one row of `orders`: drives the purchase cycle and P of the value score.
struct Order final : SyncedRow<Order> {
    QString customerId;
    qint64 orderedAt = 0;
    double amount = 0; // CNY

    static QString entity();
    static const FieldMapping<Order>& mapping();
};

} // namespace Stride
