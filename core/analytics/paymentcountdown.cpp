#include "paymentcountdown.h"

#include "sqlstatement.h"
#include "stats.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

QString PaymentCountdown::statusName(PaymentItem::Status status) {
    switch (status) {
    case PaymentItem::Status::Overdue:
        return u"overdue"_s;
    case PaymentItem::Status::Reminder:
        return u"reminder"_s;
    case PaymentItem::Status::Upcoming:
        break;
    }
    return u"upcoming"_s;
}

PaymentItem::Status PaymentCountdown::statusFor(qint64 daysLeft) {
    if (daysLeft < 0)
        return PaymentItem::Status::Overdue;
    return daysLeft <= reminderDays ? PaymentItem::Status::Reminder : PaymentItem::Status::Upcoming;
}

Result<PaymentCountdownResult> PaymentCountdown::compute(const Database& db, const AnalyticsFilter& filter,
                                                         const Clock& clock) {
    const qint64 now = clock.nowSecs();
    QVariantList binds;
    const QString scope = filter.repCondition(u"o.owner_id"_s, binds);
    const QString period = filter.periodCondition(u"m.due_at"_s, binds);
    SqlStatement q(db,
                   u"SELECT m.id, o.id, o.title, o.customer_id, o.owner_id, m.due_at, m.amount FROM "
                   "payment_milestones m JOIN opportunities o ON o.id = m.opportunity_id WHERE m.deleted = 0 AND "
                   "m.paid_at IS NULL AND o.deleted = 0 AND o.stage = 'won' AND "_s +
                       scope + u" AND "_s + period + u" ORDER BY m.due_at, m.id"_s,
                   binds);
    PaymentCountdownResult r;
    while (q.next()) {
        PaymentItem it{q.text(0), q.text(1), q.text(2),
                       q.text(3), q.text(4), q.integer(5),
                       q.real(6), 0,         PaymentItem::Status::Upcoming};
        it.daysLeft = qint64(std::floor(double(it.dueAt - now) / double(Stats::day)));
        it.status = statusFor(it.daysLeft);
        PaymentTotals* t = it.status == PaymentItem::Status::Overdue    ? &r.overdue
                           : it.status == PaymentItem::Status::Reminder ? &r.reminder
                                                                        : &r.upcoming;
        ++t->count;
        t->amount += it.amount;
        r.items.append(it);
    }
    if (!q.status())
        return fail(q.status().error());
    return r;
}

} // namespace Stride
