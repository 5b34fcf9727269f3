#pragma once

#include <QStringList>

#include <vector>

namespace Stride {

// Forward-only schema migrations of the local replica. Migration N moves user_version from
// N-1 to N; each runs in one transaction. Never edit a released migration: add a new one.
struct Migration {
    int version;
    const char* description;
    // One statement each (QSqlQuery::prepare takes one at a time). Built on demand: every process start asks for
    // the latest version, and only an upgrade needs the SQL.
    QStringList (*statements)();
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace Stride
