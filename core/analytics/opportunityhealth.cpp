#include "opportunityhealth.h"

#include "stats.h"
#include "storage/sqlstatement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Visits whose notes carry a keyword family are listed in analytics_visit_flag (AnalyticsRollups matches
// 价格高 / "price too high" and 需要审批 / "needs approval" when the visit is written), so no note is reread here.
QString notesMatch(const char* column) {
    return u"EXISTS (SELECT 1 FROM analytics_visit_flag f WHERE f.customer_id = o.customer_id AND f.visited_at > ?3 "
           "AND f.visited_at <= ?1 AND f.%1)"_s.arg(QString::fromLatin1(column));
}

} // namespace

Result<OpportunityHealthResult> OpportunityHealth::compute(const Database& db, const AnalyticsFilter& filter,
                                                           const Clock& clock, int threshold) {
    const qint64 now = clock.nowSecs();
    QVariantList binds{now, now - 30 * Stats::day, now - 90 * Stats::day};
    const QString scope = filter.repCondition(u"o.owner_id"_s, binds);
    SqlStatement q(db,
                   u"SELECT o.id, o.title, o.customer_id, o.owner_id, o.stage, (SELECT COUNT(*) FROM visits v INDEXED "
                   u"BY visits_live_customer WHERE "
                   "v.customer_id = o.customer_id AND v.deleted = 0 AND v.visited_at > ?2 AND v.visited_at <= ?1), "
                   "(SELECT COUNT(*) FROM forecast_signals s WHERE s.opportunity_id = o.id AND s.deleted = 0), "_s +
                       notesMatch("price") + u", "_s + notesMatch("approval") +
                       u" FROM opportunities o WHERE o.deleted = 0 AND o.stage IN ('lead', 'contact', 'needs', 'demo', "
                       "'objection') AND "_s +
                       scope,
                   binds);
    OpportunityHealthResult r;
    r.threshold = threshold;
    double sum = 0;
    while (q.next()) {
        OpportunityHealthItem it;
        it.opportunityId = q.text(0);
        it.title = q.text(1);
        it.customerId = q.text(2);
        it.ownerId = q.text(3);
        it.stage = q.text(4);
        it.touches = q.integer(5);
        it.evidence = q.integer(6);
        it.priceObjection = q.integer(7) != 0;
        it.needsApproval = q.integer(8) != 0;
        it.touchScore = int(std::min<qint64>(it.touches, 4) * 10);
        it.evidenceScore = int(std::min<qint64>(it.evidence, 3) * 10);
        it.feedbackScore = 30 - 15 * int(it.priceObjection) - 15 * int(it.needsApproval);
        it.score = it.touchScore + it.evidenceScore + it.feedbackScore;
        if (it.score < threshold) {
            ++r.below;
            if (it.touches < 2)
                it.suggestions << u"Visit or call this week: %1 touch(es) in the last 30 days"_s.arg(it.touches);
            if (it.evidence < 2)
                it.suggestions << u"Collect evidence: POC result, IT integration request, legal review"_s;
            if (it.priceObjection)
                it.suggestions << u"Price objection (价格高): prepare a value/ROI case and a customised quote"_s;
            if (it.needsApproval)
                it.suggestions << u"Approval pending (需要审批): map the approval chain and meet the approver"_s;
        }
        sum += it.score;
        r.items.append(it);
    }
    if (!q.status())
        return fail(q.status().error());
    r.meanScore = Stats::ratio(sum, double(r.items.size()));
    std::sort(r.items.begin(), r.items.end(), [](const auto& a, const auto& b) {
        return a.score != b.score ? a.score < b.score : a.opportunityId < b.opportunityId;
    });
    return r;
}

} // namespace Stride
