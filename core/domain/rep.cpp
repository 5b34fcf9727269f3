#include "rep.h"

#include "role.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Rep::entity() {
    return u"reps"_s;
}

const QStringList& Rep::roles() {
    return roleNames();
}

const FieldMapping<Rep>& Rep::mapping() {
    static const FieldMapping<Rep> m{
        {u"name"_s, &Rep::name},
        {u"name_en"_s, &Rep::nameEn},
        {u"role"_s, &Rep::role},
        {u"team_id"_s, &Rep::teamId},
        {u"supervisor_id"_s, &Rep::supervisorId},
        {u"hire_date"_s, &Rep::hireDate},
        {u"email"_s, &Rep::email},
        {u"active"_s, &Rep::active},
    };
    return m;
}

} // namespace Stride
