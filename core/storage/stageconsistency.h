#pragma once

#include "storage/repository.h"

namespace Stride {

// Finds and repairs opportunities whose stage bookkeeping disagrees with itself (docs/sales-method.md "Stage
// moves"): more than one open stage-history stay, an open stay in another stage than the deal's (or none), a closed
// deal (won, lost) without closed_at, an open deal with closed_at, a deal not lost that keeps a lost reason.
// `stride-cli check` reports them; repair() fixes them through EntityStore in one transaction, so the fix syncs.
class StageConsistency final : public Repository {
public:
    using Repository::Repository;

    enum class Kind {
        ManyOpenStays,
        OpenStayInOtherStage,
        NoOpenStay,
        ClosedWithoutClosedAt,
        OpenWithClosedAt,
        LostReasonNotLost
    };
    struct Problem {
        QString opportunityId;
        Kind kind = Kind::ManyOpenStays;
        QString detail; // e.g. "3 open stays", "open stay in demo, deal in needs"
    };
    // "many_open_stays", "open_stay_other_stage", "no_open_stay", "closed_without_closed_at",
    // "open_with_closed_at", "lost_reason_not_lost".
    static QString kindCode(Kind kind);

    // Every problem of the live opportunities, by opportunity id then kind.
    Result<QList<Problem>> find() const;

    // Repairs every opportunity with a problem, deterministically (every replica that holds the same rows writes
    // the same values, so their fixes agree on the server):
    //  - the open stay to keep is the newest (entered_at, then id) in the deal's stage; every other open stay is
    //    closed when the next stay (by entered_at, id) began, never before it was entered;
    //  - with no open stay in the deal's stage, one is opened at stage_entered_at, its id derived from the deal,
    //    stage and time (EntityStore::idFor), so two replicas create the same row;
    //  - closed_at becomes stage_entered_at for a closed deal and is cleared for an open one; a lost reason is
    //    cleared on a deal that is not lost.
    // Returns the number of opportunities repaired.
    Result<int> repair();
};

} // namespace Stride
