#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride {

class Database;

struct RiskCase {
    enum class Kind { LostDeal, ChurnedCustomer };
    Kind kind = Kind::LostDeal;
    QString id;   // opportunity id (lost) or customer id (churned)
    QString name; // deal title or customer name
    QString customerId, ownerId;
    qint64 at = 0;                 // closed (lost) or churned (last order + 2 cycles)
    QString lostReason;            // lost deals
    double cycleDays = 0;          // churned customers: mean days between orders
    bool slowService = false;      // a service ticket answered after > 48 h (or still unanswered after 48 h)
    bool demoWithoutQuote = false; // a solution demo with no customised quote before the end
    bool noFollowUp = false;       // no visit within 72 h after a demo
    bool flagged() const { return slowService || demoWithoutQuote || noFollowUp; }
};

struct RiskCounts {
    qint64 cases = 0, slowService = 0, demoWithoutQuote = 0, noFollowUp = 0, unflagged = 0;
};

struct RiskResult {
    QList<RiskCase> cases; // lost deals then churned customers, each by time descending
    RiskCounts lost, churned;
};

// Risk attribution (docs/sales-method.md rule 10), at the clock's "now", over owners in the filter's team/rep scope.
// - lost deal: an opportunity in stage lost whose close time (closed_at, else stage_entered_at) is in the period;
//   its window runs from created_at to the close.
// - churned customer: at least two orders, cycle = (last − first) / (orders − 1), and now − last order > 2 cycles;
//   churn time = last order + 2 cycles (must be in the period); its window runs from last order − 1 cycle to
//   the churn time. Customers with fewer than two orders (or all on one instant) have no cycle: never churned.
// - slow service: a ticket of the customer opened in the window whose first response came > 48 h after opening,
//   or that had none by the end of the window after > 48 h.
// - demo without a customised quote: a demo entry (stage_history) in the window with no evidence of the action
//   code "customised_quote" (visit behaviour code, or its task "customised_quote:<opportunity>" done) between
//   the demo and the end of the window. For churned customers: any of the customer's opportunities.
// - no follow-up within 72 h: a demo entry in the window with no visit on the customer in (demo, demo + 72 h].
class RiskAttribution final {
public:
    static Result<RiskResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
};

} // namespace Stride
