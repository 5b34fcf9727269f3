#pragma once

#include "pageprefetch.h"

#include "account.h"

#include <QMap>
#include <QString>

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

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
    // `instanceId`: the store's id (ServerDatabase::instanceId), sent on every answer; `restoredFrom`: the
    // instances it was restored from (StoreIdentity::restoredFrom).
    HttpApi(AuthService& auth, SyncService& sync, const QString& instanceId,
            const QMap<QString, qint64>& restoredFrom = {});
    void install(httplib::Server& server, const HttpLimits& limits);

private:
    static void applyLimits(httplib::Server& server, const HttpLimits& limits);
    void installHooks(httplib::Server& server);
    void installSessionRoutes(httplib::Server& server);
    void installSyncRoutes(httplib::Server& server);
    // The account of the request's bearer token, or nothing after an error answer.
    std::optional<Account> authenticated(const httplib::Request& req, httplib::Response& res);
    void pull(const Account& account, const httplib::Request& req, httplib::Response& res);
    // Builds (and compresses) the page after `key`'s while that one travels and the client applies it.
    void prefetchNext(const Account& account, const PagePrefetch::Key& key, qint64 next);

    AuthService& m_auth;
    SyncService& m_sync;
    std::string m_instanceId;
    std::map<std::string, qint64> m_restoredFrom;
    PagePrefetch m_prefetch;
};

} // namespace Stride::Server
