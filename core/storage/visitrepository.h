#pragma once

#include "domain/visit.h"
#include "storage/repository.h"

namespace Stride {

// Visits are append-only: logged once with what they trigger, never edited or deleted locally.
class VisitRepository final : public Repository {
public:
    using Repository::Repository;

    // How long a rep has to follow up a competitor note (the 72 h of docs/sales-method.md rule 10).
    static constexpr qint64 kCompetitorFollowUpSecs = qint64(72) * 3600;

    // Logs a visit in ONE EntityStore::apply together with what it triggers (docs/sales-method.md rules 5 and
    // 16): the next action as a task on the rep's list (source "visit", sourceKey "visit:<id>:next", due when the
    // action is due, linked to the customer and to its deal when the customer has exactly one open deal); a
    // follow-up task for the rep when there is a competitor note (source "visit", sourceKey
    // "visit:<id>:competitor", due kCompetitorFollowUpSecs after the visit); a pending insight when the visit
    // carries one (tagged with the customer's industry); and the customer's open visit-due tasks (source "tier")
    // marked done. Returns the visit's id.
    Result<QString> log(const Visit& input);
    // The checks log() makes: customer, rep, time, a known channel, and a next action with its due time or
    // a reason for none. The message names what is missing.
    static Status validate(const Visit& visit);

    Result<Visit> visit(const QString& id) const;
    // A customer's visits, newest first.
    Result<QList<Visit>> forCustomer(const QString& customerId, int limit = 50) const;
    // A rep's visits with from <= visitedAt < to, oldest first.
    Result<QList<Visit>> byRep(const QString& repId, qint64 from, qint64 to) const;
    // The customer's latest visit, or nothing when never visited.
    Result<std::optional<Visit>> lastVisit(const QString& customerId) const;

private:
    // The customer's open deal when there is exactly one; empty when none or several (a next action then
    // belongs to the customer, not to a guessed deal).
    Result<QString> singleOpenDeal(const QString& customerId) const;
};

} // namespace Stride
