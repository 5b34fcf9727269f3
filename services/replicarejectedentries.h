#pragma once

#include "clock.h"
#include "rejectedentries.h"

namespace Stride {

class Database;

// RejectedEntries on the replica's `rejected` table, read through SyncReplica::rejected(). SyncReplica has no
// dismiss yet: until it gains `Status dismissRejected(qint64 mutationId, qint64 now)`, dismiss() sets
// dismissed_at here (the column SyncReplica::rejected() and attentionCount() already filter on).
class ReplicaRejectedEntries final : public RejectedEntries {
public:
    ReplicaRejectedEntries(Database& db, const Clock& clock);

    Result<QList<RejectedRecord>> open() override;
    Status dismiss(qint64 mutationId) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace Stride
