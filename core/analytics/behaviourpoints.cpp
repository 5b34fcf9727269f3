#include "behaviourpoints.h"

#include "orgaggregates.h"
#include "stats.h"
#include "storage/entitystore.h"
#include "storage/sqlstatement.h"
#include "visitrows.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 firstMonth = 30 * Stats::day;

Result<QList<OnboardingProgress>> newReps(const Database& db, const AnalyticsFilter& scope, qint64 now) {
    QVariantList binds{now - firstMonth, now, firstMonth};
    const QString cond = scope.repCondition(u"r.id"_s, binds);
    auto evidence = [](const QString& visitCode, const QString& taskCode) {
        return u"MAX((SELECT COUNT(*) FROM visits v JOIN behaviour_types b ON b.id = v.behaviour_type_id WHERE "
               "v.rep_id = r.id AND v.deleted = 0 AND b.code = '%1' AND v.visited_at >= r.hire_date AND v.visited_at < "
               "r.hire_date + ?3), (SELECT COUNT(*) FROM tasks t WHERE t.owner_id = r.id AND t.deleted = 0 AND "
               "t.done_at IS NOT NULL AND t.source_key LIKE 'onboarding:' || r.id || ':%2:%'))"_s.arg(visitCode,
                                                                                                      taskCode);
    };
    SqlStatement q(db,
                   u"SELECT r.id, r.name, r.hire_date, "_s +
                       evidence(u"pain_point_interview"_s, u"pain_point_interview"_s) + u", "_s +
                       evidence(u"customised_solution"_s, u"solution_draft"_s) +
                       u" FROM reps r WHERE r.deleted = 0 AND r.active = 1 AND r.role = 'rep' AND r.hire_date > ?1 AND "
                       "r.hire_date <= ?2 AND "_s +
                       cond + u" ORDER BY r.hire_date, r.id"_s,
                   binds);
    QList<OnboardingProgress> list;
    while (q.next()) {
        OnboardingProgress p;
        p.repId = q.text(0);
        p.name = q.text(1);
        p.hiredAt = q.integer(2);
        p.interviews = int(std::min<qint64>(q.integer(3), p.interviewsTarget));
        p.drafts = int(std::min<qint64>(q.integer(4), p.draftsTarget));
        list.append(p);
    }
    if (!q.status())
        return fail(q.status().error());
    return list;
}

} // namespace

AnalyticsFilter BehaviourPoints::week(QDate day, AnalyticsFilter scope, const OrgCalendar& calendar) {
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    scope.from = calendar.startOf(monday);
    scope.to = calendar.startOf(monday.addDays(7));
    return scope;
}

AnalyticsFilter BehaviourPoints::month(QDate day, AnalyticsFilter scope, const OrgCalendar& calendar) {
    scope.from = calendar.monthStart(day);
    scope.to = calendar.nextMonthStart(day);
    return scope;
}

Result<BehaviourPointsResult> BehaviourPoints::compute(const Database& db, const AnalyticsFilter& filter,
                                                       const Clock& clock) {
    BehaviourPointsResult r;
    Result<std::optional<OrgLeaderboard>> org = OrgAggregates::leaderboard(db, filter);
    if (!org)
        return fail(org.error());
    if (*org) {
        r.leaderboard = (*org)->rows;
        r.categories = (*org)->categories;
        r.orgAsOf = (*org)->orgAsOf;
        auto fresh = newReps(db, filter, clock.nowSecs());
        if (!fresh)
            return fail(fresh.error());
        r.newReps = *fresh;
        return r;
    }
    QHash<QString, qsizetype> index;
    {
        QVariantList binds;
        SqlStatement q(db,
                       u"SELECT id, name, COALESCE(team_id, '') FROM reps WHERE deleted = 0 AND active = 1 AND role = "
                       "'rep' AND "_s +
                           filter.repCondition(u"id"_s, binds),
                       binds);
        while (q.next()) {
            index.insert(q.text(0), r.leaderboard.size());
            r.leaderboard.append(LeaderboardEntry{0, q.text(0), q.text(1), q.text(2), 0, 0, {}});
        }
        if (!q.status())
            return fail(q.status().error());
    }
    {
        SqlStatement q(db, u"SELECT DISTINCT COALESCE(NULLIF(category, ''), 'other') FROM behaviour_types WHERE "
                           "deleted = 0 ORDER BY 1"_s);
        while (q.next())
            r.categories << q.text(0);
        if (!q.status())
            return fail(q.status().error());
    }
    {
        QVariantList binds;
        const QString rows = VisitRows::sql(filter, true, binds);
        // Summed per (rep, type) first, in the summary index's order, then per category: the catalogue join and
        // the sort see a few thousand groups, not every month row (at 100k customers 100,000 rows in 6 months).
        SqlStatement q(db,
                       u"SELECT g.rep, COALESCE(NULLIF(b.category, ''), 'other'), SUM(g.n * b.points), SUM(g.n) FROM "
                       "(SELECT x.rep AS rep, x.type AS type, SUM(x.n) AS n FROM "_s +
                           rows +
                           u" x GROUP BY x.rep, x.type) g JOIN behaviour_types b ON b.id = g.type GROUP BY 1, 2 HAVING "
                           "SUM(g.n) > 0"_s,
                       binds);
        while (q.next()) {
            const auto it = index.constFind(q.text(0));
            if (it == index.cend())
                continue; // supervisors' own visits and inactive reps do not rank
            LeaderboardEntry& e = r.leaderboard[*it];
            e.byCategory[q.text(1)] += q.integer(2);
            e.points += q.integer(2);
            e.actions += q.integer(3);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    std::sort(r.leaderboard.begin(), r.leaderboard.end(), [](const auto& a, const auto& b) {
        if (a.points != b.points)
            return a.points > b.points;
        return a.name != b.name ? a.name < b.name : a.repId < b.repId;
    });
    for (qsizetype i = 0; i < r.leaderboard.size(); ++i) {
        const bool tie = i > 0 && r.leaderboard.at(i - 1).points == r.leaderboard.at(i).points;
        r.leaderboard[i].rank = tie ? r.leaderboard.at(i - 1).rank : int(i + 1);
    }
    auto fresh = newReps(db, filter, clock.nowSecs());
    if (!fresh)
        return fail(fresh.error());
    r.newReps = *fresh;
    return r;
}

Result<int> BehaviourPoints::createOnboardingTasks(EntityStore& store, const AnalyticsFilter& scope) {
    auto fresh = newReps(store.database(), scope, store.clock().nowSecs());
    if (!fresh)
        return fail(fresh.error());
    static const char* const codes[] = {"pain_point_interview", "pain_point_interview", "pain_point_interview",
                                        "solution_draft", "solution_draft"};
    static const int numbers[] = {1, 2, 3, 1, 2};
    const QStringList titles{u"First month: pain-point interview 1 of 3"_s,
                             u"First month: pain-point interview 2 of 3"_s,
                             u"First month: pain-point interview 3 of 3"_s, u"First month: solution draft 1 of 2"_s,
                             u"First month: solution draft 2 of 2"_s};
    QList<EntityWrite> writes;
    for (const OnboardingProgress& p : *fresh) {
        for (int k = 0; k < 5; ++k) {
            const QString key = u"onboarding:%1:%2:%3"_s.arg(p.repId, QString::fromLatin1(codes[k])).arg(numbers[k]);
            SqlStatement q(store.database(), u"SELECT 1 FROM tasks WHERE source_key = ?"_s, {key});
            if (q.next())
                continue;
            if (!q.status())
                return fail(q.status().error());
            writes.append({u"tasks"_s,
                           EntityStore::newId(),
                           {{u"owner_id"_s, p.repId},
                            {u"title"_s, titles.at(k)},
                            {u"due_at"_s, p.hiredAt + qint64(6 + k * 5) * Stats::day + qint64(10) * 3600},
                            {u"source"_s, u"onboarding"_s},
                            {u"source_key"_s, key}},
                           false});
        }
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store.apply(writes); !s)
        return fail(s.error());
    return int(writes.size());
}

} // namespace Stride
