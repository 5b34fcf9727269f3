#pragma once

#include "result.h"

#include <QString>
#include <QTemporaryFile>

#include <atomic>
#include <thread>

struct sqlite3;

namespace Stride {

class Database;

// Builds a replica's full-text index on a helper thread, from the rows committed in its file, into a scratch file
// beside it, while the caller's connection does other work: at the end of an initial sync the index (a tenth of
// a second for a supervisor's scope, on one core) is built next to the analytics summaries instead of after
// them. The index is declared exactly like the replica's and written in one statement in rowid order, so it is
// one segment, as Database::rebuildSearchIndex() writes it. copyInto() then replaces the replica's index with it
// through the helper's connection: the replica's own connection sees another connection's commit, so its FTS5
// rereads the index (a copy by that connection itself would leave FTS5 reading its stale cached structure).
class SearchIndexBuilder final {
public:
    SearchIndexBuilder() = default;
    // Stops a build still running and removes the scratch file.
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // A new, empty scratch file next to `replicaPath` (in the temporary folder for an in-memory replica), removed
    // when `file` is destroyed. DemoSearchWriter's scratch file is made the same way.
    static Status createScratch(QTemporaryFile& file, const QString& replicaPath);

    // Opens a scratch file made by createScratch() on a helper's connection, with the schema's functions and a
    // progress handler that stops a long statement once `stop` is set.
    static Status openScratch(const QString& path, sqlite3** db, std::atomic<bool>* stop);

    // Starts building `db`'s index from the rows committed in its file (not for an in-memory replica, which
    // another connection cannot see).
    Status start(const Database& db);
    // Waits for the build, then replaces the replica's index with it in one transaction of the helper's
    // connection. The caller's connection must have no write transaction open. Fails, changing nothing, when a
    // local edit was saved after the build read the rows (the caller then rebuilds the index itself).
    Status copyInto();
    // True once the helper has finished building (well or not); copyInto() waits for it anyway.
    bool built() const { return m_built; }

private:
    Status build();
    Status copy();
    // The newest outbox entry's id (0 for none), read on the helper's connection.
    bool lastLocalEdit(qint64* id);

    QTemporaryFile m_file;
    QString m_replicaPath;
    QString m_declaration;
    sqlite3* m_db = nullptr; // the helper's connection: the scratch file, with the replica attached
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    Status m_result;
    qint64 m_lastEdit = 0; // as the build read the rows
    std::atomic<bool> m_built{false};
};

} // namespace Stride
