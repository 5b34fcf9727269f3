#include "standardactionledger.h"

#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<QList<ActionInstance>> StandardActionLedger::instances(const Database& db, const AnalyticsFilter& filter,
                                                              qint64 now) {
    QVariantList binds{now};
    const QString rep = filter.repCondition(u"o.owner_id"_s, binds);
    const QString period = filter.periodCondition(u"due"_s, binds);
    SqlStatement q(
        db,
        u"WITH i AS (SELECT o.owner_id AS rep, r.team_id AS team, a.id AS aid, a.action_code AS code, a.name AS "
        "aname, o.id AS oid, o.customer_id AS cid, h.entered_at AS trig, h.entered_at + a.deadline_hours * 3600 AS "
        "due FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id JOIN standard_actions a ON "
        "a.trigger_stage = h.stage LEFT JOIN reps r ON r.id = o.owner_id WHERE h.deleted = 0 AND o.deleted = 0 AND "
        "a.deleted = 0 AND a.active = 1 AND o.owner_id IS NOT NULL AND h.entered_at + a.deadline_hours * 3600 <= ? "
        "AND "_s +
            rep +
            u") SELECT rep, team, aid, code, aname, oid, trig, due, EXISTS (SELECT 1 FROM visits v JOIN "
            "behaviour_types b ON b.id = v.behaviour_type_id WHERE v.customer_id = i.cid AND v.deleted = 0 AND "
            "v.visited_at BETWEEN i.trig AND i.due AND b.code = i.code) OR EXISTS (SELECT 1 FROM tasks t WHERE "
            "t.opportunity_id = i.oid AND t.deleted = 0 AND t.source_key = i.code || ':' || i.oid AND t.done_at "
            "BETWEEN i.trig AND i.due) FROM i WHERE "_s +
            period,
        binds);
    QList<ActionInstance> list;
    while (q.next()) {
        list.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.integer(6), q.integer(7),
                     q.integer(8) != 0});
    }
    if (!q.status())
        return fail(q.status().error());
    return list;
}

} // namespace Stride
