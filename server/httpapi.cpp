#include "httpapi.h"

#include "authservice.h"
#include "jsonbody.h"
#include "logging.h"
#include "pageprefetch.h"
#include "protocol/gzip.h"
#include "protocol/protocol.h"
#include "pullquery.h"
#include "syncservice.h"

#include <QDateTime>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

thread_local QString t_user;

const std::string kJson = "application/json; charset=utf-8";

thread_local bool t_acceptsGzip = false;
// The protocol this request's client speaks (its header, when supported): answers are written in it.
thread_local int t_version = Protocol::kVersion;
thread_local std::string t_instance;
// The instances this store was restored from, with the last change number shared with each (StoreIdentity).
const std::map<std::string, qint64> kNoRestores;
thread_local const std::map<std::string, qint64>* t_restoredFrom = &kNoRestores;

// Bodies are gzip'd here, by the application, where the level is chosen (an HTTP library's own compression
// preferred brotli at its slowest setting once: ~1.5 s of CPU per 2,000-row page).
// Level 1: on loopback and office networks the compressor, not the wire, bounds a page (level 4 took ~20 % of
// the server's CPU for 10 % fewer bytes).
struct Body {
    QByteArray bytes;
    bool gzipped = false;
};

Body encode(QByteArray bytes, bool acceptsGzip) {
    if (acceptsGzip && bytes.size() > 1024)
        return {Gzip::compress(bytes, 1), true};
    return {std::move(bytes), false};
}

void sendBody(HttpResponse& res, int status, const Body& body) {
    res.status = status;
    res.setHeader(Protocol::kHeader, std::to_string(t_version));
    if (!t_instance.empty())
        res.setHeader(Protocol::kServerIdHeader, t_instance);
    if (body.gzipped)
        res.setHeader("Content-Encoding", "gzip");
    res.contentType = kJson;
    res.body = body.bytes;
}

void sendBytes(HttpResponse& res, int status, QByteArray bytes) {
    sendBody(res, status, encode(std::move(bytes), t_acceptsGzip));
}

void sendJson(HttpResponse& res, int status, QJsonObject body) {
    // Answers speak the client's protocol, whatever version the encoder wrote in.
    if (body.contains(u"protocol"_s))
        body.insert(u"protocol"_s, t_version);
    sendBytes(res, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void sendError(HttpResponse& res, const ApiError& e) {
    QJsonObject body = Protocol::errorBody(e.code, e.message);
    if (e.retryAfterSecs > 0) {
        res.setHeader("Retry-After", std::to_string(e.retryAfterSecs));
        body.insert(u"retry_after"_s, e.retryAfterSecs);
    }
    for (auto it = e.details.begin(); it != e.details.end(); ++it)
        body.insert(it.key(), it.value());
    sendJson(res, e.status, body);
}

// The header is required on every API call; a body's "protocol" member must agree with it.
bool checkProtocol(const HttpRequest& req, HttpResponse& res) {
    if (!req.hasHeader(Protocol::kHeader)) {
        sendError(res, {400, u"unsupported_protocol"_s,
                        u"missing the %1 header; this server speaks protocol %2 (oldest accepted %3)"_s
                            .arg(QLatin1StringView(Protocol::kHeader))
                            .arg(Protocol::kVersion)
                            .arg(Protocol::kOldestSupported)});
        return false;
    }
    bool ok = false;
    const int v = QString::fromStdString(req.header(Protocol::kHeader)).toInt(&ok);
    if (!ok || !Protocol::isSupported(v)) {
        sendError(res, {400, u"unsupported_protocol"_s,
                        u"protocol '%1' is not supported; this server speaks %2 (oldest accepted %3)"_s
                            .arg(QString::fromStdString(req.header(Protocol::kHeader)))
                            .arg(Protocol::kVersion)
                            .arg(Protocol::kOldestSupported)});
        return false;
    }
    t_version = v;
    // A client whose replica came from another store must not push into this one or pull it on top.
    const std::string expected = req.header(Protocol::kServerIdHeader);
    if (!expected.empty() && expected != t_instance) {
        const auto restored = t_restoredFrom->find(expected);
        if (restored != t_restoredFrom->end()) {
            // A restore of the store the client synced with: the client re-registers, pushes again what this
            // store lacks and pulls its scope anew (docs/sync-protocol.md, "Restored servers").
            ApiError e{409, QString::fromLatin1(Protocol::kServerRestored),
                       u"this server's database was restored from a backup of instance %1: it is instance %2 now and "
                       "shares the changes up to %3 with it"_s
                           .arg(QString::fromStdString(expected), QString::fromStdString(t_instance))
                           .arg(restored->second)};
            e.details = {{u"instance_id"_s, QString::fromStdString(t_instance)},
                         {u"restored_cursor"_s, restored->second}};
            sendError(res, e);
            return false;
        }
        sendError(res,
                  {409, QString::fromLatin1(Protocol::kServerReplaced),
                   u"this server's database is instance %1, not %2 that the client's replica was synced with"_s.arg(
                       QString::fromStdString(t_instance), QString::fromStdString(expected).left(64))});
        return false;
    }
    return true;
}

// Every request body is read here, on every endpoint: its strings are checked before the parser sees them.
Outcome<QJsonObject> jsonBody(const HttpRequest& req) {
    return JsonBody::parse(QByteArrayView(req.body));
}

QString bearer(const HttpRequest& req) {
    const std::string h = req.header("Authorization");
    static const std::string prefix = "Bearer ";
    if (h.compare(0, prefix.size(), prefix) != 0)
        return QString();
    return QString::fromStdString(h.substr(prefix.size()));
}

void accessLog(const HttpRequest& req, const HttpResponse& res) {
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - req.started).count();
    // Never the query's secrets, headers or bodies: only what an operator needs.
    const QJsonObject line{{u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"remote"_s, QString::fromStdString(req.remoteAddress)},
                           {u"method"_s, QString::fromStdString(req.method)},
                           {u"path"_s, QString::fromStdString(req.path)},
                           {u"status"_s, res.status},
                           {u"bytes_in"_s, req.wireBytes},
                           {u"bytes_out"_s, qint64(res.body.size())},
                           {u"ms"_s, qRound(ms * 10) / 10.0},
                           {u"user"_s, t_user}};
    static std::mutex mutex;
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::lock_guard<std::mutex> lock(mutex);
    std::fprintf(stderr, "%s\n", text.constData());
    std::fflush(stderr);
}

} // namespace

HttpApi::HttpApi(AuthService& auth, SyncService& sync, const QString& instanceId, const HttpLimits& limits,
                 const QMap<QString, qint64>& restoredFrom)
    : m_auth(auth)
    , m_sync(sync)
    , m_instanceId(instanceId.toStdString())
    , m_limits(limits) {
    for (auto it = restoredFrom.cbegin(); it != restoredFrom.cend(); ++it)
        m_restoredFrom.emplace(it.key().toStdString(), it.value());
    addSessionRoutes();
    addSyncRoutes();
}

void HttpApi::add(const char* method, const std::string& path, BodySize size, Handler handler) {
    m_routes[{method, path}] = Route{size, std::move(handler)};
}

const HttpApi::Route* HttpApi::routeOf(const HttpRequest& req) const {
    // HEAD is GET without the body (the HTTP layer leaves the body out).
    const auto it = m_routes.find({req.method == "HEAD" ? std::string("GET") : req.method, req.path});
    return it == m_routes.end() ? nullptr : &it->second;
}

// Before any body byte: an unknown endpoint is answered now; the body limit is the small one except for a push
// whose bearer token is valid now (a large body from a client that has not signed in is never read, whatever
// token it makes up). The route checks the token again once the body is in: it may expire meanwhile.
HttpHandler::Admission HttpApi::admit(const HttpRequest& req) {
    const Route* route = routeOf(req);
    if (!route)
        return {refuse(req, 404, "not_found", "no such endpoint"), 0};
    const bool large = route->size == BodySize::Large && m_auth.authenticate(bearer(req)).ok();
    return {std::nullopt, large ? m_limits.maxBodyBytes : m_limits.maxSmallBodyBytes};
}

void HttpApi::begin(const HttpRequest& req) {
    t_instance = m_instanceId;
    t_restoredFrom = &m_restoredFrom;
    t_user.clear();
    t_acceptsGzip = req.header("Accept-Encoding").find("gzip") != std::string::npos;
    t_version = Protocol::kVersion;
}

HttpResponse HttpApi::handle(const HttpRequest& req) {
    begin(req);
    HttpResponse res;
    try {
        if (const Route* route = routeOf(req))
            route->handler(req, res);
        else
            sendError(res, {404, u"not_found"_s, u"no such endpoint"_s});
    } catch (...) {
        res = HttpResponse();
        sendError(res, {500, u"internal"_s, u"internal server error"_s});
    }
    accessLog(req, res);
    return res;
}

HttpResponse HttpApi::refuse(const HttpRequest& req, int status, const std::string& code, const std::string& message) {
    begin(req);
    HttpResponse res;
    sendError(res, {status, QString::fromStdString(code), QString::fromStdString(message)});
    accessLog(req, res);
    return res;
}

std::optional<Account> HttpApi::authenticated(const HttpRequest& req, HttpResponse& res) {
    if (!checkProtocol(req, res))
        return std::nullopt;
    Outcome<Account> a = m_auth.authenticate(bearer(req));
    if (!a) {
        sendError(res, a.error());
        return std::nullopt;
    }
    t_user = a->name;
    return *a;
}

void HttpApi::addSessionRoutes() {
    const std::string api = Protocol::kApiPrefix;
    add("GET", api + "/health", BodySize::Small, [](const HttpRequest&, HttpResponse& res) {
        sendJson(res, 200, {{u"protocol"_s, Protocol::kVersion}, {u"status"_s, u"ok"_s}});
    });

    add("POST", api + "/login", BodySize::Small, [this](const HttpRequest& req, HttpResponse& res) {
        if (!checkProtocol(req, res))
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        Result<Protocol::LoginRequest> r = Protocol::loginRequestFromJson(*body);
        if (!r)
            return sendError(res, badRequest(r.error()));
        t_user = r->user;
        Outcome<Protocol::SessionTokens> s =
            m_auth.login(r->user, r->password, QString::fromStdString(req.remoteAddress));
        if (!s)
            return sendError(res, s.error());
        sendJson(res, 200, Protocol::toJson(*s));
    });

    add("POST", api + "/refresh", BodySize::Small, [this](const HttpRequest& req, HttpResponse& res) {
        if (!checkProtocol(req, res))
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        const QJsonValue token = body->value(u"refresh_token"_s);
        if (!token.isString() || token.toString().isEmpty())
            return sendError(res, badRequest(u"missing 'refresh_token'"_s));
        Outcome<Protocol::SessionTokens> s = m_auth.refresh(token.toString());
        if (!s)
            return sendError(res, s.error());
        t_user = s->user.name;
        sendJson(res, 200, Protocol::toJson(*s));
    });

    add("POST", api + "/logout", BodySize::Small, [this](const HttpRequest& req, HttpResponse& res) {
        std::optional<Account> a = authenticated(req, res);
        if (!a)
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        Outcome<bool> done = m_auth.logout(*a, bearer(req), body->value(u"refresh_token"_s).toString());
        if (!done)
            return sendError(res, done.error());
        sendJson(res, 200, {{u"protocol"_s, Protocol::kVersion}, {u"ok"_s, true}});
    });

    // The signed-in user's new password. Every session of the account ends, the caller's too, and the answer is
    // a fresh session for the caller (as /login answers): other devices must sign in again.
    add("POST", api + "/password", BodySize::Small, [this](const HttpRequest& req, HttpResponse& res) {
        std::optional<Account> a = authenticated(req, res);
        if (!a)
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        const QJsonValue oldPassword = body->value(u"old_password"_s);
        const QJsonValue newPassword = body->value(u"new_password"_s);
        if (!oldPassword.isString() || !newPassword.isString())
            return sendError(res, badRequest(u"'old_password' and 'new_password' must be strings"_s));
        Outcome<Protocol::SessionTokens> s = m_auth.changePassword(*a, oldPassword.toString(), newPassword.toString());
        if (!s)
            return sendError(res, s.error());
        sendJson(res, 200, Protocol::toJson(*s));
    });
}

void HttpApi::addSyncRoutes() {
    const std::string api = Protocol::kApiPrefix;
    add("POST", api + "/push", BodySize::Large, [this](const HttpRequest& req, HttpResponse& res) {
        std::optional<Account> a = authenticated(req, res);
        if (!a)
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        Result<Protocol::PushRequest> r = Protocol::pushRequestFromJson(*body);
        if (!r)
            return sendError(res, badRequest(r.error()));
        Outcome<Protocol::PushResponse> out = m_sync.push(*a, *r);
        if (!out)
            return sendError(res, out.error());
        sendJson(res, 200, Protocol::toJson(*out));
    });

    add("GET", api + "/pull", BodySize::Small, [this](const HttpRequest& req, HttpResponse& res) {
        if (std::optional<Account> a = authenticated(req, res))
            pull(*a, req, res);
    });
}

void HttpApi::pull(const Account& account, const HttpRequest& req, HttpResponse& res) {
    Outcome<PullQuery> query = PullQuery::parse(req.query);
    if (!query)
        return sendError(res, query.error());
    const auto [cursor, limit, device] = *query;
    const PagePrefetch::Key key{account.name, device, cursor, limit, t_version, t_acceptsGzip};
    std::optional<PagePrefetch::Page> page = m_prefetch.take(key);
    if (!page) {
        Outcome<SyncService::PullPage> out = m_sync.pull(account, cursor, limit, t_version, device);
        if (!out)
            return sendError(res, out.error());
        Body body = encode(std::move(out->json), t_acceptsGzip);
        page = PagePrefetch::Page{std::move(body.bytes), body.gzipped, out->next, out->more};
    }
    if (page->more)
        prefetchNext(account, key, page->next);
    sendBody(res, 200, {std::move(page->body), page->gzipped});
}

void HttpApi::prefetchNext(const Account& account, const PagePrefetch::Key& key, qint64 next) {
    PagePrefetch::Key nextKey = key;
    nextKey.cursor = next;
    m_prefetch.start(nextKey, [this, account, nextKey]() -> std::optional<PagePrefetch::Page> {
        Outcome<SyncService::PullPage> out =
            m_sync.pull(account, nextKey.cursor, nextKey.limit, nextKey.version, nextKey.device);
        if (!out)
            return std::nullopt;
        Body body = encode(std::move(out->json), nextKey.gzip);
        qCDebug(lcServer) << "page built ahead: device" << nextKey.device << "cursor" << nextKey.cursor;
        return PagePrefetch::Page{std::move(body.bytes), body.gzipped, out->next, out->more};
    });
}

} // namespace Stride::Server
