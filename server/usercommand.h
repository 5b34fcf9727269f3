#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server user add|import|list|move|leave|reset-password|disable|enable|unlock`.
class UserCommand final {
public:
    static int run(const QStringList& args);

private:
    static int import(const QString& dbUrl, const QString& csvPath, bool dryRun);
};

} // namespace Stride::Server
