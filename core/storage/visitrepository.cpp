#include "visitrepository.h"

#include "domain/customer.h"
#include "domain/insight.h"
#include "domain/task.h"

using namespace Qt::StringLiterals;

namespace Stride {

Status VisitRepository::validate(const Visit& v) {
    if (v.customerId.isEmpty())
        return fail(u"a visit needs a customer"_s);
    if (v.repId.isEmpty())
        return fail(u"a visit needs the rep who made it"_s);
    if (v.visitedAt <= 0)
        return fail(u"a visit needs its time"_s);
    if (!Visit::channels().contains(v.channel))
        return fail(u"visit channel must be one of %1, not '%2'"_s.arg(Visit::channels().join(u", "_s), v.channel));
    const bool hasAction = !v.nextAction.trimmed().isEmpty();
    if (hasAction && !v.nextActionDue)
        return fail(u"the visit's next action needs a due date"_s);
    if (!hasAction && v.nextActionDue)
        return fail(u"the visit has a next-action due date but no next action"_s);
    if (!hasAction && v.noActionReason.trimmed().isEmpty())
        return fail(u"a visit needs a next action with a due date, or a reason for no next action"_s);
    if (hasAction && *v.nextActionDue < v.visitedAt)
        return fail(u"the visit's next action is due before the visit"_s);
    return {};
}

Result<QString> VisitRepository::log(const Visit& input) {
    if (Status s = validate(input); !s)
        return fail(s.error());
    if (!input.id.isEmpty() && store().load(Visit::entity(), input.id).ok())
        return fail(u"visit %1 is already logged; visits cannot be edited"_s.arg(input.id));
    Result<Customer> customer = byId<Customer>(input.customerId);
    if (!customer)
        return fail(customer.error());

    Visit visit = input;
    if (visit.id.isEmpty())
        visit.id = EntityStore::newId();
    QList<EntityWrite> writes{writeFor(visit)};
    if (visit.nextActionDue && !visit.nextAction.trimmed().isEmpty()) {
        Result<QString> deal = singleOpenDeal(visit.customerId);
        if (!deal)
            return fail(deal.error());
        Task task;
        task.ownerId = visit.repId;
        task.customerId = visit.customerId;
        task.opportunityId = *deal;
        task.title = visit.nextAction.trimmed();
        task.dueAt = *visit.nextActionDue;
        task.source = u"visit"_s;
        task.sourceKey = u"visit:%1:next"_s.arg(visit.id);
        writes << writeFor(task);
    }
    // The visit the customer's cadence asked for is made: its visit-due tasks are done.
    Result<QList<Task>> due = selectList<Task>(
        u"WHERE customer_id = ? AND source = 'tier' AND done_at IS NULL AND deleted = 0"_s, {visit.customerId});
    if (!due)
        return fail(due.error());
    for (Task t : *due) {
        t.doneAt = visit.visitedAt;
        writes << writeFor(t);
    }
    if (!visit.competitorNotes.trimmed().isEmpty()) {
        Task task;
        task.ownerId = visit.repId;
        task.customerId = visit.customerId;
        task.title = u"Competitor follow-up: %1"_s.arg(visit.competitorNotes.trimmed());
        task.dueAt = visit.visitedAt + kCompetitorFollowUpSecs;
        task.source = u"visit"_s;
        task.sourceKey = u"visit:%1:competitor"_s.arg(visit.id);
        writes << writeFor(task);
    }
    if (!visit.insight.trimmed().isEmpty()) {
        Insight insight;
        insight.visitId = visit.id;
        insight.repId = visit.repId;
        insight.customerId = visit.customerId;
        insight.text = visit.insight.trimmed();
        insight.industry = customer->industry;
        insight.createdAt = now();
        writes << writeFor(insight);
    }
    return applyReturningFirstId(writes);
}

Result<QString> VisitRepository::singleOpenDeal(const QString& customerId) const {
    Result<QSqlQuery> q = database().exec(u"SELECT id FROM opportunities WHERE customer_id = ? AND deleted = 0 AND "
                                          "stage NOT IN ('won', 'lost') LIMIT 2"_s,
                                          {customerId});
    if (!q)
        return fail(q.error());
    const QString first = q->next() ? q->value(0).toString() : QString();
    return q->next() ? QString() : first;
}

Result<Visit> VisitRepository::visit(const QString& id) const {
    return byId<Visit>(id);
}

Result<QList<Visit>> VisitRepository::forCustomer(const QString& customerId, int limit) const {
    return selectList<Visit>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY visited_at DESC LIMIT ?"_s,
                             {customerId, limit});
}

Result<QList<Visit>> VisitRepository::byRep(const QString& repId, qint64 from, qint64 to) const {
    return selectList<Visit>(
        u"WHERE rep_id = ? AND visited_at >= ? AND visited_at < ? AND deleted = 0 ORDER BY visited_at"_s,
        {repId, from, to});
}

Result<std::optional<Visit>> VisitRepository::lastVisit(const QString& customerId) const {
    return selectFirst<Visit>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY visited_at DESC LIMIT 1"_s,
                              {customerId});
}

} // namespace Stride
