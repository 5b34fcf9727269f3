#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server serve`: HTTPS (or, behind a reverse proxy, plain HTTP with --insecure-http) until SIGTERM.
class ServeCommand final {
public:
    static int run(const QStringList& args);
};

} // namespace Stride::Server
