#include "customer.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Customer::entity() {
    return u"customers"_s;
}

const FieldMapping<Customer>& Customer::mapping() {
    static const FieldMapping<Customer> m{
        {u"name"_s, &Customer::name},
        {u"name_en"_s, &Customer::nameEn},
        {u"industry"_s, &Customer::industry},
        {u"size_band"_s, &Customer::sizeBand},
        {u"region"_s, &Customer::region},
        {u"address"_s, &Customer::address},
        {u"owner_id"_s, &Customer::ownerId},
        {u"tier"_s, &Customer::tier},
        {u"budget_band"_s, &Customer::budgetBand},
        {u"decision_chain"_s, &Customer::decisionChain},
        {u"demand_stage"_s, &Customer::demandStage},
        {u"tags"_s, &Customer::tags},
        {u"satisfaction"_s, &Customer::satisfaction},
        {u"trial_participation"_s, &Customer::trialParticipation},
        {u"created_at"_s, &Customer::createdAt},
    };
    return m;
}

} // namespace Stride
