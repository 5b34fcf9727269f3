#pragma once

#include "clock.h"
#include "result.h"

namespace Stride {

class EntityStore;

// What the sales method does by itself on the laptop of whoever is signed in, after each sync: the active rules
// turn into tasks for the customers this person owns (create_tasks rules, and the visit cadence of each tier:
// a visit-due task three days before the visit falls due, closed by the visit), a payment reminder for each
// milestone of their own signed deals from 15 days before it (PaymentCountdown::remind), and a supervisor's red
// stage-dwell lights become escalations on their own list. Every task takes an id derived from its source key,
// so two laptops of one person make one row on the server, and nothing a person cannot write is written.
// docs/sales-method.md rules 7 and 12.
struct RoutineReport {
    int ruleTasks = 0;        // create_tasks and visit-due tasks made
    int escalations = 0;      // supervisor tasks made
    int paymentReminders = 0; // one per milestone of the person's own signed deals, 15 days before it

    int total() const { return ruleTasks + escalations + paymentReminders; }
};

class MethodRoutines final {
public:
    // Nothing on a replica nobody signed in to, or for an account without a rep of its own.
    static Result<RoutineReport> run(EntityStore& store, const Clock& clock);
};

} // namespace Stride
