#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride {

class Database;

struct PaymentItem {
    enum class Status { Overdue, Reminder, Upcoming };
    QString milestoneId, opportunityId, title, customerId, ownerId;
    qint64 dueAt = 0;
    double amount = 0;
    qint64 daysLeft = 0; // floor((due − now) / 1 day): −1 for a milestone overdue by an hour
    Status status = Status::Upcoming;
};

struct PaymentTotals {
    qint64 count = 0;
    double amount = 0;
};

struct PaymentCountdownResult {
    QList<PaymentItem> items; // by due date, then milestone id
    PaymentTotals overdue, reminder, upcoming;
};

// Payment countdown (SPEC rule 15), at the clock's "now": unpaid (paid_at NULL), non-deleted milestones of
// non-deleted, non-lost opportunities whose owner is in the filter's scope; with a period, only milestones due in
// it. Status: overdue when due < now; reminder when now ≤ due ≤ now + 15 days; upcoming after that.
class PaymentCountdown final {
public:
    static constexpr int reminderDays = 15;
    static QString statusName(PaymentItem::Status status);
    static Result<PaymentCountdownResult> compute(const Database& db, const AnalyticsFilter& filter,
                                                  const Clock& clock);
};

} // namespace Stride
