#include "opportunity.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Opportunity::entity() {
    return u"opportunities"_s;
}

const FieldMapping<Opportunity>& Opportunity::mapping() {
    static const FieldMapping<Opportunity> m{
        {u"customer_id"_s, &Opportunity::customerId},
        {u"owner_id"_s, &Opportunity::ownerId},
        {u"title"_s, &Opportunity::title},
        {u"amount"_s, &Opportunity::amount},
        {u"stage"_s, &Opportunity::stage},
        {u"stage_entered_at"_s, &Opportunity::stageEnteredAt},
        {u"expected_close"_s, &Opportunity::expectedClose},
        {u"forecast"_s, &Opportunity::forecast},
        {u"lost_reason"_s, &Opportunity::lostReason},
        {u"industry"_s, &Opportunity::industry},
        {u"budget_band"_s, &Opportunity::budgetBand},
        {u"decision_chain"_s, &Opportunity::decisionChain},
        {u"demand_stage"_s, &Opportunity::demandStage},
        {u"auto_tag"_s, &Opportunity::autoTag},
        {u"created_at"_s, &Opportunity::createdAt},
        {u"closed_at"_s, &Opportunity::closedAt},
    };
    return m;
}

} // namespace Stride
