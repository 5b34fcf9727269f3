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
    Result<QSqlQuery> q =
        m_db.exec(u"UPDATE rejected SET dismissed_at = ? WHERE mutation_id = ? AND dismissed_at IS NULL"_s,
                  {m_clock.nowSecs(), mutationId});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(u"rejected entry %1 is not open (unknown or already dismissed)"_s.arg(mutationId));
    return {};
}

} // namespace Stride
