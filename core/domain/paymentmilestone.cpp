#include "paymentmilestone.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString PaymentMilestone::entity() {
    return u"payment_milestones"_s;
}

const FieldMapping<PaymentMilestone>& PaymentMilestone::mapping() {
    static const FieldMapping<PaymentMilestone> m{
        {u"opportunity_id"_s, &PaymentMilestone::opportunityId},
        {u"due_at"_s, &PaymentMilestone::dueAt},
        {u"amount"_s, &PaymentMilestone::amount},
        {u"paid_at"_s, &PaymentMilestone::paidAt},
    };
    return m;
}

} // namespace Stride
