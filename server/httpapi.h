#pragma once

#include "pageprefetch.h"

#include <QString>

#include <cstddef>
#include <string>

namespace httplib {
class Server;
}

namespace Stride::Server {

class AuthService;
class SyncService;

struct HttpLimits {
    size_t maxBodyBytes = size_t(16) * 1024 * 1024;
    int readTimeoutSecs = 30;
    int writeTimeoutSecs = 30;
    int workers = 8;
};

// The /api/v1 routes on a cpp-httplib server: JSON in and out, the protocol version checked on every exchange,
// bearer tokens, clear 4xx errors with a JSON body, and one structured access-log line per request.
class HttpApi final {
public:
    // `instanceId`: the store's id (ServerDatabase::instanceId), sent on every answer.
    HttpApi(AuthService& auth, SyncService& sync, const QString& instanceId);
    void install(httplib::Server& server, const HttpLimits& limits);

private:
    AuthService& m_auth;
    SyncService& m_sync;
    std::string m_instanceId;
    PagePrefetch m_prefetch;
};

} // namespace Stride::Server
