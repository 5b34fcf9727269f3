#include "task.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Task::entity() {
    return u"tasks"_s;
}

const FieldMapping<Task>& Task::mapping() {
    static const FieldMapping<Task> m{
        {u"owner_id"_s, &Task::ownerId},
        {u"customer_id"_s, &Task::customerId},
        {u"opportunity_id"_s, &Task::opportunityId},
        {u"title"_s, &Task::title},
        {u"due_at"_s, &Task::dueAt},
        {u"source"_s, &Task::source},
        {u"source_key"_s, &Task::sourceKey},
        {u"done_at"_s, &Task::doneAt},
    };
    return m;
}

} // namespace Stride
