#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A service issue (服务问题), one row of `service_tickets`. Response time = firstResponseAt − openedAt.
struct ServiceTicket final : SyncedRow<ServiceTicket> {
    QString customerId;
    QString subject;
    qint64 openedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> closedAt;
    std::optional<double> satisfaction; // 0–100, given at closing

    static QString entity();
    static const FieldMapping<ServiceTicket>& mapping();
};

} // namespace Stride
