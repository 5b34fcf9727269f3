#include "checklist.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Checklist::entity() {
    return u"checklists"_s;
}

const FieldMapping<Checklist>& Checklist::mapping() {
    static const FieldMapping<Checklist> m{
        {u"rep_id"_s, &Checklist::repId},
        {u"day"_s, &Checklist::day},
        {u"customer1_id"_s, &Checklist::customer1Id},
        {u"customer2_id"_s, &Checklist::customer2Id},
        {u"customer3_id"_s, &Checklist::customer3Id},
        {u"ticked_at"_s, &Checklist::tickedAt},
    };
    return m;
}

} // namespace Stride
