#include "behaviourtype.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString BehaviourType::entity() {
    return u"behaviour_types"_s;
}

const FieldMapping<BehaviourType>& BehaviourType::mapping() {
    static const FieldMapping<BehaviourType> m{
        {u"code"_s, &BehaviourType::code},      {u"name"_s, &BehaviourType::name},
        {u"name_zh"_s, &BehaviourType::nameZh}, {u"category"_s, &BehaviourType::category},
        {u"points"_s, &BehaviourType::points},
    };
    return m;
}

} // namespace Stride
