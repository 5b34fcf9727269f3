#pragma once

#include "account.h"
#include "result.h"

#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace Stride {
struct EntityDef;
}

namespace Stride::Server {

class ServerDatabase;

// Who may see a row, stored on the row itself (vis_rep, vis_team) so that every pull filters by index.
struct VisKey {
    QString rep;  // empty: no rep
    QString team; // empty: no team
    bool operator==(const VisKey& o) const { return rep == o.rep && team == o.team; }
    bool operator!=(const VisKey& o) const { return !(*this == o); }
};

// docs/sync-protocol.md "Visibility": a rep sees the customers they own and everything under them; a supervisor sees
// their team; director and admin see everything. Reference data (Scope::Org) is visible to all and written by admins.
class Visibility final {
public:
    explicit Visibility(ServerDatabase& db)
        : m_db(db) {}

    // The key of a row with these complete field values; fails when its parent row is unknown.
    Result<VisKey> keyFor(const EntityDef& def, const QString& id, const QVariantMap& row);
    Result<QString> teamOfRep(const QString& repId);

    static bool canSee(const Account& a, const EntityDef& def, const VisKey& key);
    // Whether a client's push may write the entity (server-computed aggregates: never).
    static bool canWrite(const Account& a, const EntityDef& def);
    // "" (no filter) or " AND vis_… = ?" with its bind appended to `binds`.
    static QString filter(const Account& a, const EntityDef& def, QVariantList& binds);

    // Records removals for viewers who lose the row and moves rows under it (a customer's contacts, visits,
    // opportunities …; a rep's rows when the rep changes team) along with it, all at change number `seq`.
    Status moved(const EntityDef& def, const QString& id, const VisKey& from, const VisKey& to, qint64 seq);
    // A rep moved to another team: every row they own follows, the old team's viewers lose them.
    Status repChangedTeam(const QString& repId, const QString& oldTeam, const QString& newTeam, qint64 seq);

private:
    Status recordRemovals(const QString& entity, const QString& where, const QVariantList& binds, const VisKey& from,
                          const VisKey& to, qint64 seq);
    Status moveRows(const EntityDef& child, const QString& where, const QVariantList& binds, const VisKey& from,
                    const VisKey& to, qint64 seq);

    ServerDatabase& m_db;
};

} // namespace Stride::Server
