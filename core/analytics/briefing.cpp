#include "analytics/briefing.h"

#include "storage/customerrepository.h"
#include "storage/customertier.h"
#include "storage/database.h"
#include "storage/opportunityrepository.h"
#include "storage/orderrepository.h"
#include "storage/serviceticketrepository.h"
#include "storage/visitrepository.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
constexpr double kDay = 86400.0;
}

PurchaseCycle Briefing::purchaseCycle(QList<qint64> times, qint64 now) {
    std::sort(times.begin(), times.end());
    PurchaseCycle c;
    c.orders = int(times.size());
    if (times.isEmpty())
        return c;
    c.lastOrderAt = times.last();
    if (times.size() < 2)
        return c;
    const double mean = double(times.last() - times.first()) / kDay / double(times.size() - 1);
    c.meanDays = mean;
    c.expectedNextAt = times.last() + qint64(std::llround(mean * kDay));
    const qint64 late = now - *c.expectedNextAt;
    c.overdueDays = late > 0 ? int(late / qint64(kDay)) : 0;
    return c;
}

Light Briefing::dwellLight(Stage stage, double idleDays, const QMap<QString, DwellThreshold>& thresholds) {
    const auto it = thresholds.constFind(stageCode(stage));
    if (it == thresholds.cend())
        return Light::Green;
    if (idleDays > it->redDays)
        return Light::Red;
    if (idleDays > it->yellowDays)
        return Light::Yellow;
    return Light::Green;
}

Result<CustomerBriefing> Briefing::forCustomer(EntityStore& store, const QString& customerId, const Clock& clock) {
    const qint64 now = clock.nowSecs();
    const Result<Customer> customer = CustomerRepository(store).customer(customerId);
    if (!customer)
        return fail(customer.error());
    CustomerBriefing b;
    b.customerId = customerId;
    b.name = customer->name;
    const Result<CustomerTier> tier = CustomerTier::of(store.database(), customerId);
    if (!tier)
        return fail(tier.error());
    b.tier = tier->tier;
    b.tierPinned = tier->pinned;
    b.valueScore = tier->score;
    b.computedAt = now;
    if (Result<QSqlQuery> asOf = store.database().exec(
            u"SELECT COALESCE(org_as_of, 0) FROM customer_scores WHERE customer_id = ?"_s, {customerId});
        asOf && asOf->next())
        b.scoreOrgAsOf = asOf->value(0).toLongLong();

    const Result<QList<Order>> orders = OrderRepository(store).forCustomer(customerId);
    if (!orders)
        return fail(orders.error());
    QList<qint64> times;
    for (const Order& o : *orders)
        times << o.orderedAt;
    b.cycle = purchaseCycle(times, now);

    const Result<std::optional<ServiceTicket>> ticket = ServiceTicketRepository(store).latestForCustomer(customerId);
    if (!ticket)
        return fail(ticket.error());
    if (*ticket) {
        const ServiceTicket& t = **ticket;
        TicketBrief tb{t.subject, t.openedAt, t.firstResponseAt, std::nullopt, !t.closedAt.has_value()};
        if (t.firstResponseAt)
            tb.responseHours = double(*t.firstResponseAt - t.openedAt) / 3600.0;
        b.latestTicket = tb;
    }

    const Result<QList<Visit>> visits = VisitRepository(store).forCustomer(customerId, 200);
    if (!visits)
        return fail(visits.error());
    const qint64 lastVisit = visits->isEmpty() ? 0 : visits->first().visitedAt;
    for (const Visit& v : *visits) {
        if (!v.competitorNotes.trimmed().isEmpty() && b.competitorNotes.size() < kCompetitorNotes)
            b.competitorNotes.append({v.visitedAt, v.competitorNotes});
    }

    const Result<QList<Opportunity>> opps = OpportunityRepository(store).forCustomer(customerId);
    if (!opps)
        return fail(opps.error());
    const Result<QMap<QString, DwellThreshold>> thresholds = DwellLights::thresholds(store.database());
    const QMap<QString, DwellThreshold> limits = thresholds ? thresholds.value() : DwellLights::defaults();
    for (const Opportunity& o : *opps) {
        if (isClosedStage(o.stage))
            continue;
        OpportunityBrief ob;
        ob.id = o.id;
        ob.title = o.title;
        ob.stage = o.stage;
        ob.amount = o.amount;
        const qint64 entered = o.stageEnteredAt.value_or(o.createdAt.value_or(now));
        ob.daysInStage = double(now - entered) / kDay;
        ob.idleDays = double(now - std::max(entered, lastVisit)) / kDay;
        ob.light = dwellLight(o.stage, ob.idleDays, limits);
        b.openOpportunities << ob;
    }
    return b;
}

Result<QList<ChecklistSuggestion>> Briefing::suggestions(const Database& db, const QString& repId, const Clock& clock,
                                                         int limit) {
    const qint64 now = clock.nowSecs();
    // Three set-wise reads, each served by an index or one pass: a per-customer subquery over tasks (which has no
    // customer index) would scan the table once per customer on a 100k-customer replica.
    Result<QSqlQuery> customers =
        db.exec(u"SELECT c.id, c.name, "_s + CustomerTier::sql() + u", "_s + CustomerTier::pinnedSql() +
                    u", COALESCE(s.score, 0) FROM customers c LEFT JOIN customer_scores s ON s.customer_id = c.id "
                    "WHERE c.owner_id = ? AND c.deleted = 0"_s,
                {repId});
    if (!customers)
        return fail(customers.error());
    QList<ChecklistSuggestion> out;
    QHash<QString, qsizetype> indexOf;
    while (customers->next()) {
        ChecklistSuggestion s;
        s.customerId = customers->value(0).toString();
        s.name = customers->value(1).toString();
        s.tier = customers->value(2).toString();
        s.tierPinned = customers->value(3).toInt() != 0;
        s.valueScore = customers->value(4).toDouble();
        indexOf.insert(s.customerId, out.size());
        out << s;
    }
    Result<QSqlQuery> escalations = db.exec(u"SELECT COALESCE(t.customer_id, o.customer_id) FROM tasks t "
                                            "LEFT JOIN opportunities o ON o.id = t.opportunity_id "
                                            "WHERE t.source = 'escalation' AND t.done_at IS NULL AND t.deleted = 0"_s);
    if (!escalations)
        return fail(escalations.error());
    while (escalations->next()) {
        const auto it = indexOf.constFind(escalations->value(0).toString());
        if (it != indexOf.cend())
            ++out[*it].openEscalations;
    }
    Result<QSqlQuery> orders =
        db.exec(u"SELECT o.customer_id, o.ordered_at FROM orders o JOIN customers c ON c.id = o.customer_id "
                "WHERE c.owner_id = ? AND c.deleted = 0 AND o.deleted = 0"_s,
                {repId});
    if (!orders)
        return fail(orders.error());
    QHash<QString, QList<qint64>> times;
    while (orders->next())
        times[orders->value(0).toString()] << orders->value(1).toLongLong();
    for (ChecklistSuggestion& s : out) {
        s.overdueDays = purchaseCycle(times.value(s.customerId), now).overdueDays;
        s.rank = s.valueScore + std::min(s.overdueDays, kMaxOverdueWeight) + kEscalationWeight * s.openEscalations;
    }
    std::stable_sort(out.begin(), out.end(), [](const ChecklistSuggestion& a, const ChecklistSuggestion& b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return a.name < b.name;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Stride
