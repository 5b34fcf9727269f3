#include "analyticsrollups.h"

#include "logging.h"

#include <QElapsedTimer>

#include "domain/stages.h"
#include "storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QString top(const QString& opportunity) {
    return u"MAX(COALESCE((SELECT MAX("_s + Stages::indexSql(u"h.stage"_s) +
           u") FROM stage_history h WHERE h.opportunity_id = "_s + opportunity +
           u" AND h.deleted = 0), -1), COALESCE("_s + Stages::indexSql(u"o.stage"_s) + u", -1))"_s;
}

// Rows of one opportunity (cond over o), or of all with cond "1".
// Risk attribution's flags of a lost deal over its window [created_at, close]; NULL for other stages.
QString lostFlags(const QString& cid, const QString& s, const QString& e, const QString& oid, const QString& stage) {
    const QStringList flags =
        AnalyticsRollups::riskFlagsSql(cid, s, e, u"o2.id = "_s + oid, false).split(u"), EXISTS"_s);
    QStringList out;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        QString f = flags.at(i);
        if (i > 0)
            f.prepend(u"EXISTS"_s);
        if (i + 1 < flags.size())
            f.append(u")"_s);
        out << u"CASE WHEN %1 = 'lost' THEN %2 END"_s.arg(stage, f);
    }
    return out.join(u", "_s);
}

QString insertOpportunity(const QString& cond) {
    return u"INSERT INTO analytics_opportunity (opportunity_id, owner_id, created_at, stage, lost_reason, top, "
           "customer_id, title, closed, slow_service, demo_without_quote, no_follow_up) SELECT o.id, o.owner_id, "
           "o.created_at, o.stage, o.lost_reason, "_s +
           top(u"o.id"_s) + u", o.customer_id, o.title, COALESCE(o.closed_at, o.stage_entered_at), "_s +
           lostFlags(u"o.customer_id"_s, u"COALESCE(o.created_at, 0)"_s, u"COALESCE(o.closed_at, o.stage_entered_at)"_s,
                     u"o.id"_s, u"o.stage"_s) +
           u" FROM opportunities o WHERE o.deleted = 0 AND "_s + cond;
}

// Recomputes the flags of the lost deals matching cond (over analytics_opportunity's columns).
QString refreshLost(const QString& cond) {
    const QString t = u"analytics_opportunity."_s;
    const QStringList flags = lostFlags(t + u"customer_id"_s, u"COALESCE("_s + t + u"created_at, 0)"_s, t + u"closed"_s,
                                        t + u"opportunity_id"_s, t + u"stage"_s)
                                  .split(u" END, CASE"_s);
    return u"UPDATE analytics_opportunity SET slow_service = %1 END, demo_without_quote = CASE%2 END, no_follow_up = "
           "CASE%3 WHERE stage = 'lost' AND "_s.arg(flags.at(0), flags.at(1), flags.at(2)) +
           cond;
}

// A stage skipped on the way forward is recorded as a stay of no length (OpportunityRepository::changeStage): the deal
// never was in it, so it makes no stay in the funnel's time in stage and triggers no standard action.
const QString kNotSkipped = u"(h.left_at IS NULL OR h.left_at > h.entered_at)"_s;

// `history` is the FROM term for stage_history, aliased h.
QString insertStays(const QString& cond, const QString& history = u"stage_history h"_s) {
    return u"INSERT INTO analytics_stay (history_id, opportunity_id, owner_id, created_at, stage_index, secs) SELECT "
           "h.id, o.id, o.owner_id, o.created_at, "_s +
           Stages::indexSql(u"h.stage"_s) + u", h.left_at - h.entered_at FROM "_s + history +
           u" JOIN opportunities o ON o.id = h.opportunity_id WHERE h.deleted = 0 AND o.deleted = 0 AND h.left_at IS "
           u"NOT NULL AND h.stage IN ('lead', 'contact', 'needs', "
           "'demo', 'objection') AND "_s +
           kNotSkipped + u" AND "_s + cond;
}

// StandardActionLedger's "done": evidence by a visit with the action's behaviour code on the customer, or the
// action's task done, between the trigger and the deadline (inclusive).
QString doneSql(const QString& cid, const QString& oid, const QString& trig, const QString& due, const QString& code) {
    return u"(EXISTS (SELECT 1 FROM visits v JOIN behaviour_types b ON b.id = v.behaviour_type_id WHERE "
           "v.customer_id = %1 AND v.deleted = 0 AND v.visited_at BETWEEN %3 AND %4 AND b.code = %5) OR EXISTS "
           "(SELECT 1 FROM tasks t WHERE t.opportunity_id = %2 AND t.deleted = 0 AND t.source_key = %5 || ':' || %2 "
           "AND t.done_at BETWEEN %3 AND %4))"_s.arg(cid, oid, trig, due, code);
}

QString insertActions(const QString& cond, const QString& history = u"stage_history h"_s) {
    const QString due = u"(h.entered_at + a.deadline_hours * 3600)"_s;
    return u"INSERT INTO analytics_action (history_id, action_id, opportunity_id, customer_id, rep_id, code, "
           "triggered_at, due_at, due_month, done) SELECT h.id, a.id, o.id, o.customer_id, o.owner_id, a.action_code, "
           "h.entered_at, "_s +
           due + u", "_s + AnalyticsRollups::monthSql(due) + u", "_s +
           doneSql(u"o.customer_id"_s, u"o.id"_s, u"h.entered_at"_s, due, u"a.action_code"_s) + u" FROM "_s + history +
           u" JOIN opportunities o ON o.id = h.opportunity_id JOIN standard_actions a ON a.trigger_stage = h.stage "
           u"WHERE h.deleted = 0 AND o.deleted = 0 AND a.deleted = 0 AND a.active = 1 AND "
           "o.owner_id IS NOT NULL AND "_s +
           kNotSkipped + u" AND "_s + cond;
}

QString refreshDone(const QString& cond) {
    const QString t = u"analytics_action."_s;
    return u"UPDATE analytics_action SET done = "_s +
           doneSql(t + u"customer_id"_s, t + u"opportunity_id"_s, t + u"triggered_at"_s, t + u"due_at"_s,
                   t + u"code"_s) +
           u" WHERE "_s + cond;
}

// Everything derived from one opportunity and its stage history.
QString rebuildOpportunity(const QString& id) {
    return u"DELETE FROM analytics_opportunity WHERE opportunity_id = %1; DELETE FROM analytics_stay WHERE "
           "opportunity_id = %1; DELETE FROM analytics_action WHERE opportunity_id = %1; "_s.arg(id) +
           insertOpportunity(u"o.id = "_s + id) + u"; "_s + insertStays(u"o.id = "_s + id) + u"; "_s +
           insertActions(u"o.id = "_s + id) + u";"_s;
}

const QString notes = u"(COALESCE(v.summary, '') || ' ' || COALESCE(v.outcome, '') || ' ' || "
                      "COALESCE(v.competitor_notes, ''))"_s;

QString insertFlags(const QString& cond) {
    // The notes are joined once per visit: the inner query stays a co-routine (its LIMIT keeps SQLite from
    // flattening it into the outer one, which would join them again for each of the four LIKEs).
    return u"INSERT INTO analytics_visit_flag (visit_id, customer_id, visited_at, price, approval) SELECT * FROM "
           "(SELECT id, customer_id, visited_at, n LIKE '%价格高%' OR n LIKE '%price too high%' AS p, n LIKE "
           "'%需要审批%' OR n LIKE '%needs approval%' AS a FROM (SELECT v.id, v.customer_id, v.visited_at, %1 AS n "
           "FROM visits v WHERE v.deleted = 0 AND %2 LIMIT -1)) WHERE p OR a"_s.arg(notes, cond);
}

QString addVisit(const QString& r) {
    const QString month = AnalyticsRollups::monthSql(r + u".visited_at"_s);
    return u"INSERT INTO analytics_visit_month (rep_id, month, visits, minutes5, onsite) SELECT COALESCE(%1.rep_id, "
           "''), %2, 1, CASE WHEN %1.duration_min >= 5 THEN %1.duration_min ELSE 0 END, %1.channel = 'onsite' WHERE "
           "%1.deleted = 0 ON CONFLICT (rep_id, month) DO UPDATE SET visits = visits + 1, minutes5 = minutes5 + "
           "excluded.minutes5, onsite = onsite + excluded.onsite; INSERT INTO analytics_visit_type_month (rep_id, "
           "month, behaviour_type_id, visits) SELECT COALESCE(%1.rep_id, ''), %2, %1.behaviour_type_id, 1 WHERE "
           "%1.deleted = 0 AND %1.behaviour_type_id IS NOT NULL ON CONFLICT (rep_id, month, behaviour_type_id) DO "
           "UPDATE SET visits = visits + 1; "_s.arg(r, month) +
           insertFlags(u"v.id = %1.id"_s.arg(r)) +
           u"; UPDATE analytics_action SET done = 1 WHERE %1.deleted = 0 AND customer_id = %1.customer_id AND "
           "triggered_at <= %1.visited_at AND due_at >= %1.visited_at AND code = (SELECT code FROM behaviour_types "
           "WHERE id = %1.behaviour_type_id);"_s.arg(r);
}

QString removeVisit(const QString& r) {
    // (the lost-deal flags are refreshed by the visit triggers themselves, once per write)
    const QString month = AnalyticsRollups::monthSql(r + u".visited_at"_s);
    return u"UPDATE analytics_visit_month SET visits = visits - 1, minutes5 = minutes5 - CASE WHEN %1.duration_min >= "
           "5 THEN %1.duration_min ELSE 0 END, onsite = onsite - (%1.channel = 'onsite') WHERE %1.deleted = 0 AND "
           "rep_id = COALESCE(%1.rep_id, '') AND month = %2; UPDATE analytics_visit_type_month SET visits = visits - "
           "1 WHERE %1.deleted = 0 AND rep_id = COALESCE(%1.rep_id, '') AND month = %2 AND behaviour_type_id = "
           "%1.behaviour_type_id; DELETE FROM analytics_visit_flag WHERE visit_id = %1.id; "_s.arg(r, month) +
           refreshDone(u"%1.deleted = 0 AND customer_id = %1.customer_id AND triggered_at <= %1.visited_at AND due_at "
                       ">= %1.visited_at"_s.arg(r)) +
           u";"_s;
}

QString refreshOrders(const QString& cid) {
    return u"DELETE FROM analytics_customer_orders WHERE customer_id = %1; INSERT INTO analytics_customer_orders "
           "(customer_id, orders, first_at, last_at) SELECT customer_id, COUNT(*), MIN(ordered_at), MAX(ordered_at) "
           "FROM orders WHERE customer_id = %1 AND deleted = 0 GROUP BY customer_id;"_s.arg(cid);
}

// `create` is the statement's opening words ("CREATE TRIGGER"; a caller may make them TEMP).
// analytics_customer_visit: a customer's latest live visit, recomputed from its visits (an index seek).
QString refreshLastVisit(const QString& cid) {
    return u"DELETE FROM analytics_customer_visit WHERE customer_id = %1; INSERT INTO analytics_customer_visit "
           "(customer_id, last_at) SELECT customer_id, MAX(visited_at) FROM visits WHERE customer_id = %1 AND deleted "
           "= 0 GROUP BY customer_id HAVING MAX(visited_at) IS NOT NULL;"_s.arg(cid);
}

QString trigger(const QString& create, const QString& name, const QString& event, const QString& table,
                const QString& body, const QString& when = {}) {
    return u"%1 analytics_%2 AFTER %3 ON %4%5 BEGIN %6 END"_s.arg(
        create, name, event, table, when.isEmpty() ? QString() : u" WHEN "_s + when, body);
}

} // namespace

QString AnalyticsRollups::monthSql(const QString& secs) {
    return u"CAST(strftime('%s', %1, 'unixepoch', 'start of month') AS INTEGER)"_s.arg(secs);
}

QString AnalyticsRollups::riskFlagsSql(const QString& cid, const QString& s, const QString& e,
                                       const QString& opportunityCondition, bool indexed) {
    const QString visits = indexed ? u"visits v INDEXED BY visits_live_customer"_s : u"visits v"_s;
    const QString demos = u"SELECT h.entered_at AS d, h.opportunity_id AS oid FROM stage_history h JOIN opportunities "
                          "o2 ON o2.id = h.opportunity_id WHERE h.deleted = 0 AND h.stage = 'demo' AND "_s +
                          kNotSkipped +
                          u" AND o2.deleted = 0 "
                          "AND o2.customer_id = %1 AND h.entered_at BETWEEN %2 AND %3 AND "_s.arg(cid, s, e) +
                          opportunityCondition;
    const QString slow = u"EXISTS (SELECT 1 FROM service_tickets t WHERE t.customer_id = %1 AND t.deleted = 0 AND "
                         "t.opened_at BETWEEN %2 AND %3 AND COALESCE(t.first_response_at, %3) - t.opened_at > "
                         "172800)"_s.arg(cid, s, e);
    const QString noQuote =
        u"EXISTS (SELECT 1 FROM (%1) x WHERE NOT EXISTS (SELECT 1 FROM %2 JOIN behaviour_types b ON b.id = "
        "v.behaviour_type_id WHERE v.customer_id = %3 AND v.deleted = 0 AND v.visited_at BETWEEN x.d AND %4 AND b.code "
        "= 'customised_quote') AND NOT EXISTS (SELECT 1 FROM tasks k WHERE k.opportunity_id = x.oid AND k.deleted = 0 "
        "AND k.source_key = 'customised_quote:' || x.oid AND k.done_at BETWEEN x.d AND %4))"_s.arg(demos, visits, cid,
                                                                                                   e);
    const QString noFollowUp =
        u"EXISTS (SELECT 1 FROM (%1) x WHERE NOT EXISTS (SELECT 1 FROM %2 WHERE v.customer_id = "
        "%3 AND v.deleted = 0 AND v.visited_at > x.d AND v.visited_at <= x.d + 259200))"_s.arg(demos, visits, cid);
    return slow + u", "_s + noQuote + u", "_s + noFollowUp;
}

QString AnalyticsRollups::triggerPattern() {
    return u"analytics\\_%"_s;
}

QStringList AnalyticsRollups::schema() {
    QStringList s{
        u"CREATE TABLE analytics_opportunity (opportunity_id TEXT PRIMARY KEY NOT NULL, owner_id TEXT, created_at "
        "INTEGER, stage TEXT NOT NULL, lost_reason TEXT, top INTEGER NOT NULL, customer_id TEXT, title TEXT, closed "
        "INTEGER, slow_service INTEGER, demo_without_quote INTEGER, no_follow_up INTEGER) WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_opportunity_lost ON analytics_opportunity (stage, closed, opportunity_id)"_s,
        u"CREATE INDEX analytics_opportunity_customer ON analytics_opportunity (customer_id, stage)"_s,
        u"CREATE INDEX analytics_opportunity_owner ON analytics_opportunity (owner_id, created_at, stage, top)"_s,
        u"CREATE TABLE analytics_stay (history_id TEXT PRIMARY KEY NOT NULL, opportunity_id TEXT NOT NULL, owner_id "
        "TEXT, created_at INTEGER, stage_index INTEGER NOT NULL, secs INTEGER NOT NULL) WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_stay_stage ON analytics_stay (stage_index, secs)"_s,
        u"CREATE INDEX analytics_stay_opportunity ON analytics_stay (opportunity_id)"_s,
        u"CREATE INDEX analytics_stay_owner ON analytics_stay (owner_id, created_at, stage_index, secs)"_s,
        u"CREATE TABLE analytics_action (history_id TEXT NOT NULL, action_id TEXT NOT NULL, opportunity_id TEXT NOT "
        "NULL, customer_id TEXT, rep_id TEXT NOT NULL, code TEXT NOT NULL, triggered_at INTEGER NOT NULL, due_at "
        "INTEGER NOT NULL, due_month INTEGER NOT NULL, done INTEGER NOT NULL, PRIMARY KEY (history_id, action_id)) "
        "WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_action_rep ON analytics_action (rep_id, action_id, due_at, done)"_s,
        u"CREATE INDEX analytics_action_month ON analytics_action (due_month, rep_id, due_at, done)"_s,
        u"CREATE INDEX analytics_action_customer ON analytics_action (customer_id, due_at)"_s,
        u"CREATE INDEX analytics_action_opportunity ON analytics_action (opportunity_id)"_s,
        u"CREATE INDEX analytics_action_action ON analytics_action (action_id)"_s,
        u"CREATE TABLE analytics_visit_month (rep_id TEXT NOT NULL, month INTEGER NOT NULL, visits INTEGER NOT NULL, "
        "minutes5 INTEGER NOT NULL, onsite INTEGER NOT NULL, PRIMARY KEY (rep_id, month)) WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_visit_month_month ON analytics_visit_month (month, rep_id, visits, minutes5, "
        "onsite)"_s,
        u"CREATE TABLE analytics_visit_type_month (rep_id TEXT NOT NULL, month INTEGER NOT NULL, behaviour_type_id "
        "TEXT NOT NULL, visits INTEGER NOT NULL, PRIMARY KEY (rep_id, month, behaviour_type_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_visit_type_month_month ON analytics_visit_type_month (month, rep_id, "
        "behaviour_type_id, visits)"_s,
        u"CREATE TABLE analytics_visit_flag (visit_id TEXT PRIMARY KEY NOT NULL, customer_id TEXT NOT NULL, "
        "visited_at INTEGER NOT NULL, price INTEGER NOT NULL, approval INTEGER NOT NULL) WITHOUT ROWID"_s,
        u"CREATE INDEX analytics_visit_flag_customer ON analytics_visit_flag (customer_id, visited_at, price, "
        "approval)"_s,
        u"CREATE TABLE analytics_customer_orders (customer_id TEXT PRIMARY KEY NOT NULL, orders INTEGER NOT NULL, "
        "first_at INTEGER NOT NULL, last_at INTEGER NOT NULL) WITHOUT ROWID"_s,
        // Covering indexes over live rows for the per-deal lookups of dwell, health score, risk and forecast.
        u"CREATE INDEX visits_live_customer ON visits (customer_id, visited_at, behaviour_type_id) WHERE deleted = "
        "0"_s,
        u"CREATE INDEX visits_live_time ON visits (visited_at, rep_id, behaviour_type_id, duration_min, channel) "
        "WHERE deleted = 0"_s,
        u"CREATE INDEX forecast_signals_live ON forecast_signals (opportunity_id, kind, noted_at) WHERE deleted = 0"_s,
        u"CREATE INDEX service_tickets_live ON service_tickets (customer_id, opened_at, first_response_at) WHERE "
        "deleted = 0"_s,
        u"CREATE INDEX tasks_live_opportunity ON tasks (opportunity_id, source_key, done_at) WHERE deleted = 0"_s,
        u"CREATE INDEX payment_milestones_open ON payment_milestones (due_at, opportunity_id) WHERE deleted = 0 AND "
        "paid_at IS NULL"_s,
        u"CREATE INDEX opportunities_live_stage ON opportunities (stage, owner_id, forecast, expected_close) WHERE "
        "deleted = 0"_s,
        u"CREATE INDEX opportunities_live_forecast ON opportunities (expected_close) WHERE deleted = 0 AND forecast = "
        "1"_s,
        u"CREATE INDEX stage_history_live_stage ON stage_history (stage, entered_at, opportunity_id) WHERE deleted = "
        "0"_s,
    };
    return s + triggersV6(u"CREATE TRIGGER"_s) + rebuildV6();
}

QStringList AnalyticsRollups::triggersV6(const QString& create) {
    QStringList s;
    s << trigger(create, u"stage_history_ai"_s, u"INSERT"_s, u"stage_history"_s,
                 rebuildOpportunity(u"new.opportunity_id"_s))
      << trigger(create, u"stage_history_au"_s, u"UPDATE OF opportunity_id, stage, entered_at, left_at, deleted"_s,
                 u"stage_history"_s,
                 rebuildOpportunity(u"old.opportunity_id"_s) + u" "_s + rebuildOpportunity(u"new.opportunity_id"_s))
      << trigger(create, u"stage_history_ad"_s, u"DELETE"_s, u"stage_history"_s,
                 rebuildOpportunity(u"old.opportunity_id"_s))
      << trigger(create, u"opportunities_ai"_s, u"INSERT"_s, u"opportunities"_s, rebuildOpportunity(u"new.id"_s))
      << trigger(create, u"opportunities_au"_s,
                 u"UPDATE OF id, customer_id, owner_id, title, stage, stage_entered_at, lost_reason, created_at, "
                 "closed_at, deleted"_s,
                 u"opportunities"_s, rebuildOpportunity(u"old.id"_s) + u" "_s + rebuildOpportunity(u"new.id"_s))
      << trigger(create, u"opportunities_ad"_s, u"DELETE"_s, u"opportunities"_s, rebuildOpportunity(u"old.id"_s));
    const QString actionRebuild = u"DELETE FROM analytics_action WHERE action_id = %1; "_s;
    s << trigger(create, u"standard_actions_ai"_s, u"INSERT"_s, u"standard_actions"_s,
                 actionRebuild.arg(u"new.id"_s) + insertActions(u"a.id = new.id"_s) + u";"_s)
      << trigger(create, u"standard_actions_au"_s, u"UPDATE"_s, u"standard_actions"_s,
                 actionRebuild.arg(u"old.id"_s) + actionRebuild.arg(u"new.id"_s) + insertActions(u"a.id = new.id"_s) +
                     u";"_s)
      << trigger(create, u"standard_actions_ad"_s, u"DELETE"_s, u"standard_actions"_s, actionRebuild.arg(u"old.id"_s));
    // A behaviour type's code decides which visits evidence which action: a catalogue change re-evaluates all.
    const QString catalogue = refreshDone(u"1"_s) + u"; "_s + refreshLost(u"1"_s) + u";"_s;
    s << trigger(create, u"behaviour_types_ai"_s, u"INSERT"_s, u"behaviour_types"_s, catalogue)
      << trigger(create, u"behaviour_types_au"_s, u"UPDATE OF id, code"_s, u"behaviour_types"_s, catalogue)
      << trigger(create, u"behaviour_types_ad"_s, u"DELETE"_s, u"behaviour_types"_s, catalogue);
    const QString lostOf = refreshLost(u"customer_id = %1"_s) + u";"_s;
    s << trigger(create, u"visits_ai"_s, u"INSERT"_s, u"visits"_s,
                 addVisit(u"new"_s) + lostOf.arg(u"new.customer_id"_s))
      << trigger(create, u"visits_au"_s,
                 u"UPDATE OF id, customer_id, rep_id, visited_at, channel, duration_min, summary, outcome, "
                 "competitor_notes, behaviour_type_id, deleted"_s,
                 u"visits"_s,
                 removeVisit(u"old"_s) + u" "_s + addVisit(u"new"_s) + lostOf.arg(u"old.customer_id"_s) +
                     lostOf.arg(u"new.customer_id"_s))
      << trigger(create, u"visits_ad"_s, u"DELETE"_s, u"visits"_s,
                 removeVisit(u"old"_s) + lostOf.arg(u"old.customer_id"_s));
    s << trigger(create, u"service_tickets_ai"_s, u"INSERT"_s, u"service_tickets"_s, lostOf.arg(u"new.customer_id"_s))
      << trigger(create, u"service_tickets_au"_s, u"UPDATE OF customer_id, opened_at, first_response_at, deleted"_s,
                 u"service_tickets"_s, lostOf.arg(u"old.customer_id"_s) + lostOf.arg(u"new.customer_id"_s))
      << trigger(create, u"service_tickets_ad"_s, u"DELETE"_s, u"service_tickets"_s, lostOf.arg(u"old.customer_id"_s));
    const QString taskRefresh = refreshDone(u"opportunity_id = %1"_s) + u"; "_s +
                                refreshLost(u"customer_id = (SELECT customer_id FROM opportunities WHERE id = %1)"_s) +
                                u";"_s;
    s << trigger(create, u"tasks_ai"_s, u"INSERT"_s, u"tasks"_s, taskRefresh.arg(u"new.opportunity_id"_s),
                 u"new.opportunity_id IS NOT NULL"_s)
      << trigger(create, u"tasks_au"_s, u"UPDATE OF opportunity_id, source_key, done_at, deleted"_s, u"tasks"_s,
                 taskRefresh.arg(u"old.opportunity_id"_s) + taskRefresh.arg(u"new.opportunity_id"_s))
      << trigger(create, u"tasks_ad"_s, u"DELETE"_s, u"tasks"_s, taskRefresh.arg(u"old.opportunity_id"_s),
                 u"old.opportunity_id IS NOT NULL"_s);
    s << trigger(create, u"orders_ai"_s, u"INSERT"_s, u"orders"_s, refreshOrders(u"new.customer_id"_s))
      << trigger(create, u"orders_au"_s, u"UPDATE OF customer_id, ordered_at, deleted"_s, u"orders"_s,
                 refreshOrders(u"old.customer_id"_s) + refreshOrders(u"new.customer_id"_s))
      << trigger(create, u"orders_ad"_s, u"DELETE"_s, u"orders"_s, refreshOrders(u"old.customer_id"_s));
    return s;
}

QStringList AnalyticsRollups::schema7() {
    return QStringList{
               // Dwell lights: the latest live visit per customer (an open deal's last activity), kept by the three
               // visit triggers of lastVisitTriggers(); 100,000 rows instead of a seek into 1.7 M visits per open deal.
               u"CREATE TABLE analytics_customer_visit (customer_id TEXT PRIMARY KEY NOT NULL, last_at INTEGER NOT "
               u"NULL) "
               "WITHOUT ROWID"_s,
               lastVisitRebuild(),
               // The funnel's org counts group in this order with the period checked in the index (no sort, no
               // lookups).
               u"CREATE INDEX analytics_opportunity_funnel ON analytics_opportunity (stage, top, lost_reason, "
               u"created_at, "
               "owner_id)"_s,
               // The funnel's stays: count, sum and median per stage over a period, from the index alone. It replaces
               // analytics_stay_stage (stage_index, secs), its prefix.
               u"CREATE INDEX analytics_stay_median ON analytics_stay (stage_index, secs, created_at, owner_id)"_s,
               u"DROP INDEX analytics_stay_stage"_s,
               // Risk attribution's lost deals of the org in close order, every column it reads (no table lookups).
               u"CREATE INDEX analytics_opportunity_lost_cover ON analytics_opportunity (closed DESC, opportunity_id, "
               u"title, "
               "customer_id, owner_id, lost_reason, slow_service, demo_without_quote, no_follow_up, stage) WHERE stage "
               "= "
               "'lost'"_s,
               // Points per (rep, behaviour type) over months, grouped in index order.
               u"CREATE INDEX analytics_visit_type_month_rep ON analytics_visit_type_month (rep_id, behaviour_type_id, "
               "month, visits)"_s,
           } +
           lastVisitTriggers(u"CREATE TRIGGER"_s);
}

QStringList AnalyticsRollups::lastVisitTriggers(const QString& create) {
    return {
        trigger(create, u"visits_last_ai"_s, u"INSERT"_s, u"visits"_s,
                u"INSERT INTO analytics_customer_visit (customer_id, last_at) VALUES (new.customer_id, new.visited_at) "
                "ON CONFLICT (customer_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at);"_s,
                u"new.deleted = 0 AND new.customer_id IS NOT NULL AND new.visited_at IS NOT NULL"_s),
        trigger(create, u"visits_last_au"_s, u"UPDATE OF customer_id, visited_at, deleted"_s, u"visits"_s,
                refreshLastVisit(u"old.customer_id"_s) + u" "_s + refreshLastVisit(u"new.customer_id"_s)),
        trigger(create, u"visits_last_ad"_s, u"DELETE"_s, u"visits"_s, refreshLastVisit(u"old.customer_id"_s)),
    };
}

QStringList AnalyticsRollups::triggers(const QString& create) {
    return triggersV6(create) + lastVisitTriggers(create);
}

QString AnalyticsRollups::lastVisitRebuild() {
    return u"INSERT INTO analytics_customer_visit (customer_id, last_at) SELECT customer_id, MAX(visited_at) FROM "
           "visits WHERE deleted = 0 AND customer_id IS NOT NULL GROUP BY customer_id HAVING MAX(visited_at) IS NOT "
           "NULL"_s;
}

QStringList AnalyticsRollups::rebuild() {
    // A whole rebuild reads stage_history in table order: one deal's rows are adjacent, so the deal lookups and
    // the summaries' keys (history ids) advance in order. Driven by the stage index instead, both jumped about
    // (at 100k customers the stays and actions took 8.5 s, against 1.3 s in table order).
    const QString history = u"stage_history h NOT INDEXED"_s;
    const QString tally = u"temp.analytics_rebuild_visit_tally"_s;
    return {
        u"DELETE FROM analytics_opportunity"_s,
        insertOpportunity(u"1"_s),
        u"DELETE FROM analytics_stay"_s,
        insertStays(u"1"_s, history),
        u"DELETE FROM analytics_action"_s,
        insertActions(u"1"_s, history),
        // Both visit-month tables come from one pass over the visits, grouped by rep, month and type.
        u"DROP TABLE IF EXISTS "_s + tally,
        u"CREATE TABLE "_s + tally + u" AS SELECT COALESCE(rep_id, '') AS rep_id, "_s + monthSql(u"visited_at"_s) +
            u" AS month, behaviour_type_id, COUNT(*) AS visits, COALESCE(SUM(CASE WHEN duration_min >= 5 THEN "
            "duration_min END), 0) AS minutes5, SUM(channel = 'onsite') AS onsite FROM visits WHERE deleted = 0 "
            "GROUP BY 1, 2, 3"_s,
        u"DELETE FROM analytics_visit_month"_s,
        u"INSERT INTO analytics_visit_month (rep_id, month, visits, minutes5, onsite) SELECT rep_id, month, "
        "SUM(visits), SUM(minutes5), SUM(onsite) FROM "_s +
            tally + u" GROUP BY rep_id, month"_s,
        u"DELETE FROM analytics_visit_type_month"_s,
        u"INSERT INTO analytics_visit_type_month (rep_id, month, behaviour_type_id, visits) SELECT rep_id, month, "
        "behaviour_type_id, visits FROM "_s +
            tally + u" WHERE behaviour_type_id IS NOT NULL"_s,
        u"DROP TABLE "_s + tally,
        u"DELETE FROM analytics_visit_flag"_s,
        insertFlags(u"1"_s),
        u"DELETE FROM analytics_customer_orders"_s,
        u"INSERT INTO analytics_customer_orders (customer_id, orders, first_at, last_at) SELECT customer_id, COUNT(*), "
        "MIN(ordered_at), MAX(ordered_at) FROM orders WHERE deleted = 0 GROUP BY customer_id"_s,
        u"DELETE FROM analytics_customer_visit"_s,
        lastVisitRebuild(),
    };
}

QStringList AnalyticsRollups::rebuildV6() {
    return {
        u"DELETE FROM analytics_opportunity"_s,
        insertOpportunity(u"1"_s),
        u"DELETE FROM analytics_stay"_s,
        insertStays(u"1"_s),
        u"DELETE FROM analytics_action"_s,
        insertActions(u"1"_s),
        u"DELETE FROM analytics_visit_month"_s,
        u"INSERT INTO analytics_visit_month (rep_id, month, visits, minutes5, onsite) SELECT COALESCE(rep_id, ''), "_s +
            monthSql(u"visited_at"_s) +
            u" AS m, COUNT(*), COALESCE(SUM(CASE WHEN duration_min >= 5 THEN duration_min END), 0), SUM(channel = "
            "'onsite') FROM visits WHERE deleted = 0 GROUP BY 1, m"_s,
        u"DELETE FROM analytics_visit_type_month"_s,
        u"INSERT INTO analytics_visit_type_month (rep_id, month, behaviour_type_id, visits) SELECT COALESCE(rep_id, "
        "''), "_s +
            monthSql(u"visited_at"_s) +
            u" AS m, behaviour_type_id, COUNT(*) FROM visits WHERE deleted = 0 AND behaviour_type_id IS NOT NULL GROUP "
            "BY 1, m, 3"_s,
        u"DELETE FROM analytics_visit_flag"_s,
        insertFlags(u"1"_s),
        u"DELETE FROM analytics_customer_orders"_s,
        u"INSERT INTO analytics_customer_orders (customer_id, orders, first_at, last_at) SELECT customer_id, COUNT(*), "
        "MIN(ordered_at), MAX(ordered_at) FROM orders WHERE deleted = 0 GROUP BY customer_id"_s,
    };
}

Status AnalyticsRollups::rebuild(Database& db) {
    for (const QString& statement : rebuild()) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = db.execute(statement); !s)
            return fail(u"cannot rebuild the analytics summaries: %1"_s.arg(s.error()));
        qCDebug(lcAnalytics) << "summary rebuild step" << timer.elapsed() << "ms:" << statement.left(90);
    }
    return {};
}

} // namespace Stride
