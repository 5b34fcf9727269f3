#include "serviceticketrepository.h"

using namespace Qt::StringLiterals;

namespace Stride {

Result<ServiceTicket> ServiceTicketRepository::ticket(const QString& id) const {
    return byId<ServiceTicket>(id);
}

Result<QString> ServiceTicketRepository::save(const ServiceTicket& t) {
    if (t.customerId.isEmpty())
        return fail(u"a service ticket needs a customer"_s);
    if (t.openedAt <= 0)
        return fail(u"a service ticket needs its opening time"_s);
    if ((t.firstResponseAt && *t.firstResponseAt < t.openedAt) || (t.closedAt && *t.closedAt < t.openedAt))
        return fail(u"a service ticket cannot be answered or closed before it was opened"_s);
    if (t.satisfaction && (*t.satisfaction < 0 || *t.satisfaction > 100))
        return fail(u"service satisfaction must be within 0–100"_s);
    return applyReturningFirstId({writeFor(t)});
}

Result<QList<ServiceTicket>> ServiceTicketRepository::forCustomer(const QString& customerId) const {
    return selectList<ServiceTicket>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY opened_at DESC"_s, {customerId});
}

Result<std::optional<ServiceTicket>> ServiceTicketRepository::latestForCustomer(const QString& customerId) const {
    return selectFirst<ServiceTicket>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY opened_at DESC LIMIT 1"_s,
                                      {customerId});
}

Status ServiceTicketRepository::recordFirstResponse(const QString& id, qint64 at) {
    Result<ServiceTicket> t = ticket(id);
    if (!t)
        return fail(t.error());
    if (t->firstResponseAt)
        return {}; // the first response stays the first
    t->firstResponseAt = at;
    Result<QString> saved = save(*t);
    return saved ? Status() : fail(saved.error());
}

Status ServiceTicketRepository::close(const QString& id, qint64 at, std::optional<double> satisfaction) {
    Result<ServiceTicket> t = ticket(id);
    if (!t)
        return fail(t.error());
    t->closedAt = at;
    if (!t->firstResponseAt)
        t->firstResponseAt = at;
    if (satisfaction)
        t->satisfaction = satisfaction;
    Result<QString> saved = save(*t);
    return saved ? Status() : fail(saved.error());
}

} // namespace Stride
