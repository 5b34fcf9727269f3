#include "processsandbox.h"

#include "domain/stages.h"
#include "standardactionledger.h"
#include "stats.h"
#include "storage/sqlstatement.h"
#include "visitrows.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

using Values = QHash<QString, std::optional<double>>;

// One metric per rep as (rep id, numerator, denominator) rows; a NULL/0 denominator gives no data.
Result<Values> ratioRows(const Database& db, const QString& sql, const QVariantList& binds) {
    Values v;
    SqlStatement q(db, sql, binds);
    while (q.next())
        v.insert(q.text(0), q.isNull(2) ? std::optional<double>(q.real(1)) : Stats::ratio(q.real(1), q.real(2)));
    if (!q.status())
        return fail(q.status().error());
    return v;
}

Result<Values> metric(const Database& db, const AnalyticsFilter& f, qint64 now, const QString& code) {
    QVariantList binds;
    if (code == u"visits"_s || code == u"call_minutes"_s || code == u"onsite_share"_s) {
        const QString expr = code == u"visits"_s         ? u"SUM(x.n), NULL"_s
                             : code == u"call_minutes"_s ? u"SUM(x.m5), NULL"_s
                                                         : u"SUM(x.os), SUM(x.n)"_s;
        const QString rows = VisitRows::sql(f, false, binds);
        return ratioRows(db, u"SELECT x.rep, "_s + expr + u" FROM "_s + rows + u" x GROUP BY x.rep"_s, binds);
    }
    if (code == u"points"_s) {
        const QString rows = VisitRows::sql(f, true, binds);
        return ratioRows(db,
                         u"SELECT g.rep, COALESCE(SUM(g.n * b.points), 0), NULL FROM (SELECT x.rep AS rep, x.type AS "
                         "type, SUM(x.n) AS n FROM "_s +
                             rows +
                             u" x GROUP BY x.rep, x.type) g LEFT JOIN behaviour_types b ON b.id = g.type AND b.deleted "
                             "= 0 GROUP BY g.rep"_s,
                         binds);
    }
    if (code == u"needs_rate"_s) {
        // analytics_opportunity.top is the furthest stage reached (history or current); needs is index 2.
        const QString scope = f.repCondition(u"o.owner_id"_s, binds);
        const QString period = f.periodCondition(u"o.created_at"_s, binds);
        return ratioRows(db,
                         u"SELECT o.owner_id, SUM(o.top >= 2), COUNT(*) FROM analytics_opportunity o WHERE "_s + scope +
                             u" AND "_s + period + u" GROUP BY o.owner_id"_s,
                         binds);
    }
    if (code == u"key_action_rate"_s) {
        auto counts = StandardActionLedger::counts(db, f, now);
        if (!counts)
            return fail(counts.error());
        QHash<QString, QPair<qint64, qint64>> perRep;
        for (const ActionCount& c : *counts) {
            auto& p = perRep[c.repId];
            p.first += c.done;
            p.second += c.due;
        }
        Values v;
        for (auto it = perRep.cbegin(); it != perRep.cend(); ++it)
            v.insert(it.key(), Stats::ratio(double(it->first), double(it->second)));
        return v;
    }
    return fail(u"unknown sandbox metric '%1' (one of: %2)"_s.arg(code, ProcessSandbox::metrics().join(u", "_s)));
}

} // namespace

const QStringList& ProcessSandbox::metrics() {
    static const QStringList m{u"visits"_s,     u"call_minutes"_s, u"onsite_share"_s,
                               u"needs_rate"_s, u"points"_s,       u"key_action_rate"_s};
    return m;
}

SandboxCorrelation ProcessSandbox::correlate(const QString& metricCode, const QList<double>& x,
                                             const QList<double>& y) {
    SandboxCorrelation c{metricCode, x.size(), std::nullopt, {}};
    if (c.n < 3) {
        c.note = u"no data: fewer than 3 reps with both values"_s;
        return c;
    }
    c.r = Stats::pearson(x, y);
    if (!c.r) {
        c.note = u"no data: one side has no variance"_s;
        return c;
    }
    const double a = std::abs(*c.r);
    c.note = u"%1 %2"_s.arg(a >= 0.5   ? u"strong"_s
                            : a >= 0.3 ? u"moderate"_s
                                       : u"weak"_s,
                            *c.r >= 0 ? u"positive"_s : u"negative"_s);
    return c;
}

Result<ProcessSandboxResult> ProcessSandbox::compute(const Database& db, const AnalyticsFilter& filter,
                                                     const Clock& clock, const QString& metricX,
                                                     const QString& metricY) {
    const qint64 now = clock.nowSecs();
    auto xs = metric(db, filter, now, metricX);
    if (!xs)
        return fail(xs.error());
    auto ys = metric(db, filter, now, metricY);
    if (!ys)
        return fail(ys.error());
    ProcessSandboxResult r;
    r.metricX = metricX;
    r.metricY = metricY;
    QHash<QString, QPair<qint64, qint64>> wins; // won, closed
    {
        QVariantList binds;
        const QString scope = filter.repCondition(u"owner_id"_s, binds);
        const QString period = filter.periodCondition(u"COALESCE(closed_at, stage_entered_at)"_s, binds);
        SqlStatement q(db,
                       u"SELECT owner_id, SUM(stage = 'won'), COUNT(*) FROM opportunities WHERE deleted = 0 AND stage "
                       "IN ('won', 'lost') AND "_s +
                           scope + u" AND "_s + period + u" GROUP BY owner_id"_s,
                       binds);
        while (q.next())
            wins.insert(q.text(0), {q.integer(1), q.integer(2)});
        if (!q.status())
            return fail(q.status().error());
    }
    QList<double> x1, w1, y2, w2;
    {
        QVariantList binds;
        SqlStatement q(db,
                       u"SELECT id, name FROM reps WHERE deleted = 0 AND active = 1 AND role = 'rep' AND "_s +
                           filter.repCondition(u"id"_s, binds) + u" ORDER BY name, id"_s,
                       binds);
        // Count metrics (visits, minutes, points) are 0 for a rep with no rows; ratios stay no data.
        const auto zeroIfCount = [](const QString& code, const Values& v, const QString& rep) -> std::optional<double> {
            if (v.contains(rep))
                return v.value(rep);
            const bool count = code == u"visits"_s || code == u"call_minutes"_s || code == u"points"_s;
            return count ? std::optional<double>(0.0) : std::nullopt;
        };
        while (q.next()) {
            SandboxRep s{
                q.text(0),    q.text(1), zeroIfCount(metricX, *xs, q.text(0)), zeroIfCount(metricY, *ys, q.text(0)),
                std::nullopt, 0};
            const auto w = wins.value(s.repId, {0, 0});
            s.closed = w.second;
            s.winRate = Stats::ratio(double(w.first), double(w.second));
            if (s.winRate && s.x) {
                x1 << *s.x;
                w1 << *s.winRate;
            }
            if (s.winRate && s.y) {
                y2 << *s.y;
                w2 << *s.winRate;
            }
            r.reps.append(s);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    r.xVsWin = correlate(metricX, x1, w1);
    r.yVsWin = correlate(metricY, y2, w2);
    return r;
}

} // namespace Stride
