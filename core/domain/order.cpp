#include "order.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Order::entity() {
    return u"orders"_s;
}

const FieldMapping<Order>& Order::mapping() {
    static const FieldMapping<Order> m{
        {u"customer_id"_s, &Order::customerId},
        {u"ordered_at"_s, &Order::orderedAt},
        {u"amount"_s, &Order::amount},
    };
    return m;
}

} // namespace Stride
