#include "forecast.h"

#include "orgaggregates.h"
#include "stats.h"
#include "storage/sqlstatement.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QString dealColumns =
    u"o.id, o.title, o.owner_id, o.stage, COALESCE(o.industry, c.industry), COALESCE(o.budget_band, c.budget_band), "
    "COALESCE(o.decision_chain, c.decision_chain), o.amount, COALESCE(o.expected_close, 0), (SELECT COUNT(DISTINCT "
    "s.kind) FROM forecast_signals s INDEXED BY forecast_signals_live WHERE s.opportunity_id = o.id AND s.deleted = "
    "0), (SELECT MAX(s.noted_at) FROM forecast_signals s INDEXED BY forecast_signals_live WHERE s.opportunity_id = "
    "o.id AND s.deleted = 0 AND s.noted_at <= ?1), o.lost_reason "
    "FROM opportunities o JOIN customers c ON c.id = o.customer_id WHERE o.deleted = 0 AND o.forecast = 1"_s;

ForecastDeal readDeal(const SqlStatement& q) {
    ForecastDeal d;
    d.opportunityId = q.text(0);
    d.title = q.text(1);
    d.ownerId = q.text(2);
    d.stage = q.text(3);
    d.industry = q.text(4);
    d.budgetBand = q.text(5);
    d.decisionChain = q.text(6);
    d.amount = q.real(7);
    d.expectedClose = q.integer(8);
    d.signalKinds = q.integer(9);
    d.lastSignalAt = q.isNull(10) ? 0 : q.integer(10);
    d.highRisk = d.signalKinds < 2;
    return d;
}

} // namespace

Result<ForecastResult> Forecast::compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock) {
    const qint64 now = clock.nowSecs();
    ForecastResult r;

    // Similar-deal cycles per (industry, budget band, decision chain): the organisation's, as the server computed
    // them, else this replica's own won deals (OrgAggregates::similarCycles).
    Result<SimilarCycles> similar = OrgAggregates::similarCycles(db, now);
    if (!similar)
        return fail(similar.error());

    {
        QVariantList binds{now};
        const QString scope = filter.repCondition(u"o.owner_id"_s, binds);
        const QString period = filter.periodCondition(u"o.expected_close"_s, binds);
        SqlStatement q(db,
                       u"SELECT "_s + dealColumns +
                           u" AND o.stage IN ('lead', 'contact', 'needs', 'demo', 'objection') AND "_s + scope +
                           u" AND "_s + period,
                       binds);
        while (q.next()) {
            ForecastDeal d = readDeal(q);
            d.fresh = d.lastSignalAt > now - 3 * Stats::day;
            d.similar = similar->byKey.value(OrgAggregates::similarKey(d.industry, d.budgetBand, d.decisionChain),
                                             SimilarCycle{});
            d.similar.orgAsOf = similar->orgAsOf;
            // One or two deals make no spread, whatever the source of the cycles says.
            if (d.similar.count < minSpreadSample)
                d.similar.spreadDays.reset();
            d.pastExpectedClose = d.expectedClose != 0 && d.expectedClose < now;
            if (d.pastExpectedClose)
                d.daysPastExpectedClose = (now - d.expectedClose) / Stats::day;
            r.deals.append(d);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    std::sort(r.deals.begin(), r.deals.end(), [](const ForecastDeal& a, const ForecastDeal& b) {
        if (a.highRisk != b.highRisk)
            return a.highRisk;
        return a.amount != b.amount ? a.amount > b.amount : a.opportunityId < b.opportunityId;
    });

    ForecastBoard& b = r.board;
    qint64 backed = 0, fresh = 0;
    double backedAmount = 0;
    for (const ForecastDeal& d : r.deals) {
        ++b.deals;
        b.amount += d.amount;
        if (!d.highRisk) {
            ++backed;
            backedAmount += d.amount;
        }
        fresh += d.fresh;
        b.pastExpectedClose += d.pastExpectedClose;
    }
    b.backedShare = Stats::ratio(double(backed), double(b.deals));
    b.backedAmountShare = Stats::ratio(backedAmount, b.amount);
    b.freshShare = Stats::ratio(double(fresh), double(b.deals));

    QList<ForecastRootCause> causes;
    {
        QVariantList binds{now, now - 90 * Stats::day};
        const QString scope = filter.repCondition(u"o.owner_id"_s, binds);
        SqlStatement q(
            db, u"SELECT "_s + dealColumns + u" AND o.expected_close > ?2 AND o.expected_close <= ?1 AND "_s + scope,
            binds);
        while (q.next()) {
            const ForecastDeal d = readDeal(q);
            b.windowForecastAmount += d.amount;
            if (d.stage == u"won"_s) {
                b.windowWonAmount += d.amount;
                continue;
            }
            ForecastRootCause c{d.opportunityId, d.title, d.amount, {}, {}, d.highRisk};
            if (d.stage == u"lost"_s) {
                c.cause = u"lost"_s;
                c.detail = q.text(11).isEmpty() ? u"unspecified"_s : q.text(11);
            } else {
                c.cause = u"slipped"_s;
                c.detail = u"still %1, %2 days past the expected close"_s.arg(d.stage).arg((now - d.expectedClose) /
                                                                                           Stats::day);
            }
            causes.append(c);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    b.deviation = Stats::ratio(std::abs(b.windowWonAmount - b.windowForecastAmount), b.windowForecastAmount);
    if (b.deviation) {
        b.accuracy = std::max(0.0, 1.0 - *b.deviation);
        if (*b.deviation > deviationThreshold) {
            std::sort(causes.begin(), causes.end(), [](const ForecastRootCause& x, const ForecastRootCause& y) {
                return x.amount != y.amount ? x.amount > y.amount : x.opportunityId < y.opportunityId;
            });
            b.rootCauses = causes;
        }
    }
    return r;
}

} // namespace Stride
