#include "riskattribution.h"

#include "sqlstatement.h"
#include "stats.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Flags of one window, as SQL over a row that provides cid (customer), s (window start) and e (window end).
QString flagColumns(const QString& opportunityCondition) {
    const QString demos =
        u"SELECT h.entered_at AS d, h.opportunity_id AS oid FROM stage_history h JOIN opportunities "
        "o2 ON o2.id = h.opportunity_id WHERE h.deleted = 0 AND h.stage = 'demo' AND o2.deleted = 0 AND "
        "o2.customer_id = w.cid AND h.entered_at BETWEEN w.s AND w.e AND "_s +
        opportunityCondition;
    return u"EXISTS (SELECT 1 FROM service_tickets t WHERE t.customer_id = w.cid AND t.deleted = 0 AND t.opened_at "
           "BETWEEN w.s AND w.e AND COALESCE(t.first_response_at, w.e) - t.opened_at > 172800), "
           "EXISTS (SELECT 1 FROM ("_s +
           demos +
           u") x WHERE NOT EXISTS (SELECT 1 FROM visits v JOIN behaviour_types b ON b.id = v.behaviour_type_id WHERE "
           "v.customer_id = w.cid AND v.deleted = 0 AND v.visited_at BETWEEN x.d AND w.e AND b.code = "
           "'customised_quote') AND NOT EXISTS (SELECT 1 FROM tasks k WHERE k.opportunity_id = x.oid AND k.deleted = 0 "
           "AND k.source_key = 'customised_quote:' || x.oid AND k.done_at BETWEEN x.d AND w.e)), "
           "EXISTS (SELECT 1 FROM ("_s +
           demos +
           u") x WHERE NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = w.cid AND v.deleted = 0 AND "
           "v.visited_at > x.d AND v.visited_at <= x.d + 259200))"_s;
}

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
        QVariantList binds;
        const QString scope = filter.repCondition(u"o.owner_id"_s, binds);
        const QString period = filter.periodCondition(u"COALESCE(o.closed_at, o.stage_entered_at)"_s, binds);
        SqlStatement q(db,
                       u"WITH w AS (SELECT o.id AS oid0, o.title, o.customer_id AS cid, o.owner_id, COALESCE("
                       "o.created_at, 0) AS s, COALESCE(o.closed_at, o.stage_entered_at) AS e, o.lost_reason FROM "
                       "opportunities o WHERE o.deleted = 0 AND o.stage = 'lost' AND "_s +
                           scope + u" AND "_s + period + u") SELECT oid0, title, cid, owner_id, e, lost_reason, "_s +
                           flagColumns(u"o2.id = w.oid0"_s) + u" FROM w ORDER BY e DESC, oid0"_s,
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
        QVariantList binds;
        const QString scope = filter.repCondition(u"c.owner_id"_s, binds);
        binds << clock.nowSecs();
        const QString period = filter.periodCondition(u"e"_s, binds);
        SqlStatement q(
            db,
            u"WITH g AS (SELECT c.id AS cid, c.name, c.owner_id, COUNT(*) AS n, MIN(o.ordered_at) AS f, "
            "MAX(o.ordered_at) AS l FROM customers c JOIN orders o ON o.customer_id = c.id AND o.deleted = 0 WHERE "
            "c.deleted = 0 AND "_s +
                scope +
                u" GROUP BY c.id HAVING n >= 2 AND l > f), y AS (SELECT *, (l - f) * 1.0 / (n - 1) AS cyc FROM g), "
                "w AS (SELECT cid, name, owner_id, cyc, CAST(l - cyc AS INTEGER) AS s, CAST(l + 2 * cyc AS INTEGER) "
                "AS e FROM y WHERE ? - l > 2 * cyc) SELECT cid, name, owner_id, e, cyc / 86400.0, "_s +
                flagColumns(u"1"_s) + u" FROM w WHERE "_s + period + u" ORDER BY e DESC, cid"_s,
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
