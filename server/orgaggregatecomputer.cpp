#include "orgaggregatecomputer.h"

#include "analytics/analyticsfilter.h"
#include "analytics/behaviourpoints.h"
#include "analytics/orgaggregates.h"
#include "analytics/standardactionledger.h"
#include "analytics/stats.h"
#include "clock.h"
#include "domain/orgpolicy.h"
#include "serverdatabase.h"
#include "storage/orgcalendar.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue optionalJson(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString category(const QString& c) {
    return c.isEmpty() ? u"other"_s : c;
}

} // namespace

Result<QList<OrgAggregateRow>> OrgAggregateComputer::compute(qint64 now) {
    // The policy decides the score's window and the calendar of the leaderboards' periods.
    QMap<QString, QJsonValue> stored;
    {
        Result<QSqlQuery> q = m_db.exec(u"SELECT key, value FROM org_policy WHERE deleted = 0"_s);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.toUtf8() + q->value(1).toString().toUtf8() + "]");
            if (doc.isArray() && !doc.array().isEmpty())
                stored.insert(q->value(0).toString(), doc.array().at(0));
        }
    }
    OrgPolicy policy = OrgPolicy::defaults(stored.value(OrgPolicy::kLanguage).toString(u"zh_CN"_s));
    if (!stored.contains(OrgPolicy::kTimeZone))
        policy.timeZone = u"UTC"_s; // as a replica without the key counts its days (OrgCalendar::of)
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        (void)policy.set(it.key(), it.value());

    QList<OrgAggregateRow> out;
    if (Status s = purchaseDistribution(now, policy.score.windowMonths, out); !s)
        return fail(s.error());
    if (Status s = similarCycles(now, out); !s)
        return fail(s.error());
    if (Status s = leaderboards(now, policy.timeZone, out); !s)
        return fail(s.error());
    if (Status s = funnelBenchmarks(now, out); !s)
        return fail(s.error());
    if (Status s = coverageBenchmarks(now, policy.timeZone, out); !s)
        return fail(s.error());
    std::sort(out.begin(), out.end(), [](const OrgAggregateRow& a, const OrgAggregateRow& b) { return a.id < b.id; });
    return out;
}

Status OrgAggregateComputer::purchaseDistribution(qint64 now, int windowMonths, QList<OrgAggregateRow>& out) {
    // The same window and the same inclusive bounds as ValueScoreService's sums on a replica.
    const qint64 from = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).addMonths(-windowMonths).toSecsSinceEpoch();
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT c.id, COALESCE(SUM(o.amount), 0) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND "
        "o.deleted = 0 AND o.ordered_at >= ? AND o.ordered_at <= ? WHERE c.deleted = 0 GROUP BY c.id"_s,
        {from, now});
    if (!q)
        return fail(q.error());
    QList<double> totals;
    while (q->next())
        totals.append(q->value(1).toDouble());
    q->finish();
    const PurchaseDistribution d = OrgAggregates::distributionOf(totals, from, now);
    out.append({OrgAggregates::kPurchaseDistribution,
                OrgAggregates::kPurchaseDistribution,
                {},
                u"org"_s,
                compact(OrgAggregates::toJson(d))});
    return {};
}

Status OrgAggregateComputer::similarCycles(qint64 now, QList<OrgAggregateRow>& out) {
    const qint64 from = now - OrgAggregates::kSimilarWindowSecs;
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT COALESCE(o.industry, c.industry), COALESCE(o.budget_band, c.budget_band), COALESCE(o.decision_chain, "
        "c.decision_chain), o.closed_at - o.created_at FROM opportunities o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.deleted = 0 AND o.stage = 'won' AND o.closed_at IS NOT NULL AND o.created_at IS NOT NULL AND "
        "o.closed_at > ? AND o.closed_at <= ?"_s,
        {from, now});
    if (!q)
        return fail(q.error());
    struct Group {
        QString industry, budget, chain;
        QList<double> days;
    };
    QMap<QString, Group> groups; // ordered by key, so the JSON is the same for the same deals
    while (q->next()) {
        const QString industry = q->value(0).toString();
        const QString budget = q->value(1).toString();
        const QString chain = q->value(2).toString();
        const QString k = OrgAggregates::similarKey(industry, budget, chain);
        if (k.isEmpty())
            continue;
        Group& g = groups[k];
        g.industry = industry;
        g.budget = budget;
        g.chain = chain;
        g.days.append(double(q->value(3).toLongLong()) / double(Stats::day));
    }
    q->finish();
    QJsonArray list;
    for (const Group& g : std::as_const(groups))
        list.append(OrgAggregates::cycleToJson(g.industry, g.budget, g.chain, OrgAggregates::cycleOf(g.days)));
    const QJsonObject value{{u"from"_s, from}, {u"to"_s, now}, {u"groups"_s, list}};
    out.append({OrgAggregates::kSimilarCycle, OrgAggregates::kSimilarCycle, {}, u"org"_s, compact(value)});
    return {};
}

Status OrgAggregateComputer::leaderboards(qint64 now, const QString& timeZone, QList<OrgAggregateRow>& out) {
    struct Rep {
        QString id, name, team;
    };
    QList<Rep> reps;
    {
        Result<QSqlQuery> q =
            m_db.exec(u"SELECT id, name, COALESCE(team_id, '') FROM reps WHERE deleted = 0 AND active "
                      "= 1 AND role = 'rep' ORDER BY id"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            reps.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    QStringList categories;
    {
        Result<QSqlQuery> q = m_db.exec(u"SELECT DISTINCT category FROM behaviour_types WHERE deleted = 0"_s);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const QString c = category(q->value(0).toString());
            if (!categories.contains(c))
                categories << c;
        }
        categories.sort();
    }
    QJsonArray categoryList;
    for (const QString& c : std::as_const(categories))
        categoryList.append(c);

    // The periods a replica asks for: this week, and the filter bar's whole months ending with this one.
    const FixedClock clock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    const OrgCalendar calendar(timeZone, clock);
    struct Period {
        QString name;
        AnalyticsFilter filter;
    };
    QList<Period> periods{{u"week"_s, BehaviourPoints::week(calendar.today(), {}, calendar)}};
    for (int months : {1, 3, 6, 12})
        periods.append({u"months%1"_s.arg(months), AnalyticsFilter::lastMonths(months, calendar)});

    for (const Period& period : std::as_const(periods)) {
        // Points per rep and category in the period, as BehaviourPoints counts them on a replica.
        QHash<QString, QMap<QString, qint64>> points;
        QHash<QString, qint64> actions;
        Result<QSqlQuery> q = m_db.exec(
            u"SELECT v.rep_id, b.category, SUM(b.points), COUNT(*) FROM visits v JOIN behaviour_types b ON b.id = "
            "v.behaviour_type_id WHERE v.deleted = 0 AND v.visited_at >= ? AND v.visited_at < ? GROUP BY v.rep_id, "
            "b.category"_s,
            {period.filter.from, period.filter.to});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const QString rep = q->value(0).toString();
            points[rep][category(q->value(1).toString())] += q->value(2).toLongLong();
            actions[rep] += q->value(3).toLongLong();
        }
        q->finish();
        QMap<QString, QJsonArray> byTeam;
        for (const Rep& r : std::as_const(reps)) {
            QJsonObject by;
            qint64 total = 0;
            const QMap<QString, qint64> mine = points.value(r.id);
            for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
                by.insert(it.key(), it.value());
                total += it.value();
            }
            byTeam[r.team].append(QJsonObject{{u"rep_id"_s, r.id},
                                              {u"name"_s, r.name},
                                              {u"team_id"_s, r.team},
                                              {u"points"_s, total},
                                              {u"actions"_s, actions.value(r.id)},
                                              {u"by_category"_s, by}});
        }
        for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
            const QJsonObject value{{u"period"_s, period.name},
                                    {u"from"_s, period.filter.from},
                                    {u"to"_s, period.filter.to},
                                    {u"categories"_s, categoryList},
                                    {u"rows"_s, it.value()}};
            const QString scope = it.key().isEmpty() ? u"org"_s : it.key();
            out.append({u"%1:%2:%3"_s.arg(OrgAggregates::kLeaderboard, period.name, scope), OrgAggregates::kLeaderboard,
                        it.key(), period.name, compact(value)});
        }
    }
    return {};
}

Status OrgAggregateComputer::funnelBenchmarks(qint64 now, QList<OrgAggregateRow>& out) {
    const qint64 from = now - OrgAggregates::kBenchmarkWindowSecs;
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT COALESCE(r.team_id, ''), o.stage, COUNT(*), SUM(CASE WHEN o.stage = 'won' AND o.closed_at IS NOT "
        "NULL THEN o.closed_at - o.created_at ELSE 0 END), SUM(CASE WHEN o.stage = 'won' AND o.closed_at IS NOT NULL "
        "THEN 1 ELSE 0 END) FROM opportunities o LEFT JOIN reps r ON r.id = o.owner_id WHERE o.deleted = 0 AND "
        "o.created_at >= ? AND o.created_at < ? GROUP BY COALESCE(r.team_id, ''), o.stage"_s,
        {from, now});
    if (!q)
        return fail(q.error());
    struct Figures {
        qint64 deals = 0, won = 0, lost = 0, wonSecs = 0, wonTimed = 0;
        QMap<QString, qint64> byStage;
    };
    QMap<QString, Figures> teams; // "" collects deals of owners without a team; the organisation is added below
    Figures org;
    while (q->next()) {
        const QString team = q->value(0).toString();
        const QString stage = q->value(1).toString();
        const qint64 n = q->value(2).toLongLong();
        for (Figures* f : {&teams[team], &org}) {
            f->deals += n;
            f->byStage[stage] += n;
            if (stage == u"won"_s)
                f->won += n;
            if (stage == u"lost"_s)
                f->lost += n;
            f->wonSecs += q->value(3).toLongLong();
            f->wonTimed += q->value(4).toLongLong();
        }
    }
    q->finish();
    auto row = [&](const QString& team, const Figures& f) {
        QJsonObject by;
        for (auto it = f.byStage.cbegin(); it != f.byStage.cend(); ++it)
            by.insert(it.key(), it.value());
        const std::optional<double> rate = Stats::ratio(double(f.won) * 100.0, double(f.won + f.lost));
        const std::optional<double> days = Stats::ratio(double(f.wonSecs) / double(Stats::day), double(f.wonTimed));
        const QJsonObject value{{u"from"_s, from},
                                {u"to"_s, now},
                                {u"deals"_s, f.deals},
                                {u"won"_s, f.won},
                                {u"lost"_s, f.lost},
                                {u"win_rate_pct"_s, optionalJson(rate)},
                                {u"mean_days_to_win"_s, optionalJson(days)},
                                {u"by_stage"_s, by}};
        const QString scope = team.isEmpty() ? u"org"_s : team;
        out.append({u"%1:%2"_s.arg(OrgAggregates::kFunnelBenchmark, scope), OrgAggregates::kFunnelBenchmark, team,
                    scope, compact(value)});
    };
    row(QString(), org);
    for (auto it = teams.cbegin(); it != teams.cend(); ++it) {
        if (!it.key().isEmpty())
            row(it.key(), it.value());
    }
    return {};
}

namespace {

// The six months ending with the one of `now`, in the organisation's calendar (CoverageKpi's default series): their
// names and the bounds [bounds[m], bounds[m + 1]) of each.
struct CoverageMonths {
    QList<qint64> bounds;
    QStringList names;
};

CoverageMonths coverageMonths(qint64 now, const QString& timeZone) {
    const FixedClock clock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    const OrgCalendar calendar(timeZone, clock);
    const QDate last = calendar.today();
    CoverageMonths out;
    for (int k = OrgAggregates::kCoverageMonths - 1; k >= 0; --k) {
        const QDate d = last.addMonths(-k);
        out.bounds << calendar.monthStart(d);
        out.names << QDate(d.year(), d.month(), 1).toString(u"yyyy-MM"_s);
    }
    out.bounds << calendar.nextMonthStart(last);
    return out;
}

struct RepMonth {
    QString team;
    bool allDone = true;
};
using RepMonths = QList<QHash<QString, RepMonth>>; // per month, per rep

// StandardActionLedger's instances, in portable SQL. Each entry of a standard action's trigger stage makes the
// action due for the deal's owner at entry + deadline_hours; done by a visit on the customer with the action's
// behaviour code or by the action's task, between the entry and the deadline; only deadlines already past count.
// A stage skipped on the way forward (a stay of no length) makes nothing due.
QString actionInstancesSql() {
    const QString due = u"(h.entered_at + a.deadline_hours * 3600)"_s;
    return u"SELECT o.owner_id, COALESCE(r.team_id, ''), %1, CASE WHEN EXISTS (SELECT 1 FROM visits v JOIN "
           "behaviour_types b ON b.id = v.behaviour_type_id WHERE v.customer_id = o.customer_id AND v.deleted = 0 AND "
           "v.visited_at BETWEEN h.entered_at AND %1 AND b.code = a.action_code) OR EXISTS (SELECT 1 FROM tasks t "
           "WHERE "
           "t.opportunity_id = o.id AND t.deleted = 0 AND t.source_key = a.action_code || ':' || o.id AND t.done_at "
           "BETWEEN h.entered_at AND %1) THEN 1 ELSE 0 END FROM stage_history h JOIN opportunities o ON o.id = "
           "h.opportunity_id JOIN standard_actions a ON a.trigger_stage = h.stage LEFT JOIN reps r ON r.id = "
           "o.owner_id WHERE h.deleted = 0 AND (h.left_at IS NULL OR h.left_at > h.entered_at) AND o.deleted = 0 AND "
           "a.deleted = 0 AND a.active = 1 AND a.action_code <> ? "
           "AND o.owner_id IS NOT NULL AND %1 <= ? AND %1 >= ? AND %1 < ?"_s.arg(due);
}

// The payment follow-up is due once per milestone of a deal in its trigger stage, deadline_hours before the
// milestone; none when the milestone comes sooner after the signing than that, or was paid by then. Its window
// opens at the previous milestone's follow-up deadline (the signing for the first). Done by a visit with its
// behaviour code, or by the milestone's (or the deal's) follow-up task done in the window.
QString milestoneInstancesSql() {
    const QString span = u"(a.deadline_hours * 3600)"_s;
    const QString mdue = u"(m.due_at - "_s + span + u")"_s;
    const QString previous = u"(SELECT MAX(m2.due_at) FROM payment_milestones m2 WHERE m2.opportunity_id = o.id AND "
                             "m2.deleted = 0 AND (m2.due_at < m.due_at OR (m2.due_at = m.due_at AND m2.id < m.id)))"_s;
    const QString begin = u"(CASE WHEN %1 IS NOT NULL AND %1 - %2 > o.stage_entered_at THEN %1 - %2 ELSE "
                          "o.stage_entered_at END)"_s.arg(previous, span);
    return u"SELECT o.owner_id, COALESCE(r.team_id, ''), %1, CASE WHEN EXISTS (SELECT 1 FROM visits v JOIN "
           "behaviour_types b ON b.id = v.behaviour_type_id WHERE v.customer_id = o.customer_id AND v.deleted = 0 AND "
           "v.visited_at BETWEEN %2 AND %1 AND b.code = a.action_code) OR EXISTS (SELECT 1 FROM tasks t WHERE "
           "t.opportunity_id = o.id AND t.deleted = 0 AND t.source_key IN ('payment:' || m.id, a.action_code || ':' || "
           "m.id, a.action_code || ':' || o.id) AND t.done_at BETWEEN %2 AND %1) THEN 1 ELSE 0 END FROM "
           "payment_milestones m JOIN opportunities o ON o.id = m.opportunity_id JOIN standard_actions a ON "
           "a.action_code = ? AND a.trigger_stage = o.stage AND a.deleted = 0 AND a.active = 1 LEFT JOIN reps r ON "
           "r.id "
           "= o.owner_id WHERE m.deleted = 0 AND o.deleted = 0 AND o.owner_id IS NOT NULL AND o.stage_entered_at IS "
           "NOT "
           "NULL AND %1 >= o.stage_entered_at AND (m.paid_at IS NULL OR m.paid_at > %1) AND %1 <= ? AND %1 >= ? AND %1 "
           "< ?"_s.arg(mdue, begin);
}

// Rows of (owner, team, deadline, done) counted into their month: a rep covers a month when every action due in
// it was done.
void tally(QSqlQuery& q, const CoverageMonths& months, RepMonths& perMonth) {
    while (q.next()) {
        const qint64 at = q.value(2).toLongLong();
        const auto m = std::upper_bound(months.bounds.cbegin(), months.bounds.cend(), at) - months.bounds.cbegin() - 1;
        if (m < 0 || m >= months.names.size())
            continue;
        RepMonth& rm = perMonth[m][q.value(0).toString()];
        rm.team = q.value(1).toString();
        rm.allDone = rm.allDone && q.value(3).toLongLong() != 0;
    }
    q.finish();
}

// One row for the organisation ("org") and one per team: due and covered reps per month.
void benchmarkRows(const RepMonths& perMonth, const QStringList& names, QList<OrgAggregateRow>& out) {
    struct Tally {
        QList<qint64> due, covered;
    };
    const Tally zero{QList<qint64>(names.size(), 0), QList<qint64>(names.size(), 0)};
    QMap<QString, Tally> tallies{{QString(), zero}}; // "": the organisation
    for (qsizetype m = 0; m < perMonth.size(); ++m) {
        for (auto it = perMonth.at(m).cbegin(); it != perMonth.at(m).cend(); ++it) {
            const auto add = [&](const QString& key) {
                auto t = tallies.find(key);
                if (t == tallies.end())
                    t = tallies.insert(key, zero);
                ++t->due[m];
                t->covered[m] += it->allDone ? 1 : 0;
            };
            add(QString()); // the organisation counts every rep, a team its own
            if (!it->team.isEmpty())
                add(it->team);
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        QJsonArray months;
        for (qsizetype m = 0; m < names.size(); ++m) {
            const std::optional<double> pct = Stats::ratio(double(it->covered.at(m)) * 100.0, double(it->due.at(m)));
            months.append(QJsonObject{{u"month"_s, names.at(m)},
                                      {u"due"_s, it->due.at(m)},
                                      {u"covered"_s, it->covered.at(m)},
                                      {u"coverage_pct"_s, optionalJson(pct)}});
        }
        const QString scope = it.key().isEmpty() ? u"org"_s : it.key();
        out.append({u"%1:%2"_s.arg(OrgAggregates::kCoverageBenchmark, scope), OrgAggregates::kCoverageBenchmark,
                    it.key(), scope, compact(QJsonObject{{u"months"_s, months}})});
    }
}

} // namespace

Status OrgAggregateComputer::coverageBenchmarks(qint64 now, const QString& timeZone, QList<OrgAggregateRow>& out) {
    const CoverageMonths months = coverageMonths(now, timeZone);
    RepMonths perMonth(months.names.size());
    const QString milestoneCode = QString::fromLatin1(StandardActionLedger::milestoneActionCode);
    for (const QString& sql : {actionInstancesSql(), milestoneInstancesSql()}) {
        Result<QSqlQuery> q = m_db.exec(sql, {milestoneCode, now, months.bounds.first(), months.bounds.last()});
        if (!q)
            return fail(q.error());
        tally(*q, months, perMonth);
    }
    benchmarkRows(perMonth, months.names, out);
    return {};
}

} // namespace Stride::Server
