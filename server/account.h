#pragma once

#include "domain/role.h"

#include <QString>

namespace Stride::Server {

// A signed-in user as the server sees them: who they are and what they may see.
struct Account {
    QString id;
    QString name;
    QString role; // rep, supervisor, director, admin
    QString teamId;
    QString repId; // the reps row this account acts as (owner of customers, tasks …)
    bool disabled = false;

    Role kind() const { return roleFromString(role); }
    bool seesAll() const { return seesWholeOrganisation(kind()); }
    bool isSupervisor() const { return kind() == Role::Supervisor; }
    bool isAdmin() const { return kind() == Role::Admin; }
};

} // namespace Stride::Server
