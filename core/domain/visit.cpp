#include "visit.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Visit::entity() {
    return u"visits"_s;
}

const QStringList& Visit::channels() {
    static const QStringList all{u"onsite"_s, u"phone"_s, u"video"_s, u"chat"_s};
    return all;
}

const FieldMapping<Visit>& Visit::mapping() {
    static const FieldMapping<Visit> m{
        {u"customer_id"_s, &Visit::customerId},
        {u"rep_id"_s, &Visit::repId},
        {u"contact_id"_s, &Visit::contactId},
        {u"visited_at"_s, &Visit::visitedAt},
        {u"channel"_s, &Visit::channel},
        {u"duration_min"_s, &Visit::durationMin},
        {u"address"_s, &Visit::address},
        {u"summary"_s, &Visit::summary},
        {u"outcome"_s, &Visit::outcome},
        {u"competitor_notes"_s, &Visit::competitorNotes},
        {u"next_action"_s, &Visit::nextAction},
        {u"next_action_due"_s, &Visit::nextActionDue},
        {u"no_action_reason"_s, &Visit::noActionReason},
        {u"behaviour_type_id"_s, &Visit::behaviourTypeId},
        {u"insight"_s, &Visit::insight},
    };
    return m;
}

} // namespace Stride
