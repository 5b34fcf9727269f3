#include "standardactionledger.h"

#include "storage/analyticsrollups.h"
#include "storage/sqlstatement.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// One follow-up per payment milestone of a deal in the action's trigger stage (the contract stage): due
// deadline_hours BEFORE the milestone, from the stage entry on; a milestone due sooner after the signing than that
// has no follow-up moment of its own, and one paid by its follow-up deadline needs none. Its window opens at the
// previous milestone's follow-up deadline (the signing for the first), so one follow-up answers one milestone.
// Done by a visit with the action's behaviour code on the customer in the window, or, done in the window, the
// milestone's reminder task ("payment:<milestone>", "<code>:<milestone>") or the deal's "<code>:<opportunity>".
QString milestoneInstances() {
    const QString trig = u"o.stage_entered_at"_s;
    const QString span = u"(a.deadline_hours * 3600)"_s;
    const QString due = u"(m.due_at - "_s + span + u")"_s;
    const QString previous = u"(SELECT MAX(m2.due_at) FROM payment_milestones m2 WHERE m2.opportunity_id = o.id AND "
                             "m2.deleted = 0 AND (m2.due_at < m.due_at OR (m2.due_at = m.due_at AND m2.id < m.id)))"_s;
    const QString start = u"MAX("_s + trig + u", COALESCE("_s + previous + u" - "_s + span + u", "_s + trig + u"))"_s;
    const QString done =
        u"(EXISTS (SELECT 1 FROM visits v JOIN behaviour_types b ON b.id = v.behaviour_type_id WHERE v.customer_id = "
        "o.customer_id AND v.deleted = 0 AND v.visited_at BETWEEN %1 AND %2 AND b.code = a.action_code) OR EXISTS "
        "(SELECT 1 FROM tasks t WHERE t.opportunity_id = o.id AND t.deleted = 0 AND t.source_key IN ('payment:' || "
        "m.id, a.action_code || ':' || m.id, a.action_code || ':' || o.id) AND t.done_at BETWEEN %1 AND %2))"_s.arg(
            start, due);
    return u"SELECT o.owner_id AS rep_id, a.id AS action_id, a.action_code AS code, o.id AS opportunity_id, "_s +
           start + u" AS triggered_at, "_s + due + u" AS due_at, "_s + AnalyticsRollups::monthSql(due) +
           u" AS due_month, "_s + done +
           u" AS done FROM payment_milestones m JOIN opportunities o ON o.id = m.opportunity_id JOIN standard_actions "
           u"a "
           "ON a.action_code = '"_s +
           QString::fromLatin1(StandardActionLedger::milestoneActionCode) +
           u"' AND a.trigger_stage = o.stage AND a.deleted = 0 AND a.active = 1 WHERE m.deleted = 0 AND o.deleted = 0 "
           "AND o.owner_id IS NOT NULL AND "_s +
           trig + u" IS NOT NULL AND "_s + due + u" >= "_s + trig + u" AND (m.paid_at IS NULL OR m.paid_at > "_s + due +
           u")"_s;
}

// Every instance: the stage-triggered ones the rollup keeps, and the milestone ones computed here.
QString ledger() {
    return u"(SELECT rep_id, action_id, code, opportunity_id, triggered_at, due_at, due_month, done FROM "
           "analytics_action WHERE code <> '"_s +
           QString::fromLatin1(StandardActionLedger::milestoneActionCode) + u"' UNION ALL "_s + milestoneInstances() +
           u") l"_s;
}

// Conditions over the ledger l: deadline passed, rep in scope, deadline in the period.
QString where(const AnalyticsFilter& filter, qint64 now, QVariantList& binds) {
    binds << now;
    const QString rep = filter.repCondition(u"l.rep_id"_s, binds);
    return u"l.due_at <= ? AND "_s + rep + u" AND "_s + filter.periodCondition(u"l.due_at"_s, binds);
}

} // namespace

Result<QList<ActionInstance>> StandardActionLedger::instances(const Database& db, const AnalyticsFilter& filter,
                                                              qint64 now) {
    QVariantList binds;
    SqlStatement q(db,
                   u"SELECT l.rep_id, r.team_id, l.action_id, l.code, a.name, l.opportunity_id, l.triggered_at, "
                   "l.due_at, l.done FROM "_s +
                       ledger() +
                       u" JOIN standard_actions a ON a.id = l.action_id LEFT JOIN "
                       "reps r ON r.id = l.rep_id WHERE "_s +
                       where(filter, now, binds),
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

Result<QList<ActionCount>> StandardActionLedger::counts(const Database& db, const AnalyticsFilter& filter, qint64 now) {
    QVariantList binds;
    // Grouped before the joins: two lookups per (rep, action) instead of per instance.
    SqlStatement q(db,
                   u"SELECT g.rep_id, r.team_id, g.action_id, a.action_code, a.name, g.n, g.d FROM (SELECT l.rep_id, "
                   "l.action_id, COUNT(*) AS n, SUM(l.done) AS d FROM "_s +
                       ledger() + u" WHERE "_s + where(filter, now, binds) +
                       u" GROUP BY l.rep_id, l.action_id) g JOIN standard_actions a ON a.id = g.action_id LEFT JOIN "
                       "reps r ON r.id = g.rep_id"_s,
                   binds);
    QList<ActionCount> list;
    while (q.next())
        list.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), 0, q.integer(5), q.integer(6)});
    if (!q.status())
        return fail(q.status().error());
    return list;
}

Result<QList<ActionCount>> StandardActionLedger::monthly(const Database& db, const AnalyticsFilter& filter, qint64 now,
                                                         const QList<qint64>& monthStarts) {
    if (monthStarts.size() < 2)
        return QList<ActionCount>();
    // The month of a deadline in the organisation's calendar. analytics_action.due_month is the UTC month (what
    // the triggers can compute); near a month's edge the two differ, so it only narrows the scan.
    QVariantList binds;
    QString bucket = u"CASE"_s;
    for (qsizetype m = 1; m < monthStarts.size(); ++m) {
        bucket += u" WHEN l.due_at < ? THEN ?"_s;
        binds << monthStarts.at(m) << monthStarts.at(m - 1);
    }
    bucket += u" END"_s;
    QString months = where(filter, now, binds) + u" AND l.due_at >= ? AND l.due_at < ?"_s;
    binds << monthStarts.first() << monthStarts.last();
    // Implied by the period (a deadline's month starts at most 31 days before it), but lets the month index seek.
    if (filter.from != 0) {
        months += u" AND l.due_month >= ?"_s;
        binds << filter.from - qint64(31) * 86400;
    }
    if (filter.to != 0) {
        months += u" AND l.due_month < ?"_s;
        binds << filter.to;
    }
    SqlStatement q(db,
                   u"SELECT g.month, g.rep_id, r.team_id, g.n, g.d FROM (SELECT "_s + bucket +
                       u" AS month, l.rep_id, COUNT(*) AS n, SUM(l.done) AS d FROM "_s + ledger() + u" WHERE "_s +
                       months + u" GROUP BY month, l.rep_id) g LEFT JOIN reps r ON r.id = g.rep_id"_s,
                   binds);
    QList<ActionCount> list;
    while (q.next())
        list.append({q.text(1), q.text(2), {}, {}, {}, q.integer(0), q.integer(3), q.integer(4)});
    if (!q.status())
        return fail(q.status().error());
    return list;
}

} // namespace Stride
