#include "peoplechecks.h"

#include "domain/role.h"
#include "serverdatabase.h"
#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

struct RepRow {
    bool found = false;
    QString name;
    QString role;
    QString teamId;
};

Result<RepRow> liveRep(ServerDatabase& db, const QString& id) {
    Result<QSqlQuery> q = db.exec(u"SELECT name, role, team_id FROM reps WHERE id = ? AND deleted = 0"_s, {id});
    if (!q)
        return fail(q.error());
    RepRow r;
    if (q->next())
        r = {true, q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    q->finish();
    return r;
}

// The team's name for a message, or its id when it has none (yet).
QString teamLabel(ServerDatabase& db, const QString& id) {
    Result<QSqlQuery> q = db.exec(u"SELECT name FROM teams WHERE id = ?"_s, {id});
    QString name;
    if (q && q->next())
        name = q->value(0).toString();
    if (q)
        q->finish();
    return name.isEmpty() ? id : u"%1 (%2)"_s.arg(name, id);
}

// `supervisorId` must be a live supervisor whose team is `teamId`.
Status checkSupervisor(ServerDatabase& db, const QString& field, const QString& supervisorId, const QString& teamId,
                       const QString& teamName) {
    Result<RepRow> s = liveRep(db, supervisorId);
    if (!s)
        return fail(s.error());
    if (!s->found)
        return fail(u"%1: there is no person '%2'"_s.arg(field, supervisorId));
    if (roleFromString(s->role) != Role::Supervisor)
        return fail(u"%1: %2 is a %3, not a supervisor"_s.arg(field, s->name, s->role));
    if (teamId.isEmpty() || s->teamId != teamId)
        return fail(
            u"%1: %2 is not a supervisor of team %3"_s.arg(field, s->name, teamId.isEmpty() ? u"(none)"_s : teamName));
    return {};
}

Status checkTeam(ServerDatabase& db, const QString& id, const QVariantMap& row, bool remove) {
    const QString name = row.value(u"name"_s).toString();
    if (remove) {
        Result<QSqlQuery> q = db.exec(u"SELECT count(*) FROM reps WHERE team_id = ? AND deleted = 0 AND "
                                      "COALESCE(active, 1) <> 0"_s,
                                      {id});
        if (!q)
            return fail(q.error());
        const qint64 people = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (people > 0)
            return fail(u"team %1 still has %2 active %3: move them to another team or let them leave first"_s
                            .arg(teamLabel(db, id))
                            .arg(people)
                            .arg(people == 1 ? u"person"_s : u"people"_s));
        return {};
    }
    Result<QSqlQuery> q =
        db.exec(u"SELECT id, name FROM teams WHERE deleted = 0 AND id <> ? AND LOWER(TRIM(name)) = LOWER(TRIM(?))"_s,
                {id, name});
    if (!q)
        return fail(q.error());
    if (q->next()) {
        const QString other = q->value(0).toString();
        const QString otherName = q->value(1).toString();
        q->finish();
        return fail(u"a team named '%1' already exists (%2)"_s.arg(otherName, other));
    }
    q->finish();
    const QString supervisor = row.value(u"supervisor_id"_s).toString();
    if (!supervisor.isEmpty())
        return checkSupervisor(db, u"teams.supervisor_id"_s, supervisor, id, name.isEmpty() ? id : name);
    return {};
}

Status checkRep(ServerDatabase& db, const QString& id, const QVariantMap& row) {
    const QString team = row.value(u"team_id"_s).toString();
    if (!team.isEmpty()) {
        Result<QSqlQuery> q = db.exec(u"SELECT 1 FROM teams WHERE id = ? AND deleted = 0"_s, {team});
        if (!q)
            return fail(q.error());
        const bool found = q->next();
        q->finish();
        if (!found)
            return fail(u"reps.team_id: there is no team '%1'"_s.arg(team));
    }
    const QString supervisor = row.value(u"supervisor_id"_s).toString();
    if (supervisor.isEmpty() || supervisor == id)
        return {};
    if (roleFromString(row.value(u"role"_s).toString()) != Role::Rep) {
        // A supervisor (or director) answers to someone above the teams: a director or an admin will do too.
        Result<RepRow> above = liveRep(db, supervisor);
        if (!above)
            return fail(above.error());
        if (above->found && seesWholeOrganisation(roleFromString(above->role)))
            return {};
    }
    return checkSupervisor(db, u"reps.supervisor_id"_s, supervisor, team, teamLabel(db, team));
}

} // namespace

Status PeopleChecks::check(ServerDatabase& db, const EntityDef& def, const QString& id, const QVariantMap& row,
                           bool remove) {
    if (def.name == u"teams"_s)
        return checkTeam(db, id, row, remove);
    if (def.name == u"reps"_s && !remove)
        return checkRep(db, id, row);
    return {};
}

} // namespace Stride::Server
