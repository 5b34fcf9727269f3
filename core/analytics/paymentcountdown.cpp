#include "paymentcountdown.h"

#include "stats.h"
#include "storage/entitystore.h"
#include "storage/orgcalendar.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString PaymentCountdown::reminderKey(const PaymentItem& item) {
    return u"payment:"_s + item.milestoneId;
}

Result<int> PaymentCountdown::remind(EntityStore& store, const PaymentCountdownResult& result, const QString& ownerId) {
    const Database& db = store.database();
    bool chinese = true; // task titles follow the organisation's language, not the laptop's
    {
        SqlStatement q(db, u"SELECT value FROM org_policy WHERE id = 'org.language' AND deleted = 0"_s);
        if (q.next())
            chinese = QJsonDocument::fromJson("[" + q.text(0).toUtf8() + "]").array().at(0).toString() != u"en"_s;
    }
    const OrgCalendar calendar = OrgCalendar::of(db, store.clock());
    QList<EntityWrite> writes;
    for (const PaymentItem& it : result.items) {
        if (it.status == PaymentItem::Status::Upcoming || it.ownerId != ownerId || ownerId.isEmpty())
            continue;
        const QString key = reminderKey(it);
        SqlStatement q(db, u"SELECT 1 FROM tasks WHERE source_key = ? LIMIT 1"_s, {key});
        if (q.next())
            continue;
        if (!q.status())
            return fail(q.status().error());
        const QString day = calendar.dayText(it.dueAt);
        const QString title = chinese ? u"回款提醒：%1（%2 到期）"_s.arg(it.title, day)
                                      : u"Payment reminder: %1 (due %2)"_s.arg(it.title, day);
        writes.append({u"tasks"_s,
                       EntityStore::idFor(key),
                       {{u"owner_id"_s, ownerId},
                        {u"customer_id"_s, it.customerId},
                        {u"opportunity_id"_s, it.opportunityId},
                        {u"title"_s, title},
                        {u"due_at"_s, it.dueAt - reminderDays * Stats::day},
                        {u"source"_s, u"payment"_s},
                        {u"source_key"_s, key}},
                       false});
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store.apply(writes); !s)
        return fail(s.error());
    return int(writes.size());
}

} // namespace Stride
