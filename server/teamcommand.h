#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server team add|rename|list|set-supervisor|delete`: the organisation's teams, written as synced rows
// so that every replica receives them.
class TeamCommand final {
public:
    static int run(const QStringList& args);
};

} // namespace Stride::Server
