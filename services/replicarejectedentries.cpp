#include "replicarejectedentries.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Stride {

ReplicaRejectedEntries::ReplicaRejectedEntries(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Result<QList<RejectedRecord>> ReplicaRejectedEntries::open() {
    return SyncReplica(m_db).rejected();
}

Status ReplicaRejectedEntries::dismiss(qint64 mutationId) {
    return SyncReplica(m_db).dismissRejected(mutationId, m_clock.nowSecs());
}

} // namespace Stride
