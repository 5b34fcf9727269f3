#pragma once

#include "serverdatabase.h"

#include <QStringList>

#include <vector>

namespace Stride::Server {

struct ServerMigration {
    int version;
    const char* description;
    QStringList statements;
};

// The server's tables, generated from the entity registry (core/storage/schema.h) for each SQL dialect:
// every synced entity plus the server columns seq (change number), vis_rep and vis_team (who may see the
// row), and the server's own tables (accounts, tokens, devices, stored push results, conflicts, removals).
class ServerSchema final {
public:
    static std::vector<ServerMigration> migrations(const ServerDatabase& db);
    static QString quotedColumns(const QStringList& columns);
};

} // namespace Stride::Server
