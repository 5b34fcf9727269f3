#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server user add|list|disable|enable`.
class UserCommand final {
public:
    static int run(const QStringList& args);
};

} // namespace Stride::Server
