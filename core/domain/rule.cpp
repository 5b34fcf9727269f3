#include "rule.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Rule::entity() {
    return u"rules"_s;
}

const FieldMapping<Rule>& Rule::mapping() {
    static const FieldMapping<Rule> m{
        {u"name"_s, &Rule::name},
        {u"name_zh"_s, &Rule::nameZh},
        {u"condition_json"_s, &Rule::conditionJson},
        {u"action_json"_s, &Rule::actionJson},
        {u"active"_s, &Rule::active},
    };
    return m;
}

} // namespace Stride
