#pragma once

#include "domain/serviceticket.h"
#include "storage/repository.h"

namespace Stride {

// Service tickets: response times feed the morning briefing and the risk flags (> 48 h).
class ServiceTicketRepository final : public Repository {
public:
    using Repository::Repository;

    Result<ServiceTicket> ticket(const QString& id) const;
    // Errors: no customer, no opening time, responses or closing before opening, satisfaction outside 0–100.
    Result<QString> save(const ServiceTicket& ticket);
    // A customer's tickets, newest first.
    Result<QList<ServiceTicket>> forCustomer(const QString& customerId) const;
    // The customer's most recently opened ticket, or nothing.
    Result<std::optional<ServiceTicket>> latestForCustomer(const QString& customerId) const;
    Status recordFirstResponse(const QString& id, qint64 at);
    Status close(const QString& id, qint64 at, std::optional<double> satisfaction = std::nullopt);
};

} // namespace Stride
