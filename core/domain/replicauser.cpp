#include "replicauser.h"

using namespace Qt::StringLiterals;

namespace Stride {

Role ReplicaUser::roleOf(const QString& name) {
    if (name == u"rep"_s)
        return Role::Rep;
    if (name == u"supervisor"_s)
        return Role::Supervisor;
    if (name == u"director"_s)
        return Role::Director;
    if (name == u"admin"_s)
        return Role::Admin;
    return Role::Unknown;
}

QString ReplicaUser::roleName(Role role) {
    switch (role) {
    case Role::Rep:
        return u"rep"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Director:
        return u"director"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Unknown:
        break;
    }
    return QString();
}

} // namespace Stride
