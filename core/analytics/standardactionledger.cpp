#include "standardactionledger.h"

#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Conditions over analytics_action l: deadline passed, rep in scope, deadline in the period.
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
                   "l.due_at, l.done FROM analytics_action l JOIN standard_actions a ON a.id = l.action_id LEFT JOIN "
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
                   "l.action_id, COUNT(*) AS n, SUM(l.done) AS d FROM analytics_action l WHERE "_s +
                       where(filter, now, binds) +
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
        binds << filter.from - 31 * 86400;
    }
    if (filter.to != 0) {
        months += u" AND l.due_month < ?"_s;
        binds << filter.to;
    }
    SqlStatement q(db,
                   u"SELECT g.month, g.rep_id, r.team_id, g.n, g.d FROM (SELECT "_s + bucket +
                       u" AS month, l.rep_id, COUNT(*) AS n, SUM(l.done) AS d FROM analytics_action l WHERE "_s +
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
