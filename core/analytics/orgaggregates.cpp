#include "orgaggregates.h"

#include "stats.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

std::optional<QJsonObject> parse(const QString& text) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonValue optionalJson(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalOf(const QJsonValue& v) {
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// Linear interpolation between the closest ranks of sorted values (the median as Stats::median takes it).
double quantile(const QList<double>& sorted, double q) {
    const double h = double(sorted.size() - 1) * q;
    const qsizetype lo = qsizetype(std::floor(h));
    const qsizetype hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (h - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

struct AggregateRow {
    QString teamId;
    QJsonObject value;
    qint64 computedAt = 0;
};

Result<QList<AggregateRow>> rowsOf(const Database& db, const QString& kind) {
    SqlStatement q(db,
                   u"SELECT COALESCE(team_id, ''), value_json, COALESCE(computed_at, 0) FROM org_aggregates WHERE "
                   "deleted = 0 AND kind = ? ORDER BY id"_s,
                   {kind});
    QList<AggregateRow> rows;
    while (q.next()) {
        if (std::optional<QJsonObject> o = parse(q.text(1)))
            rows.append({q.text(0), *o, q.integer(2)});
    }
    if (!q.status())
        return fail(q.status().error());
    return rows;
}

} // namespace

double OrgAggregates::roundAmount(double amount) {
    return std::round(amount * 100.0) / 100.0;
}

PurchaseDistribution OrgAggregates::distributionOf(QList<double> totals, qint64 windowFrom, qint64 windowTo) {
    PurchaseDistribution d;
    d.windowFrom = windowFrom;
    d.windowTo = windowTo;
    d.customers = totals.size();
    for (double& t : totals)
        t = roundAmount(t);
    std::sort(totals.begin(), totals.end());
    // Distinct positive totals with their counts.
    struct Value {
        double amount;
        qint64 below, equal;
    };
    QList<Value> values;
    for (qsizetype i = 0; i < totals.size();) {
        qsizetype j = i;
        while (j < totals.size() && totals.at(j) == totals.at(i))
            ++j;
        if (totals.at(i) > 0)
            values.append({totals.at(i), qint64(i), qint64(j - i)});
        i = j;
    }
    // A total between two breakpoints is placed by interpolation; its error is below the number of other
    // customers in that gap. Gaps of at most 1 + (N − 1)/1000 customers keep P within 0.1 of the exact rank.
    const qint64 maxGap = 1 + (d.customers > 1 ? (d.customers - 1) / qint64(100.0 / kPercentilePrecision) : 0);
    qint64 pending = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Value& v = values.at(i);
        const bool edge = i == 0 || i == values.size() - 1;
        if (edge || pending + v.equal > maxGap) {
            d.points.append({v.amount, v.below, v.equal});
            pending = 0;
        } else {
            pending += v.equal;
        }
    }
    return d;
}

double OrgAggregates::percentile(const PurchaseDistribution& d, double total) {
    total = roundAmount(total);
    if (total <= 0)
        return 0;
    if (d.customers <= 1 || d.points.isEmpty())
        return 100;
    const double others = double(d.customers - 1);
    const auto it = std::lower_bound(d.points.cbegin(), d.points.cend(), total,
                                     [](const PurchaseDistribution::Point& p, double a) { return p.amount < a; });
    double rank = 0; // L + E/2 over the other customers
    if (it != d.points.cend() && it->amount == total) {
        rank = double(it->below) + double(it->equal - 1) / 2.0;
    } else if (it == d.points.cbegin()) {
        rank = double(it->below); // below the smallest total the server saw
    } else if (it == d.points.cend()) {
        const auto& last = d.points.constLast();
        rank = std::min(others, double(last.below + last.equal));
    } else {
        // Between two breakpoints: the customers strictly between them (this one among them) are spread by
        // interpolation on the amount.
        const auto& lo = *(it - 1);
        const auto& hi = *it;
        const double first = double(lo.below + lo.equal);
        const double between = std::max(0.0, double(hi.below) - first - 1); // the others in the gap
        const double frac = (total - lo.amount) / (hi.amount - lo.amount);
        rank = first + between * frac;
    }
    return std::clamp(100.0 * rank / others, 0.0, 100.0);
}

QString OrgAggregates::similarKey(const QString& industry, const QString& budgetBand, const QString& decisionChain) {
    if (industry.isEmpty() || budgetBand.isEmpty() || decisionChain.isEmpty())
        return {};
    return industry + QChar(0x1f) + budgetBand + QChar(0x1f) + decisionChain;
}

SimilarCycle OrgAggregates::cycleOf(QList<double> days) {
    SimilarCycle c;
    c.count = days.size();
    c.meanDays = Stats::mean(days);
    c.spreadDays = Stats::stddev(days);
    if (days.isEmpty())
        return c;
    std::sort(days.begin(), days.end());
    c.p25Days = quantile(days, 0.25);
    c.medianDays = quantile(days, 0.5);
    c.p75Days = quantile(days, 0.75);
    return c;
}

QJsonObject OrgAggregates::toJson(const PurchaseDistribution& d) {
    QJsonArray points;
    for (const PurchaseDistribution::Point& p : d.points)
        points.append(QJsonArray{p.amount, p.below, p.equal});
    return {{u"window_from"_s, d.windowFrom},
            {u"window_to"_s, d.windowTo},
            {u"customers"_s, d.customers},
            {u"points"_s, points}};
}

std::optional<PurchaseDistribution> OrgAggregates::distributionFromJson(const QJsonObject& o) {
    if (!o.value(u"points"_s).isArray() || !o.value(u"customers"_s).isDouble())
        return std::nullopt;
    PurchaseDistribution d;
    d.windowFrom = qint64(o.value(u"window_from"_s).toDouble());
    d.windowTo = qint64(o.value(u"window_to"_s).toDouble());
    d.customers = qint64(o.value(u"customers"_s).toDouble());
    for (const QJsonValue& v : o.value(u"points"_s).toArray()) {
        const QJsonArray p = v.toArray();
        if (p.size() != 3)
            return std::nullopt;
        d.points.append({p.at(0).toDouble(), qint64(p.at(1).toDouble()), qint64(p.at(2).toDouble())});
    }
    return d;
}

QJsonObject OrgAggregates::cycleToJson(const QString& industry, const QString& budgetBand, const QString& decisionChain,
                                       const SimilarCycle& c) {
    return {{u"industry"_s, industry},
            {u"budget_band"_s, budgetBand},
            {u"decision_chain"_s, decisionChain},
            {u"n"_s, c.count},
            {u"mean_days"_s, optionalJson(c.meanDays)},
            {u"spread_days"_s, optionalJson(c.spreadDays)},
            {u"p25_days"_s, optionalJson(c.p25Days)},
            {u"median_days"_s, optionalJson(c.medianDays)},
            {u"p75_days"_s, optionalJson(c.p75Days)}};
}

Result<qint64> OrgAggregates::asOf(const Database& db) {
    SqlStatement q(db,
                   u"SELECT MAX(CASE WHEN kind = ? THEN computed_at END), MAX(computed_at) FROM org_aggregates "
                   "WHERE deleted = 0"_s,
                   {kStamp});
    qint64 at = 0;
    if (q.next())
        at = !q.isNull(0) ? q.integer(0) : (q.isNull(1) ? 0 : q.integer(1));
    if (!q.status())
        return fail(q.status().error());
    return at;
}

Result<std::optional<PurchaseDistribution>> OrgAggregates::purchaseDistribution(const Database& db) {
    Result<QList<AggregateRow>> rows = rowsOf(db, kPurchaseDistribution);
    if (!rows)
        return fail(rows.error());
    for (const AggregateRow& row : std::as_const(*rows)) {
        if (!row.teamId.isEmpty())
            continue;
        std::optional<PurchaseDistribution> d = distributionFromJson(row.value);
        if (!d)
            continue;
        Result<qint64> at = asOf(db);
        if (!at)
            return fail(at.error());
        d->computedAt = std::max(row.computedAt, *at);
        return std::optional<PurchaseDistribution>(*d);
    }
    return std::optional<PurchaseDistribution>();
}

Result<SimilarCycles> OrgAggregates::similarCycles(const Database& db, qint64 now) {
    Result<QList<AggregateRow>> rows = rowsOf(db, kSimilarCycle);
    if (!rows)
        return fail(rows.error());
    SimilarCycles out;
    for (const AggregateRow& row : std::as_const(*rows)) {
        if (!row.teamId.isEmpty())
            continue;
        Result<qint64> at = asOf(db);
        if (!at)
            return fail(at.error());
        out.orgAsOf = std::max(row.computedAt, *at);
        for (const QJsonValue& g : row.value.value(u"groups"_s).toArray()) {
            const QJsonObject o = g.toObject();
            const QString k = similarKey(o.value(u"industry"_s).toString(), o.value(u"budget_band"_s).toString(),
                                         o.value(u"decision_chain"_s).toString());
            if (k.isEmpty())
                continue;
            SimilarCycle c;
            c.count = qint64(o.value(u"n"_s).toDouble());
            c.meanDays = optionalOf(o.value(u"mean_days"_s));
            c.spreadDays = optionalOf(o.value(u"spread_days"_s));
            c.p25Days = optionalOf(o.value(u"p25_days"_s));
            c.medianDays = optionalOf(o.value(u"median_days"_s));
            c.p75Days = optionalOf(o.value(u"p75_days"_s));
            c.orgAsOf = out.orgAsOf;
            out.byKey.insert(k, c);
        }
        return out;
    }
    // No aggregate: this replica's own won deals (all of the organisation's only for directors and admins).
    QHash<QString, QList<double>> cycles;
    SqlStatement q(db,
                   u"SELECT COALESCE(o.industry, c.industry), COALESCE(o.budget_band, c.budget_band), "
                   "COALESCE(o.decision_chain, c.decision_chain), (o.closed_at - o.created_at) / 86400.0 FROM "
                   "opportunities o JOIN customers c ON c.id = o.customer_id WHERE o.deleted = 0 AND o.stage = "
                   "'won' AND o.closed_at IS NOT NULL AND o.created_at IS NOT NULL AND o.closed_at > ? AND "
                   "o.closed_at <= ?"_s,
                   {now - kSimilarWindowSecs, now});
    while (q.next()) {
        const QString k = similarKey(q.text(0), q.text(1), q.text(2));
        if (!k.isEmpty())
            cycles[k].append(q.real(3));
    }
    if (!q.status())
        return fail(q.status().error());
    for (auto it = cycles.cbegin(); it != cycles.cend(); ++it)
        out.byKey.insert(it.key(), cycleOf(*it));
    return out;
}

Result<std::optional<OrgLeaderboard>> OrgAggregates::leaderboard(const Database& db, const AnalyticsFilter& filter) {
    if (filter.from == 0 || filter.to == 0)
        return std::optional<OrgLeaderboard>();
    std::optional<QString> team; // nullopt: every team the replica holds
    if (!filter.repId.isEmpty()) {
        SqlStatement q(db, u"SELECT COALESCE(team_id, '') FROM reps WHERE id = ?"_s, {filter.repId});
        if (!q.next()) {
            if (!q.status())
                return fail(q.status().error());
            return std::optional<OrgLeaderboard>();
        }
        team = q.text(0);
    } else if (!filter.teamId.isEmpty()) {
        team = filter.teamId;
    }
    Result<QList<AggregateRow>> rows = rowsOf(db, kLeaderboard);
    if (!rows)
        return fail(rows.error());
    OrgLeaderboard out;
    bool found = false;
    for (const AggregateRow& row : std::as_const(*rows)) {
        if (team && row.teamId != *team)
            continue;
        if (qint64(row.value.value(u"from"_s).toDouble()) != filter.from ||
            qint64(row.value.value(u"to"_s).toDouble()) != filter.to)
            continue;
        found = true;
        out.orgAsOf = std::max(out.orgAsOf, row.computedAt);
        for (const QJsonValue& c : row.value.value(u"categories"_s).toArray()) {
            if (!out.categories.contains(c.toString()))
                out.categories << c.toString();
        }
        for (const QJsonValue& v : row.value.value(u"rows"_s).toArray()) {
            const QJsonObject o = v.toObject();
            LeaderboardEntry e;
            e.repId = o.value(u"rep_id"_s).toString();
            e.name = o.value(u"name"_s).toString();
            e.teamId = o.value(u"team_id"_s).toString();
            e.points = qint64(o.value(u"points"_s).toDouble());
            e.actions = qint64(o.value(u"actions"_s).toDouble());
            const QJsonObject by = o.value(u"by_category"_s).toObject();
            for (auto it = by.constBegin(); it != by.constEnd(); ++it)
                e.byCategory.insert(it.key(), qint64(it.value().toDouble()));
            out.rows.append(e);
        }
    }
    if (!found)
        return std::optional<OrgLeaderboard>();
    Result<qint64> at = asOf(db);
    if (!at)
        return fail(at.error());
    out.orgAsOf = std::max(out.orgAsOf, *at);
    out.categories.sort();
    std::sort(out.rows.begin(), out.rows.end(), [](const LeaderboardEntry& a, const LeaderboardEntry& b) {
        if (a.points != b.points)
            return a.points > b.points;
        return a.name != b.name ? a.name < b.name : a.repId < b.repId;
    });
    for (qsizetype i = 0; i < out.rows.size(); ++i) {
        const bool tie = i > 0 && out.rows.at(i - 1).points == out.rows.at(i).points;
        out.rows[i].rank = tie ? out.rows.at(i - 1).rank : int(i + 1);
    }
    return std::optional<OrgLeaderboard>(out);
}

Result<QList<TeamBenchmark>> OrgAggregates::benchmarks(const Database& db) {
    Result<QList<AggregateRow>> rows = rowsOf(db, kFunnelBenchmark);
    if (!rows)
        return fail(rows.error());
    Result<qint64> at = asOf(db);
    if (!at)
        return fail(at.error());
    QList<TeamBenchmark> out;
    for (const AggregateRow& row : std::as_const(*rows)) {
        TeamBenchmark b;
        b.teamId = row.teamId;
        b.from = qint64(row.value.value(u"from"_s).toDouble());
        b.to = qint64(row.value.value(u"to"_s).toDouble());
        b.deals = qint64(row.value.value(u"deals"_s).toDouble());
        b.won = qint64(row.value.value(u"won"_s).toDouble());
        b.lost = qint64(row.value.value(u"lost"_s).toDouble());
        b.winRatePct = optionalOf(row.value.value(u"win_rate_pct"_s));
        b.meanDaysToWin = optionalOf(row.value.value(u"mean_days_to_win"_s));
        const QJsonObject by = row.value.value(u"by_stage"_s).toObject();
        for (auto it = by.constBegin(); it != by.constEnd(); ++it)
            b.currentByStage.insert(it.key(), qint64(it.value().toDouble()));
        b.orgAsOf = std::max(row.computedAt, *at);
        out.append(b);
    }
    return out;
}

Result<CoverageBenchmarks> OrgAggregates::coverageBenchmarks(const Database& db, double target) {
    Result<QList<AggregateRow>> rows = rowsOf(db, kCoverageBenchmark);
    if (!rows)
        return fail(rows.error());
    CoverageBenchmarks out;
    out.org.id = u"org"_s;
    out.org.name = u"Organisation"_s;
    for (const AggregateRow& row : std::as_const(*rows)) {
        CoverageSeries s;
        s.id = row.teamId.isEmpty() ? u"org"_s : row.teamId;
        s.name = s.id;
        for (const QJsonValue& v : row.value.value(u"months"_s).toArray()) {
            const QJsonObject o = v.toObject();
            CoverageMonth m;
            m.month = o.value(u"month"_s).toString();
            m.dueReps = qint64(o.value(u"due"_s).toDouble());
            m.coveredReps = qint64(o.value(u"covered"_s).toDouble());
            m.coverage = optionalOf(o.value(u"coverage_pct"_s));
            m.metTarget = m.coverage && *m.coverage >= target;
            s.months.append(m);
        }
        s.alert = CoverageKpi::declinedTwice(s.months);
        out.orgAsOf = std::max(out.orgAsOf, row.computedAt);
        if (row.teamId.isEmpty()) {
            s.name = out.org.name;
            out.org = s;
        } else {
            SqlStatement name(db, u"SELECT name FROM teams WHERE id = ?"_s, {row.teamId});
            if (name.next() && !name.text(0).isEmpty())
                s.name = name.text(0);
            out.teams.append(s);
        }
    }
    if (!rows->isEmpty()) {
        Result<qint64> at = asOf(db);
        if (!at)
            return fail(at.error());
        out.orgAsOf = std::max(out.orgAsOf, *at);
    }
    return out;
}

} // namespace Stride
