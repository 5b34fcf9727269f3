#pragma once

#include "result.h"

#include <QStringList>

namespace Stride {

class Database;

// The triggers that keep derived tables — the full-text index and the analytics
// summaries — in step with the synced tables. They live in the TEMP schema of
// every read-write connection, not in the file: SQLite parses all of a file's
// schema on each connection's first statement, and 85 KB of trigger SQL made up
// two thirds of the instructions of a read-only `stride-cli search`, which
// never fires a trigger. Database installs them when it opens a replica for
// writing at schema kFirstVersion or later; a file pinned at an older version
// keeps that version's own.
class ReplicaTriggers final {
public:
    // The migration that moved the triggers out of the file.
    static constexpr int kFirstVersion = 8;

    enum class Group { Search, Summaries };

    // CREATE TEMP TRIGGER IF NOT EXISTS for every trigger: idempotent, so a bulk
    // load that dropped some calls it again to put them back.
    static Status install(const Database& db);
    // Drops one group from this connection only (bulk loads rebuild the derived
    // rows once at the end).
    static Status drop(const Database& db, Group group);
    static QStringList statements(Group group);
    // Migration 8: removes the copies that migrations 2 to 7 wrote into the file.
    static QStringList dropFromFile();
};

} // namespace Stride
