#include "role.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString roleToString(Role role) {
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

Role roleFromString(const QString& name) {
    for (Role role : allRoles()) {
        if (name == roleToString(role))
            return role;
    }
    return Role::Unknown;
}

const QList<Role>& allRoles() {
    static const QList<Role> all{Role::Rep, Role::Supervisor, Role::Director, Role::Admin};
    return all;
}

const QStringList& roleNames() {
    static const QStringList names = [] {
        QStringList out;
        for (Role role : allRoles())
            out << roleToString(role);
        return out;
    }();
    return names;
}

bool isSupervisorOrAbove(Role role) {
    return role == Role::Supervisor || role == Role::Director || role == Role::Admin;
}

bool seesWholeOrganisation(Role role) {
    return role == Role::Director || role == Role::Admin;
}

bool canPinTier(Role role) {
    return role == Role::Supervisor || role == Role::Admin;
}

bool belongsToATeam(Role role) {
    return role == Role::Rep || role == Role::Supervisor;
}

bool canReassignTasks(Role role) {
    return role == Role::Supervisor || role == Role::Admin;
}

} // namespace Stride
