#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride {

class Database;
class EntityStore;

struct PaymentItem {
    enum class Status { Overdue, Reminder, Upcoming };
    QString milestoneId, opportunityId, title, customerId, ownerId;
    qint64 dueAt = 0;
    double amount = 0;
    qint64 daysLeft = 0;              // floor((due − now) / 1 day): −1 for a milestone overdue by an hour
    Status status = Status::Upcoming; // a function of daysLeft alone (see PaymentCountdown)
};

struct PaymentTotals {
    qint64 count = 0;
    double amount = 0;
};

struct PaymentCountdownResult {
    QList<PaymentItem> items; // by due date, then milestone id
    PaymentTotals overdue, reminder, upcoming;
};

// Payment countdown (docs/sales-method.md rule 15), at the clock's "now": unpaid (paid_at NULL), non-deleted
// milestones of non-deleted opportunities at contract stage (signed & paid, stage "won"; a deal still negotiating
// has no payment to chase yet) whose owner is in the filter's scope; with a period, only milestones due in it.
// The status follows the whole days left that every surface shows, so "15 days left" is always a reminder:
// overdue when daysLeft < 0 (due < now); reminder when 0 ≤ daysLeft ≤ 15 (due < now + 16 days); upcoming after.
class PaymentCountdown final {
public:
    static constexpr int reminderDays = 15;
    static QString statusName(PaymentItem::Status status);
    // The status of a milestone with that many whole days left.
    static PaymentItem::Status statusFor(qint64 daysLeft);
    static Result<PaymentCountdownResult> compute(const Database& db, const AnalyticsFilter& filter,
                                                  const Clock& clock);
    // The reminder of each milestone whose reminder time has come (overdue or reminder status) and whose deal
    // `ownerId` owns: one task per milestone on the owner's list, source "payment", key "payment:<milestone>",
    // due 15 days before the milestone, titled in the organisation's language. A key that exists (even done or
    // deleted) is never written again. Returns the number of tasks created.
    static Result<int> remind(EntityStore& store, const PaymentCountdownResult& result, const QString& ownerId);
    static QString reminderKey(const PaymentItem& item);
};

} // namespace Stride
