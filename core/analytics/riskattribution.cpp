#include "riskattribution.h"

#include "stats.h"
#include "storage/analyticsrollups.h"
#include "storage/sqlstatement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

void count(RiskCounts& c, const RiskCase& rc) {
    ++c.cases;
    c.slowService += rc.slowService;
    c.demoWithoutQuote += rc.demoWithoutQuote;
    c.noFollowUp += rc.noFollowUp;
    c.unflagged += !rc.flagged();
}

} // namespace

Result<RiskResult> RiskAttribution::compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock) {
    RiskResult r;
    {
        // Lost deals carry their three flags in analytics_opportunity (AnalyticsRollups recomputes them when the
        // deal, its stage history, its tasks or the customer's visits and tickets change).
        // A team or rep reads its own deals by owner; the org walks the covering index of the lost deals in close
        // order (45,000 rows at 100k customers: no lookup of each row in the table).
        const bool scoped = !filter.teamId.isEmpty() || !filter.repId.isEmpty();
        QVariantList binds;
        const QString scope = filter.repCondition(u"owner_id"_s, binds);
        const QString period = filter.periodCondition(u"closed"_s, binds);
        SqlStatement q(db,
                       u"SELECT opportunity_id, title, customer_id, owner_id, closed, lost_reason, slow_service, "
                       "demo_without_quote, no_follow_up FROM analytics_opportunity "_s +
                           (scoped ? QString() : u"INDEXED BY analytics_opportunity_lost_cover "_s) + u"WHERE "_s +
                           (scoped ? u"+"_s : u""_s) + u"stage = 'lost' AND "_s + scope + u" AND "_s + period +
                           u" ORDER BY closed DESC, opportunity_id"_s,
                       binds);
        while (q.next()) {
            RiskCase c;
            c.kind = RiskCase::Kind::LostDeal;
            c.id = q.text(0);
            c.name = q.text(1);
            c.customerId = q.text(2);
            c.ownerId = q.text(3);
            c.at = q.integer(4);
            c.lostReason = q.text(5);
            c.slowService = q.integer(6);
            c.demoWithoutQuote = q.integer(7);
            c.noFollowUp = q.integer(8);
            count(r.lost, c);
            r.cases.append(c);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    {
        // analytics_customer_orders holds each customer's live order count, first and last order (triggers keep
        // it), so the cycle needs no pass over 750,000 orders.
        QVariantList binds;
        const QString cycle = u"(y.last_at - y.first_at) * 1.0 / (y.orders - 1)"_s;
        QString w;
        if (filter.teamId.isEmpty() && filter.repId.isEmpty()) {
            // The org: from the summary (one row per customer with orders) to the customers that churned.
            binds << clock.nowSecs();
            w = u"SELECT y.customer_id AS cid, c.name, c.owner_id, %1 AS cyc, y.last_at AS l FROM "
                "analytics_customer_orders y CROSS JOIN customers c ON c.id = y.customer_id WHERE y.orders >= 2 AND "
                "y.last_at > y.first_at AND ? - y.last_at > 2 * %1 AND c.deleted = 0"_s.arg(cycle);
        } else {
            // A team or rep: from its customers (by owner) to their order summaries.
            const QString scope = filter.repCondition(u"c.owner_id"_s, binds);
            binds << clock.nowSecs();
            w = u"SELECT c.id AS cid, c.name, c.owner_id, %1 AS cyc, y.last_at AS l FROM customers c JOIN "
                "analytics_customer_orders y ON y.customer_id = c.id WHERE c.deleted = 0 AND "_s.arg(cycle) +
                scope + u" AND y.orders >= 2 AND y.last_at > y.first_at AND ? - y.last_at > 2 * "_s + cycle;
        }
        const QString period = filter.periodCondition(u"e"_s, binds);
        SqlStatement q(
            db,
            u"WITH w AS (SELECT cid, name, owner_id, cyc, CAST(l - cyc AS INTEGER) AS s, CAST(l + 2 * cyc AS "
            "INTEGER) AS e FROM ("_s +
                w + u")) SELECT cid, name, owner_id, e, cyc / 86400.0, "_s +
                AnalyticsRollups::riskFlagsSql(u"w.cid"_s, u"w.s"_s, u"w.e"_s, u"1"_s, true) + u" FROM w WHERE "_s +
                period + u" ORDER BY e DESC, cid"_s,
            binds);
        while (q.next()) {
            RiskCase c;
            c.kind = RiskCase::Kind::ChurnedCustomer;
            c.id = q.text(0);
            c.name = q.text(1);
            c.customerId = c.id;
            c.ownerId = q.text(2);
            c.at = q.integer(3);
            c.cycleDays = q.real(4);
            c.slowService = q.integer(5);
            c.demoWithoutQuote = q.integer(6);
            c.noFollowUp = q.integer(7);
            count(r.churned, c);
            r.cases.append(c);
        }
        if (!q.status())
            return fail(q.status().error());
    }
    return r;
}

} // namespace Stride
