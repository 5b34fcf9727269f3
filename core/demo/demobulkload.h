#pragma once

#include "result.h"

#include <QStringList>

namespace Stride {

class Database;

// Puts an empty replica's connection into bulk-load shape for the demo generator and back:
//  - WAL writes every page twice (WAL, then checkpoint) and, once the cache spills, appends the same hot
//    index pages to the WAL again and again. The replica is empty, so a rollback journal costs next to
//    nothing: it holds only the few schema pages that exist before the load (pages appended to the file
//    need none). The load runs in DELETE mode with a 256 MiB cache; the destructor returns to WAL and the
//    usual cache. If another connection keeps WAL from being left, the load simply runs in WAL.
//  - The FTS5 insert triggers cost about 90 µs per row: every INSERT that fires one opens a statement
//    savepoint, FTS5 flushes its pending terms into a new segment at each savepoint and then merges those
//    one-row segments. dropSearchTriggers() removes them inside the load's transaction (the generator
//    writes each index entry itself) and restoreSearchTriggers() recreates them from their stored SQL, so
//    the schema ends as the migrations wrote it. A failed load rolls all of it back.
class DemoBulkLoad final {
public:
    explicit DemoBulkLoad(Database& db);
    ~DemoBulkLoad();
    DemoBulkLoad(const DemoBulkLoad&) = delete;
    DemoBulkLoad& operator=(const DemoBulkLoad&) = delete;

    Status dropSearchTriggers();
    Status restoreSearchTriggers();

private:
    Database& m_db;
    qint64 m_cacheSize = -32000;
    bool m_leftWal = false;
    QStringList m_triggers;
};

} // namespace Stride
