#pragma once

#include "result.h"

#include <QString>
#include <QVariantMap>

namespace Stride::Server {

class ServerDatabase;

// One open stage-history stay per opportunity on every replica (docs/sync-protocol.md "Stage history"). Two
// replicas that move the same deal offline each close the stay they saw open and open their own; once both have
// pushed, the deal would have two open stays. The server settles it as it settles a field conflict, by arrival:
// when a write leaves a stay open, every other open stay of that opportunity is closed, with its own change number,
// so every replica pulls the same result. The later arrival also wins the opportunity's stage field, so the open
// stay and the deal's stage agree.
class StageHistoryConvergence final {
public:
    // After a stage_history row `id` was written with `row` as its fields now (in the push's transaction): when it
    // is open (left_at NULL), closes the opportunity's other open stays at max(their entered_at, its entered_at),
    // each taking the next change number from `counter`. Returns how many were closed.
    static Result<int> afterWrite(ServerDatabase& db, const QString& id, const QVariantMap& row, qint64& counter);

    // Before an opportunity's stage change is written: what the new stage implies for the fields another device may
    // have set meanwhile. A deal lost on one laptop and moved on (or won) on another would otherwise keep the lost
    // reason and closed_at of the first once the later arrival's stage wins: an open deal loses closed_at, a deal
    // not lost loses its lost reason. `merged` is the row after the write, `changes` what the write sets; both are
    // completed.
    static void settleOpportunity(QVariantMap& merged, QVariantMap& changes);
};

} // namespace Stride::Server
