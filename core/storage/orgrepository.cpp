#include "orgrepository.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<Team> OrgRepository::team(const QString& id) const {
    return byId<Team>(id);
}

Result<QList<Team>> OrgRepository::teams() const {
    return selectList<Team>(u"WHERE deleted = 0 ORDER BY name"_s);
}

Result<QString> OrgRepository::saveTeam(const Team& team) {
    if (team.name.trimmed().isEmpty())
        return fail(u"a team needs a name"_s);
    return applyReturningFirstId({writeFor(team)});
}

Result<Rep> OrgRepository::rep(const QString& id) const {
    return byId<Rep>(id);
}

Result<QList<Rep>> OrgRepository::reps() const {
    return selectList<Rep>(u"WHERE deleted = 0 ORDER BY name"_s);
}

Result<QList<Rep>> OrgRepository::repsWithRole(const QString& role) const {
    return selectList<Rep>(u"WHERE role = ? AND deleted = 0 ORDER BY name"_s, {role});
}

Result<bool> OrgRepository::hasAnyone() const {
    Result<QSqlQuery> q = database().exec(u"SELECT EXISTS (SELECT 1 FROM reps)"_s);
    if (!q)
        return fail(q.error());
    const bool any = q->next() && q->value(0).toBool();
    q->finish();
    return any;
}

Result<QList<Rep>> OrgRepository::teamMembers(const QString& teamId) const {
    return selectList<Rep>(u"WHERE team_id = ? AND deleted = 0 ORDER BY name"_s, {teamId});
}

Result<QList<Rep>> OrgRepository::supervisedBy(const QString& supervisorId) const {
    return selectList<Rep>(u"WHERE role = 'rep' AND deleted = 0 AND (supervisor_id = ? OR team_id IN (SELECT id "
                           "FROM teams WHERE supervisor_id = ? AND deleted = 0)) ORDER BY name"_s,
                           {supervisorId, supervisorId});
}

Result<QString> OrgRepository::saveRep(const Rep& rep) {
    if (rep.name.trimmed().isEmpty())
        return fail(u"a rep needs a name"_s);
    if (!Rep::roles().contains(rep.role))
        return fail(u"role must be one of %1, not '%2'"_s.arg(Rep::roles().join(u", "_s), rep.role));
    return applyReturningFirstId({writeFor(rep)});
}

} // namespace Stride
