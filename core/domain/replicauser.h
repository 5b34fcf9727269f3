#pragma once

#include "role.h"

#include <QString>

namespace Stride {

// Who the replica's user is, as the server said at sign-in and at each sync: the account name, its role, and the
// rep and team the account acts as (the owner of the customers it adds). Empty until the first sign-in.
struct ReplicaUser {
    QString name; // the account name (an e-mail address for most organisations)
    QString role; // rep, supervisor, director, admin
    QString repId;
    QString teamId;

    bool signedIn() const { return !name.isEmpty(); }
    Role kind() const { return roleFromString(role); }
    bool isRep() const { return kind() == Role::Rep; }
    bool isSupervisor() const { return kind() == Role::Supervisor; }
    bool isAdmin() const { return kind() == Role::Admin; }
    // A director or an admin: the whole organisation, like the server's own rule.
    bool seesAll() const { return seesWholeOrganisation(kind()); }

    bool operator==(const ReplicaUser& o) const {
        return name == o.name && role == o.role && repId == o.repId && teamId == o.teamId;
    }
    bool operator!=(const ReplicaUser& o) const { return !(*this == o); }
};

} // namespace Stride
