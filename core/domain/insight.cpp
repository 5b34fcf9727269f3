#include "insight.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Insight::entity() {
    return u"insights"_s;
}

const FieldMapping<Insight>& Insight::mapping() {
    static const FieldMapping<Insight> m{
        {u"visit_id"_s, &Insight::visitId},       {u"rep_id"_s, &Insight::repId},
        {u"customer_id"_s, &Insight::customerId}, {u"text"_s, &Insight::text},
        {u"industry"_s, &Insight::industry},      {u"objection_type"_s, &Insight::objectionType},
        {u"status"_s, &Insight::status},          {u"approved_by"_s, &Insight::approvedBy},
        {u"approved_at"_s, &Insight::approvedAt}, {u"created_at"_s, &Insight::createdAt},
    };
    return m;
}

} // namespace Stride
