#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server backup --db URL --out FILE` and `stride-server restore --db URL [--from FILE]`
// (docs/sync-protocol.md, "Restored servers"; README, "What the server promises").
class BackupCommand final {
public:
    static int backup(const QStringList& args);
    static int restore(const QStringList& args);
};

} // namespace Stride::Server
