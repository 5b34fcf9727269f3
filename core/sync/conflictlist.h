#pragma once

#include "syncreplica.h"

namespace Stride {

class EntityStore;

// The user's view of sync conflicts: list them, restore the value that lost (a new local edit through
// EntityStore, synced like any other), or dismiss them.
class ConflictList final {
public:
    explicit ConflictList(EntityStore& store);

    Result<QList<ConflictRecord>> open();
    Status restore(qint64 conflictId);
    Status dismiss(qint64 conflictId);

private:
    EntityStore& m_store;
    SyncReplica m_replica;
};

} // namespace Stride
