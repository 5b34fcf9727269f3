#include "replicauserstore.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<ReplicaUser> ReplicaUserStore::load(const Database& db) {
    Result<QSqlQuery> q = db.exec(
        u"SELECT key, value FROM sync_state WHERE key IN ('user.name', 'user.role', 'user.rep_id', 'user.team_id')"_s);
    if (!q)
        return fail(u"the replica's signed-in user was not read: %1"_s.arg(q.error()));
    ReplicaUser u;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"user.name"_s)
            u.name = value;
        else if (key == u"user.role"_s)
            u.role = value;
        else if (key == u"user.rep_id"_s)
            u.repId = value;
        else
            u.teamId = value;
    }
    return u;
}

Status ReplicaUserStore::save(const Database& db, const ReplicaUser& user) {
    if (user.name.isEmpty())
        return fail(u"a signed-in user needs a name"_s);
    // One statement: the four keys change together or not at all, inside a caller's transaction or not.
    if (Status s = db.execute(u"INSERT INTO sync_state (key, value) VALUES ('user.name', ?), ('user.role', ?), "
                              "('user.rep_id', ?), ('user.team_id', ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                              {user.name, user.role, user.repId, user.teamId});
        !s)
        return fail(u"the replica's signed-in user was not recorded: %1"_s.arg(s.error()));
    return {};
}

} // namespace Stride
