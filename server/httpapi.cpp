#include "httpapi.h"

#include "authservice.h"
#include "logging.h"
#include "pageprefetch.h"
#include "protocol/gzip.h"
#include "protocol/protocol.h"
#include "pullquery.h"
#include "requestbody.h"
#include "syncservice.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

thread_local std::chrono::steady_clock::time_point t_started;
thread_local QString t_user;

const std::string kJson = "application/json; charset=utf-8";

thread_local bool t_acceptsGzip = false;
// The protocol this request's client speaks (its header, when supported): answers are written in it.
thread_local int t_version = Protocol::kVersion;
thread_local std::string t_instance;

// Bodies are gzip'd here rather than by cpp-httplib, which prefers brotli at its slowest setting (measured:
// ~1.5 s of CPU per 2,000-row page); the charset parameter keeps httplib from compressing a second time.
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

void sendBody(httplib::Response& res, int status, const Body& body) {
    res.status = status;
    res.set_header(Protocol::kHeader, std::to_string(t_version));
    if (!t_instance.empty())
        res.set_header(Protocol::kServerIdHeader, t_instance);
    if (body.gzipped)
        res.set_header("Content-Encoding", "gzip");
    res.set_content(body.bytes.constData(), size_t(body.bytes.size()), kJson);
}

void sendBytes(httplib::Response& res, int status, QByteArray bytes) {
    sendBody(res, status, encode(std::move(bytes), t_acceptsGzip));
}

void sendJson(httplib::Response& res, int status, QJsonObject body) {
    // Answers speak the client's protocol, whatever version the encoder wrote in.
    if (body.contains(u"protocol"_s))
        body.insert(u"protocol"_s, t_version);
    sendBytes(res, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void sendError(httplib::Response& res, const ApiError& e) {
    sendJson(res, e.status, Protocol::errorBody(e.code, e.message));
}

// The header is required on every API call; a body's "protocol" member must agree with it.
bool checkProtocol(const httplib::Request& req, httplib::Response& res) {
    if (!req.has_header(Protocol::kHeader)) {
        sendError(res, {400, u"unsupported_protocol"_s,
                        u"missing the %1 header; this server speaks protocol %2 (oldest accepted %3)"_s
                            .arg(QLatin1StringView(Protocol::kHeader))
                            .arg(Protocol::kVersion)
                            .arg(Protocol::kOldestSupported)});
        return false;
    }
    bool ok = false;
    const int v = QString::fromStdString(req.get_header_value(Protocol::kHeader)).toInt(&ok);
    if (!ok || !Protocol::isSupported(v)) {
        sendError(res, {400, u"unsupported_protocol"_s,
                        u"protocol '%1' is not supported; this server speaks %2 (oldest accepted %3)"_s
                            .arg(QString::fromStdString(req.get_header_value(Protocol::kHeader)))
                            .arg(Protocol::kVersion)
                            .arg(Protocol::kOldestSupported)});
        return false;
    }
    t_version = v;
    // A client whose replica came from another store must not push into this one or pull it on top.
    const std::string expected = req.get_header_value(Protocol::kServerIdHeader);
    if (!expected.empty() && expected != t_instance) {
        sendError(res,
                  {409, QString::fromLatin1(Protocol::kServerReplaced),
                   u"this server's database is instance %1, not %2 that the client's replica was synced with"_s.arg(
                       QString::fromStdString(t_instance), QString::fromStdString(expected).left(64))});
        return false;
    }
    return true;
}

// Every request body is read here, on every endpoint: its strings are checked before the parser sees them.
Outcome<QJsonObject> jsonBody(const httplib::Request& req) {
    return RequestBody::parse(QByteArrayView(req.body.data(), qsizetype(req.body.size())));
}

QString bearer(const httplib::Request& req) {
    const std::string h = req.get_header_value("Authorization");
    static const std::string prefix = "Bearer ";
    if (h.compare(0, prefix.size(), prefix) != 0)
        return QString();
    return QString::fromStdString(h.substr(prefix.size()));
}

void accessLog(const httplib::Request& req, const httplib::Response& res) {
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_started).count();
    // Never the query's secrets, headers or bodies: only what an operator needs.
    const QJsonObject line{{u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"remote"_s, QString::fromStdString(req.remote_addr)},
                           {u"method"_s, QString::fromStdString(req.method)},
                           {u"path"_s, QString::fromStdString(req.path)},
                           {u"status"_s, res.status},
                           {u"bytes_in"_s, qint64(req.body.size())},
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

HttpApi::HttpApi(AuthService& auth, SyncService& sync, const QString& instanceId)
    : m_auth(auth)
    , m_sync(sync)
    , m_instanceId(instanceId.toStdString()) {}

void HttpApi::install(httplib::Server& server, const HttpLimits& limits) {
    applyLimits(server, limits);
    installHooks(server);
    installSessionRoutes(server);
    installSyncRoutes(server);
}

void HttpApi::applyLimits(httplib::Server& server, const HttpLimits& limits) {
    server.set_payload_max_length(limits.maxBodyBytes);
    server.set_read_timeout(limits.readTimeoutSecs, 0);
    server.set_write_timeout(limits.writeTimeoutSecs, 0);
    server.set_keep_alive_timeout(5);
    // A sync is a run of requests (pages asked for back to back). httplib closes a connection after 5 of them by
    // default, and each new one costs a TLS handshake on both sides, during which Qt's network thread waits for
    // the client's main thread (QNetworkReply's encrypted() is a blocking queued call): behind a page being
    // applied, the next one is asked for tens of ms late.
    server.set_keep_alive_max_count(100);
    const int workers = limits.workers;
    server.new_task_queue = [workers] { return new httplib::ThreadPool(size_t(workers)); };
}

void HttpApi::installHooks(httplib::Server& server) {
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
        t_instance = m_instanceId;
        t_started = std::chrono::steady_clock::now();
        t_user.clear();
        t_acceptsGzip = req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
        t_version = Protocol::kVersion;
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_logger(accessLog);
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return;
        switch (res.status) {
        case 413:
            sendError(res, {413, u"payload_too_large"_s, u"the request body is larger than this server accepts"_s});
            break;
        case 404:
            sendError(res, {404, u"not_found"_s, u"no such endpoint"_s});
            break;
        default:
            sendError(res, {res.status, u"http_error"_s, u"HTTP error %1"_s.arg(res.status)});
            break;
        }
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr&) {
        sendError(res, {500, u"internal"_s, u"internal server error"_s});
    });
}

std::optional<Account> HttpApi::authenticated(const httplib::Request& req, httplib::Response& res) {
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

void HttpApi::installSessionRoutes(httplib::Server& server) {
    const std::string api = Protocol::kApiPrefix;
    server.Get(api + "/health", [](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, {{u"protocol"_s, Protocol::kVersion}, {u"status"_s, u"ok"_s}});
    });

    server.Post(api + "/login", [this](const httplib::Request& req, httplib::Response& res) {
        if (!checkProtocol(req, res))
            return;
        Outcome<QJsonObject> body = jsonBody(req);
        if (!body)
            return sendError(res, body.error());
        Result<Protocol::LoginRequest> r = Protocol::loginRequestFromJson(*body);
        if (!r)
            return sendError(res, badRequest(r.error()));
        t_user = r->user;
        Outcome<Protocol::SessionTokens> s = m_auth.login(r->user, r->password);
        if (!s)
            return sendError(res, s.error());
        sendJson(res, 200, Protocol::toJson(*s));
    });

    server.Post(api + "/refresh", [this](const httplib::Request& req, httplib::Response& res) {
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

    server.Post(api + "/logout", [this](const httplib::Request& req, httplib::Response& res) {
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
    server.Post(api + "/password", [this](const httplib::Request& req, httplib::Response& res) {
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

void HttpApi::installSyncRoutes(httplib::Server& server) {
    const std::string api = Protocol::kApiPrefix;
    server.Post(api + "/push", [this](const httplib::Request& req, httplib::Response& res) {
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

    server.Get(api + "/pull", [this](const httplib::Request& req, httplib::Response& res) {
        if (std::optional<Account> a = authenticated(req, res))
            pull(*a, req, res);
    });
}

void HttpApi::pull(const Account& account, const httplib::Request& req, httplib::Response& res) {
    Outcome<PullQuery> query = PullQuery::parse(req.params);
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
