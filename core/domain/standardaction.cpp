#include "standardaction.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString StandardAction::entity() {
    return u"standard_actions"_s;
}

const FieldMapping<StandardAction>& StandardAction::mapping() {
    static const FieldMapping<StandardAction> m{
        {u"name"_s, &StandardAction::name},
        {u"name_zh"_s, &StandardAction::nameZh},
        {u"trigger_stage"_s, &StandardAction::triggerStage},
        {u"action_code"_s, &StandardAction::actionCode},
        {u"deadline_hours"_s, &StandardAction::deadlineHours},
        {u"active"_s, &StandardAction::active},
    };
    return m;
}

} // namespace Stride
