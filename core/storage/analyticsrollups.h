#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride {

class Database;

// Local-only summary tables behind the dashboard figures (issue 5 "Speed": at 100,000 customers a figure may
// not rescan 1.7 M visits or re-evaluate 180,000 key-action deadlines). They are derived data, never synced,
// and kept exact by SQL triggers on the source tables, so every write path — EntityStore, the sync pull, plain
// SQL in tests — maintains them inside its own transaction:
//  - analytics_opportunity: per live opportunity its owner, created_at, stage, lost reason and the furthest
//    pipeline index reached (history or current stage; -1 when none) — funnel reach, needs rate.
//  - analytics_stay: completed stays (left_at set) of lead … objection of live opportunities, in seconds.
//  - analytics_action: one row per standard action due on a live opportunity's stage entry (the
//    StandardActionLedger definition) with its deadline, its month and whether it was done in time.
//  - analytics_visit_month / analytics_visit_type_month: live visits per rep ('' = none) and calendar month
//    (UTC month start): count, effective call minutes (≥ 5 min), on-site count; and count per behaviour type.
//    UTC months are only the tables' granularity: a period in the organisation's calendar (OrgCalendar) that does
//    not start on one adds or takes away the visits at its edges (VisitRows).
//  - analytics_visit_flag: live visits whose notes carry a negative keyword family (price / approval).
//  - analytics_customer_orders: per customer the count, first and last time of its live orders.
//  - analytics_customer_visit (schema 7): per customer the time of its latest live visit.
// schema() creates tables, indexes and triggers; rebuild() recomputes every table from the source rows (the
// migration and the demo generator, which loads with the triggers dropped, run it).
class AnalyticsRollups final {
public:
    // Schema 6 as it was written into the file: tables, indexes, the triggers of that version, the rebuild.
    static QStringList schema();
    // Schema 7 over schema 6 (issue 5 "Speed"): covering indexes for the dashboard's figures, and
    // analytics_customer_visit with its three visit triggers, filled here.
    static QStringList schema7();
    // Recomputes every summary table of the current schema from the source rows.
    static QStringList rebuild();
    // Every trigger that keeps the summaries, as `create` (e.g. "CREATE TEMP TRIGGER IF NOT EXISTS") makes
    // them; ReplicaTriggers installs them on each read-write connection.
    static QStringList triggers(const QString& create);
    // LIKE pattern (escape '\') matching the names of those triggers.
    static QString triggerPattern();
    static Status rebuild(Database& db);
    // SQL expression: the UTC month start (epoch seconds) of an epoch-seconds expression.
    static QString monthSql(const QString& secs);
    // Risk attribution's three flags (slow service, demo without a customised quote, no follow-up within 72 h)
    // of a window [s, e] on customer cid, over the demos matching opportunityCondition (SQL over h, o2).
    // indexed: name the covering visit index (reads only; the triggers must not depend on an index name).
    static QString riskFlagsSql(const QString& cid, const QString& s, const QString& e,
                                const QString& opportunityCondition, bool indexed);

private:
    static QString lastVisitRebuild();
    static QStringList triggersV6(const QString& create);
    static QStringList lastVisitTriggers(const QString& create);
    static QStringList rebuildV6();
};

} // namespace Stride
