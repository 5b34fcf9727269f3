#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "result.h"
#include "storage/orgcalendar.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Stride {

class Database;
class EntityStore;

struct LeaderboardEntry {
    int rank = 0; // competition ranking: equal totals share a rank (1, 1, 3)
    QString repId, name, teamId;
    qint64 points = 0;
    qint64 actions = 0;               // visits carrying a behaviour type
    QMap<QString, qint64> byCategory; // category → points ("other" for types without one)
};

struct OnboardingProgress {
    QString repId, name;
    qint64 hiredAt = 0;
    int interviews = 0, interviewsTarget = 3; // pain-point interviews
    int drafts = 0, draftsTarget = 2;         // solution drafts
    bool complete() const { return interviews >= interviewsTarget && drafts >= draftsTarget; }
};

struct BehaviourPointsResult {
    QList<LeaderboardEntry> leaderboard; // by points descending, ties by name then id
    QStringList categories;              // every category present in behaviour_types, sorted
    QList<OnboardingProgress> newReps;   // reps in their first month, by hire date
    // When the server computed the leaderboard over the organisation (OrgAggregates); 0: from this replica's
    // visits. With it, a rep's or a team's filter lists the whole team.
    qint64 orgAsOf = 0;
};

// Behaviour points and leaderboard (docs/sales-method.md rule 13).
// - points: each visit in the period logged by a rep (visits.rep_id) with a behaviour type earns that type's
//   points under its category; every active rep (role rep) in scope is listed, with 0 when they logged none.
// - periods: week() is Monday 00:00 to the next Monday, month() the calendar month, both in `calendar` (the
//   organisation's time zone: OrgCalendar::of(db); UTC when none is given).
// - new-rep first-month flow: reps whose hire_date lies in (now − 30 d, now]. Their targets are 3 pain-point
//   interviews and 2 solution drafts within 30 days of hiring; a step counts when its onboarding task
//   ("onboarding:<rep>:pain_point_interview:<n>" / "…:solution_draft:<n>") is done, or by visits with the
//   behaviour codes pain_point_interview / customised_solution in that window — whichever is higher, capped at
//   the target. createOnboardingTasks() writes the five tasks once per new rep (keys as above).
// - leaderboard over the organisation: when the server's aggregate for exactly the filter's period is on the
//   replica, the leaderboard is the team's (a rep's filter: the rep's team) as the server computed it, so every
//   replica lists the same rows; otherwise it is computed from this replica's visits.
class BehaviourPoints final {
public:
    static AnalyticsFilter week(QDate day, AnalyticsFilter scope = {}, const OrgCalendar& calendar = OrgCalendar());
    static AnalyticsFilter month(QDate day, AnalyticsFilter scope = {}, const OrgCalendar& calendar = OrgCalendar());
    static Result<BehaviourPointsResult> compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
    static Result<int> createOnboardingTasks(EntityStore& store, const AnalyticsFilter& scope = {});
};

} // namespace Stride
