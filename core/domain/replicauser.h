#pragma once

#include <QString>

namespace Stride {

// What a user may see and do follows their role; the replica and the server store it as its name.
enum class Role { Rep, Supervisor, Director, Admin, Unknown };

// Who the replica's user is, as the server said at sign-in and at each sync: the account name, its role, and the
// rep and team the account acts as (the owner of the customers it adds). Empty until the first sign-in.
struct ReplicaUser {
    QString name; // the account name (an e-mail address for most organisations)
    QString role; // rep, supervisor, director, admin
    QString repId;
    QString teamId;

    static Role roleOf(const QString& name);
    static QString roleName(Role role);

    bool signedIn() const { return !name.isEmpty(); }
    Role kind() const { return roleOf(role); }
    bool isRep() const { return kind() == Role::Rep; }
    bool isSupervisor() const { return kind() == Role::Supervisor; }
    bool isAdmin() const { return kind() == Role::Admin; }
    // A director or an admin: the whole organisation, like the server's own rule.
    bool seesAll() const { return kind() == Role::Director || kind() == Role::Admin; }

    bool operator==(const ReplicaUser& o) const {
        return name == o.name && role == o.role && repId == o.repId && teamId == o.teamId;
    }
    bool operator!=(const ReplicaUser& o) const { return !(*this == o); }
};

} // namespace Stride
