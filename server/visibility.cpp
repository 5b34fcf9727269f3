#include "visibility.h"

#include "serverdatabase.h"
#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

QVariant orNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

Result<QString> Visibility::teamOfRep(const QString& repId) {
    if (repId.isEmpty())
        return QString();
    Result<QSqlQuery> q = m_db.exec(u"SELECT team_id FROM reps WHERE id = ? AND deleted = 0"_s, {repId});
    if (!q)
        return fail(q.error());
    if (q->next())
        return q->value(0).toString();
    q->finish();
    Result<QSqlQuery> a = m_db.exec(u"SELECT team_id FROM accounts WHERE rep_id = ?"_s, {repId});
    if (!a)
        return fail(a.error());
    return a->next() ? a->value(0).toString() : QString();
}

Result<VisKey> Visibility::keyFor(const EntityDef& def, const QString& id, const QVariantMap& row) {
    switch (def.scope) {
    case Scope::Org:
        return VisKey{};
    case Scope::Aggregate:
        return VisKey{QString(), row.value(def.scopeField).toString()};
    case Scope::Rep: {
        const QString rep = row.value(def.scopeField).toString();
        Result<QString> team = teamOfRep(rep);
        if (!team)
            return fail(team.error());
        return VisKey{rep, *team};
    }
    case Scope::Customer:
    case Scope::Opportunity:
        break;
    }
    if (def.name == u"customers"_s) {
        const QString owner = row.value(u"owner_id"_s).toString();
        Result<QString> team = teamOfRep(owner);
        if (!team)
            return fail(team.error());
        return VisKey{owner, *team};
    }
    const QString parentTable = def.scope == Scope::Customer ? u"customers"_s : u"opportunities"_s;
    const QString parentId = row.value(def.scopeField).toString();
    if (parentId.isEmpty())
        return fail(u"%1 %2 needs %3"_s.arg(def.name, id, def.scopeField));
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT vis_rep, vis_team FROM %1 WHERE id = ? AND deleted = 0"_s.arg(parentTable), {parentId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"%1 refers to an unknown %2 '%3'"_s.arg(def.name, parentTable.chopped(1), parentId));
    return VisKey{q->value(0).toString(), q->value(1).toString()};
}

bool Visibility::canSee(const Account& a, const EntityDef& def, const VisKey& key) {
    if (def.scope == Scope::Org || a.seesAll())
        return true;
    if (def.scope == Scope::Aggregate)
        return key.team.isEmpty() || (!a.teamId.isEmpty() && key.team == a.teamId);
    if (a.isSupervisor())
        return !a.teamId.isEmpty() && key.team == a.teamId;
    return !a.repId.isEmpty() && key.rep == a.repId;
}

bool Visibility::canWrite(const Account& a, const EntityDef& def) {
    if (def.scope == Scope::Aggregate)
        return false; // only the server's own computation (OrgAggregateService) writes them
    return def.scope != Scope::Org || a.isAdmin();
}

QString Visibility::filter(const Account& a, const EntityDef& def, QVariantList& binds) {
    if (def.scope == Scope::Org || a.seesAll())
        return QString();
    if (def.scope == Scope::Aggregate) {
        // The organisation's rows (no team) and those of the account's own team, for reps and supervisors alike.
        binds << a.teamId;
        return u" AND (vis_team IS NULL OR vis_team = ?)"_s;
    }
    if (a.isSupervisor()) {
        binds << a.teamId;
        return u" AND vis_team = ?"_s;
    }
    binds << a.repId;
    return u" AND vis_rep = ?"_s;
}

Status Visibility::recordRemovals(const QString& entity, const QString& where, const QVariantList& binds,
                                  const VisKey& from, const VisKey& to, qint64 seq) {
    const QVariant rep = from.rep != to.rep ? orNull(from.rep) : QVariant(QMetaType(QMetaType::QString));
    const QVariant team = from.team != to.team ? orNull(from.team) : QVariant(QMetaType(QMetaType::QString));
    if (rep.isNull() && team.isNull())
        return {};
    QVariantList values{seq, entity, rep, team};
    values += binds;
    return m_db.execute(u"INSERT INTO removals (seq, entity, row_id, rep_id, team_id) SELECT ?, ?, id, ?, ? FROM %1 "
                        "WHERE %2"_s.arg(entity, where),
                        values);
}

Status Visibility::moveRows(const EntityDef& child, const QString& where, const QVariantList& binds, const VisKey& from,
                            const VisKey& to, qint64 seq) {
    if (Status s = recordRemovals(child.name, where, binds, from, to, seq); !s)
        return s;
    QVariantList values{orNull(to.rep), orNull(to.team), seq, seq};
    values += binds;
    return m_db.execute(
        u"UPDATE %1 SET vis_rep = ?, vis_team = ?, seq = ?, version = ? WHERE %2"_s.arg(child.name, where), values);
}

Status Visibility::moved(const EntityDef& def, const QString& id, const VisKey& from, const VisKey& to, qint64 seq) {
    if (Status s = recordRemovals(def.name, u"id = ?"_s, {id}, from, to, seq); !s)
        return s;
    if (def.name == u"customers"_s || def.name == u"opportunities"_s) {
        const Scope childScope = def.name == u"customers"_s ? Scope::Customer : Scope::Opportunity;
        for (const EntityDef& child : Schema::entities()) {
            if (child.scope != childScope || child.name == def.name)
                continue;
            if (Status s = moveRows(child, child.scopeField + u" = ?"_s, {id}, from, to, seq); !s)
                return s;
        }
        if (def.name == u"customers"_s) {
            for (const EntityDef& grandchild : Schema::entities()) {
                if (grandchild.scope != Scope::Opportunity)
                    continue;
                if (Status s =
                        moveRows(grandchild,
                                 grandchild.scopeField + u" IN (SELECT id FROM opportunities WHERE customer_id = ?)"_s,
                                 {id}, from, to, seq);
                    !s)
                    return s;
            }
        }
    }
    return {};
}

Status Visibility::repChangedTeam(const QString& repId, const QString& oldTeam, const QString& newTeam, qint64 seq) {
    if (repId.isEmpty() || oldTeam == newTeam)
        return {};
    for (const EntityDef& e : Schema::entities()) {
        if (e.scope == Scope::Org || e.scope == Scope::Aggregate)
            continue;
        if (Status s = moveRows(e, u"vis_rep = ?"_s, {repId}, {repId, oldTeam}, {repId, newTeam}, seq); !s)
            return s;
    }
    return {};
}

} // namespace Stride::Server
