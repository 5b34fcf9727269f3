#pragma once

#include "analyticsfilter.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride {

class Database;

// One standard action that fell due for one rep on one opportunity.
struct ActionInstance {
    QString repId, teamId;
    QString actionId, actionCode, actionName;
    QString opportunityId;
    qint64 triggeredAt = 0; // stage_history.entered_at of the trigger stage
    qint64 dueAt = 0;       // triggeredAt + deadline_hours * 3600
    bool done = false;
};

// The key actions behind process health (rule 8) and coverage (rule 9), defined from data:
// - Every active, non-deleted row of standard_actions (trigger_stage, action_code, deadline_hours) makes an
//   action due each time an in-scope opportunity enters its trigger_stage (a stage_history row); the rep it is
//   due for is the opportunity's owner, the deadline is entered_at + deadline_hours.
// - Only instances whose deadline has passed (dueAt <= now) count, and the filter's period selects by dueAt.
// - An instance is done when, between entered_at and the deadline (inclusive), either
//   a) a visit on the opportunity's customer carries a behaviour type whose code equals action_code, or
//   b) a task on the opportunity with source_key "<action_code>:<opportunity id>" was done (done_at).
// - Except the payment follow-up (action_code "payment_follow_up"), which is due per payment milestone, not per
//   stage entry: for each milestone of an opportunity in the action's trigger stage (the contract stage), due
//   deadline_hours before the milestone (15 days by default), from the stage entry on. A milestone due sooner
//   after the signing has none; a milestone paid by then needs none. Its window opens at the previous milestone's
//   follow-up deadline (the stage entry for the first); it is done by a visit with the action's behaviour code on
//   the customer in it, or by the task "payment:<milestone>", "<code>:<milestone>" or "<code>:<opportunity>" done
//   in it.
// Instances count per (rep, action) or per (month of the deadline, rep); the rep's team is its current one.
struct ActionCount {
    QString repId, teamId;
    QString actionId, actionCode, actionName; // empty in monthly()
    qint64 monthStart = 0;                    // monthly() only: start of the deadlines' month (see monthly())
    qint64 due = 0, done = 0;
};

// Stage-triggered instances are read from analytics_action, which triggers keep equal to this definition on every
// write (AnalyticsRollups); the milestone ones are computed from payment_milestones on each query (a few per won
// deal). counts() and monthly() aggregate inside SQLite so a figure never walks 180,000 instances.
class StandardActionLedger final {
public:
    // The action whose instances follow the payment milestones rather than the stage entries.
    static constexpr char milestoneActionCode[] = "payment_follow_up";

    static Result<QList<ActionInstance>> instances(const Database& db, const AnalyticsFilter& filter, qint64 now);
    static Result<QList<ActionCount>> counts(const Database& db, const AnalyticsFilter& filter, qint64 now);
    // Per month: `monthStarts` are the months' first seconds in the organisation's calendar, ascending, followed by
    // the end of the last one; a deadline counts in the month it lies in, and deadlines outside them not at all.
    static Result<QList<ActionCount>> monthly(const Database& db, const AnalyticsFilter& filter, qint64 now,
                                              const QList<qint64>& monthStarts);
};

} // namespace Stride
