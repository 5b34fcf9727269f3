#include "orderrepository.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<Order> OrderRepository::order(const QString& id) const {
    return byId<Order>(id);
}

Result<QString> OrderRepository::save(const Order& order) {
    if (order.customerId.isEmpty())
        return fail(u"an order needs a customer"_s);
    if (order.orderedAt <= 0)
        return fail(u"an order needs its date"_s);
    if (order.amount < 0)
        return fail(u"an order's amount cannot be negative"_s);
    return applyReturningFirstId({writeFor(order)});
}

Status OrderRepository::remove(const QString& id) {
    return store().remove(Order::entity(), id);
}

Result<QList<Order>> OrderRepository::forCustomer(const QString& customerId) const {
    return selectList<Order>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY ordered_at"_s, {customerId});
}

Result<QList<Order>> OrderRepository::between(qint64 from, qint64 to) const {
    return selectList<Order>(u"WHERE ordered_at >= ? AND ordered_at < ? AND deleted = 0 ORDER BY ordered_at"_s,
                             {from, to});
}

} // namespace Stride
