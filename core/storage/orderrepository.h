#pragma once

#include "domain/order.h"
#include "storage/repository.h"

namespace Stride {

// Purchases (orders): the input of the purchase cycle and of P in the value score.
class OrderRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Order> order(const QString& id) const;
    // Errors: no customer, no date, negative amount.
    Result<QString> save(const Order& order);
    Status remove(const QString& id);
    // A customer's orders, oldest first.
    Result<QList<Order>> forCustomer(const QString& customerId) const;
    // All orders with from <= orderedAt < to, oldest first.
    Result<QList<Order>> between(qint64 from, qint64 to) const;
};

} // namespace Stride
