#include "methodroutines.h"

#include "dwelllights.h"
#include "paymentcountdown.h"
#include "ruleengine.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"

namespace Stride {

Result<RoutineReport> MethodRoutines::run(EntityStore& store, const Clock& clock) {
    Result<ReplicaUser> user = ReplicaUserStore::load(store.database());
    if (!user)
        return fail(user.error());
    RoutineReport report;
    if (!user->signedIn() || user->repId.isEmpty())
        return report;

    AnalyticsFilter own;
    own.repId = user->repId;
    Result<RuleEvaluation> evaluation = RuleEngine::evaluate(store.database(), own, clock);
    if (!evaluation)
        return fail(evaluation.error());
    Result<int> made = RuleEngine::apply(store, *evaluation);
    if (!made)
        return fail(made.error());
    report.ruleTasks = *made;

    Result<PaymentCountdownResult> payments = PaymentCountdown::compute(store.database(), own, clock);
    if (!payments)
        return fail(payments.error());
    Result<int> reminded = PaymentCountdown::remind(store, *payments, user->repId);
    if (!reminded)
        return fail(reminded.error());
    report.paymentReminders = *reminded;

    if (user->isSupervisor()) {
        AnalyticsFilter team;
        team.teamId = user->teamId;
        Result<DwellResult> lights = DwellLights::compute(store.database(), team, clock);
        if (!lights)
            return fail(lights.error());
        DwellResult mine = *lights;
        mine.items.removeIf([&](const DwellItem& it) { return it.supervisorId != user->repId; });
        Result<int> escalated = DwellLights::escalate(store, mine);
        if (!escalated)
            return fail(escalated.error());
        report.escalations = *escalated;
    }
    return report;
}

} // namespace Stride
