#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride {

class Database;

// Puts an empty replica's connection into bulk-load shape for the demo generator and back:
//  - WAL writes every page twice (WAL, then checkpoint) and, once the cache spills, appends the same hot
//    index pages to the WAL again and again. The replica is empty, so a rollback journal costs next to
//    nothing: it holds only the few schema pages that exist before the load (pages appended to the file
//    need none). The load runs in DELETE mode with a 64 MiB cache; the destructor returns to WAL and the
//    usual cache. If another connection keeps WAL from being left, the load simply runs in WAL. With ordered
//    ids and the secondary indexes deferred the hot pages are few (right edges, parent keys); a bigger cache
//    only costs page faults and malloc: 256 MiB took about 10 % more CPU than 32–64 MiB at 30k customers.
//  - The FTS5 insert triggers cost about 90 µs per row: every INSERT that fires one opens a statement
//    savepoint, FTS5 flushes its pending terms into a new segment at each savepoint and then merges those
//    one-row segments. dropSearchTriggers() removes them from the connection (they are TEMP triggers, see
//    ReplicaTriggers; the generator writes each index entry itself) and restoreTriggers() installs them again.
//  - Secondary indexes keyed by foreign ids take their rows in random order: every insert lands on another
//    leaf page. dropIndexes() removes the explicit indexes of the loaded tables (the primary-key
//    autoindexes stay) and restoreIndexes() recreates them from their stored SQL, which builds each one by
//    sorting.
//  - FTS5 writes its pending terms as a new segment every megabyte and by default merges four segments of
//    a level into the next at once, so each entry is rewritten once per level. The search index is built
//    elsewhere with automerge off and merged once (DemoSearchWriter); Database::copySearchIndex() copies its tables
//    into the replica's.
class DemoBulkLoad final {
public:
    explicit DemoBulkLoad(Database& db);
    ~DemoBulkLoad();
    DemoBulkLoad(const DemoBulkLoad&) = delete;
    DemoBulkLoad& operator=(const DemoBulkLoad&) = delete;

    Status dropSearchTriggers();
    // The analytics summary triggers (AnalyticsRollups) would update a summary row per loaded row; the
    // generator drops them too and rebuilds the summaries once after the load.
    Status dropSummaryTriggers();
    // Rebuilds the summaries with their secondary indexes deferred like the loaded tables'.
    Status rebuildSummaries();
    // Installs every trigger dropped above again.
    Status restoreTriggers();
    Status dropIndexes(const QStringList& tables);
    // Recreates the dropped indexes, then runs a sampled ANALYZE: the summary rebuild's correlated subqueries need
    // statistics to pick their indexes (without them it took 52 s instead of 22 s at 100k customers).
    Status restoreIndexes();

private:
    Status dropSchemaObjects(const char* type, const QString& where, QStringList& sql);
    Status runAll(QStringList& sql);

    Database& m_db;
    qint64 m_cacheSize = -32000;
    bool m_leftWal = false;
    QStringList m_indexes;
};

} // namespace Stride
