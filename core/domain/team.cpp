#include "team.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Team::entity() {
    return u"teams"_s;
}

const FieldMapping<Team>& Team::mapping() {
    static const FieldMapping<Team> m{
        {u"name"_s, &Team::name},
        {u"region"_s, &Team::region},
        {u"supervisor_id"_s, &Team::supervisorId},
    };
    return m;
}

} // namespace Stride
