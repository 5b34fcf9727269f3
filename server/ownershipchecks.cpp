#include "ownershipchecks.h"

#include "serverdatabase.h"
#include "storage/schema.h"
#include "visibility.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// Fields naming the rep a row belongs to. (stage_history.by_rep_id is not one: replicas write the deal's owner
// there when they open or repair a deal's first stay, whoever edits it.)
const QList<std::pair<QString, QString>>& repFields() {
    static const QList<std::pair<QString, QString>> fields{
        {u"visits"_s, u"rep_id"_s},  {u"opportunities"_s, u"owner_id"_s}, {u"customers"_s, u"owner_id"_s},
        {u"tasks"_s, u"owner_id"_s}, {u"checklists"_s, u"rep_id"_s},
    };
    return fields;
}

// Fields naming a customer or a deal (table, field, the table it names).
struct Reference {
    QString entity;
    QString field;
    QString target;
};
const QList<Reference>& references() {
    static const QList<Reference> refs{
        {u"tasks"_s, u"customer_id"_s, u"customers"_s},       {u"tasks"_s, u"opportunity_id"_s, u"opportunities"_s},
        {u"checklists"_s, u"customer1_id"_s, u"customers"_s}, {u"checklists"_s, u"customer2_id"_s, u"customers"_s},
        {u"checklists"_s, u"customer3_id"_s, u"customers"_s},
    };
    return refs;
}

Status checkRep(ServerDatabase& db, const Account& account, const EntityDef& def, const QString& field,
                const QString& rep) {
    if (account.isSupervisor()) {
        Result<QString> team = Visibility(db).teamOfRep(rep);
        if (!team)
            return fail(team.error());
        if (account.teamId.isEmpty() || *team != account.teamId)
            return fail(u"%1.%2 '%3' is not a rep of %4's team"_s.arg(def.name, field, rep, account.name));
        return {};
    }
    if (rep != account.repId)
        return fail(u"%1.%2 '%3' names another rep: %4 writes as '%5'"_s.arg(def.name, field, rep, account.name,
                                                                             account.repId));
    return {};
}

Status checkReference(ServerDatabase& db, const Account& account, const EntityDef& def, const Reference& ref,
                      const QString& id) {
    Result<QSqlQuery> q =
        db.exec(u"SELECT vis_rep, vis_team FROM %1 WHERE id = ? AND deleted = 0"_s.arg(ref.target), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return {}; // nothing there to reach into
    const VisKey key{q->value(0).toString(), q->value(1).toString()};
    q->finish();
    if (!Visibility::canSee(account, *Schema::entity(ref.target), key))
        return fail(u"%1.%2 '%3' is outside what %4 may see"_s.arg(def.name, ref.field, id, account.name));
    return {};
}

} // namespace

Status OwnershipChecks::check(ServerDatabase& db, const Account& account, const EntityDef& def,
                              const QVariantMap& fields) {
    if (account.seesAll())
        return {};
    for (const auto& [entity, field] : repFields()) {
        if (entity != def.name)
            continue;
        const QString rep = fields.value(field).toString();
        if (rep.isEmpty())
            continue;
        if (Status s = checkRep(db, account, def, field, rep); !s)
            return s;
    }
    for (const Reference& ref : references()) {
        if (ref.entity != def.name)
            continue;
        const QString id = fields.value(ref.field).toString();
        if (id.isEmpty())
            continue;
        if (Status s = checkReference(db, account, def, ref, id); !s)
            return s;
    }
    return {};
}

} // namespace Stride::Server
