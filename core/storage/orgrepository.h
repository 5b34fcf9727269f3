#pragma once

#include "domain/rep.h"
#include "domain/team.h"
#include "storage/repository.h"

namespace Stride {

// Teams and the people of the organisation (reps of every role).
class OrgRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Team> team(const QString& id) const;
    Result<QList<Team>> teams() const; // by name
    // Errors: empty name.
    Result<QString> saveTeam(const Team& team);

    Result<Rep> rep(const QString& id) const;
    Result<QList<Rep>> reps() const; // by name
    // "rep", "supervisor", "director" or "admin", by name.
    Result<QList<Rep>> repsWithRole(const QString& role) const;
    // Everyone in the team, by name.
    Result<QList<Rep>> teamMembers(const QString& teamId) const;
    // The reps (role "rep") a supervisor leads: members of the teams whose supervisor they are, and reps
    // naming them as supervisor directly. By name.
    Result<QList<Rep>> supervisedBy(const QString& supervisorId) const;
    // Errors: empty name, unknown role.
    Result<QString> saveRep(const Rep& rep);
    // Whether the replica holds any person at all, removed ones included: none means nothing was ever loaded
    // into it (the app fills such a demo replica with the demo organisation).
    Result<bool> hasAnyone() const;
};

} // namespace Stride
