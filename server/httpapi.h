#pragma once

#include "pageprefetch.h"

#include "account.h"
#include "httphandler.h"

#include <QMap>
#include <QString>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace Stride::Server {

class AuthService;
class SyncService;

struct HttpLimits {
    // The largest push body, inflated (--max-body).
    size_t maxBodyBytes = size_t(16) * 1024 * 1024;
    // The largest body of every other request (sign-in, refresh, logout, password; and a push without a token).
    size_t maxSmallBodyBytes = size_t(64) * 1024;
};

// The /api/v1 routes: JSON in and out, the protocol version checked on every exchange, bearer tokens, clear 4xx
// errors with a JSON body, and one structured access-log line per request. The HTTP layer (HttpServer) asks it
// for a request's body limit before reading the body, then hands it the whole request.
class HttpApi final : public HttpHandler {
public:
    // `instanceId`: the store's id (ServerDatabase::instanceId), sent on every answer; `restoredFrom`: the
    // instances it was restored from (StoreIdentity::restoredFrom).
    HttpApi(AuthService& auth, SyncService& sync, const QString& instanceId, const HttpLimits& limits,
            const QMap<QString, qint64>& restoredFrom = {});

    Admission admit(const HttpRequest& req) override;
    HttpResponse handle(const HttpRequest& req) override;
    HttpResponse refuse(const HttpRequest& req, int status, const std::string& code,
                        const std::string& message) override;

private:
    enum class BodySize { Small, Large };
    using Handler = std::function<void(const HttpRequest&, HttpResponse&)>;
    struct Route {
        BodySize size = BodySize::Small;
        Handler handler;
    };

    void add(const char* method, const std::string& path, BodySize size, Handler handler);
    const Route* routeOf(const HttpRequest& req) const;
    void begin(const HttpRequest& req);
    void addSessionRoutes();
    void addSyncRoutes();
    // The account of the request's bearer token, or nothing after an error answer.
    std::optional<Account> authenticated(const HttpRequest& req, HttpResponse& res);
    void pull(const Account& account, const HttpRequest& req, HttpResponse& res);
    // Builds (and compresses) the page after `key`'s while that one travels and the client applies it.
    void prefetchNext(const Account& account, const PagePrefetch::Key& key, qint64 next);

    AuthService& m_auth;
    SyncService& m_sync;
    std::string m_instanceId;
    HttpLimits m_limits;
    std::map<std::pair<std::string, std::string>, Route> m_routes;
    std::map<std::string, qint64> m_restoredFrom;
    PagePrefetch m_prefetch;
};

} // namespace Stride::Server
