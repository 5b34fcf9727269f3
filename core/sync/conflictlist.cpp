#include "conflictlist.h"

#include "storage/entitystore.h"

using namespace Qt::StringLiterals;

namespace Stride {

ConflictList::ConflictList(EntityStore& store)
    : m_store(store)
    , m_replica(store.database()) {}

Result<QList<ConflictRecord>> ConflictList::open() {
    return m_replica.conflicts(false);
}

Status ConflictList::restore(qint64 conflictId) {
    Result<ConflictRecord> c = m_replica.conflict(conflictId);
    if (!c)
        return fail(c.error());
    Result<QVariantMap> row = m_store.load(c->entity, c->rowId);
    if (!row)
        return fail(u"cannot restore conflict %1: %2"_s.arg(conflictId).arg(row.error()));
    if (row->value(u"deleted"_s).toInt() != 0)
        return fail(u"cannot restore conflict %1: %2 %3 was deleted"_s.arg(conflictId).arg(c->entity, c->rowId));
    if (Result<QString> saved = m_store.save(c->entity, c->rowId, {{c->field, c->lostValue}}); !saved)
        return fail(saved.error());
    return m_replica.markResolved(conflictId, m_store.clock().nowSecs());
}

Status ConflictList::dismiss(qint64 conflictId) {
    if (Result<ConflictRecord> c = m_replica.conflict(conflictId); !c)
        return fail(c.error());
    return m_replica.markResolved(conflictId, m_store.clock().nowSecs());
}

} // namespace Stride
