#include "httpserver.h"

#include "httphandler.h"
#include "requestbody.h"

#include <microhttpd.h>

#include <QString>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// One request on its way through the access handler (MHD calls it with the headers, then with each piece of
// body, then once more when the request is complete).
struct Exchange {
    HttpRequest request;
    std::unique_ptr<RequestBody> body;
    size_t drainBytes = 0;
};

std::string addressText(const sockaddr* a) {
    char text[INET6_ADDRSTRLEN] = {};
    if (a == nullptr)
        return {};
    if (a->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(a)->sin_addr, text, sizeof(text));
    else if (a->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(a)->sin6_addr, text, sizeof(text));
    return text;
}

std::string trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

MHD_Result collectHeader(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* request = static_cast<HttpRequest*>(cls);
    request->headers[HttpRequest::lower(key)] = value ? value : "";
    return MHD_YES;
}

MHD_Result collectArgument(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* request = static_cast<HttpRequest*>(cls);
    request->query[key] = value ? value : "";
    return MHD_YES;
}

void freeBody(void* cls) {
    delete static_cast<QByteArray*>(cls);
}

MHD_Result queue(MHD_Connection* connection, HttpResponse&& answer) {
    auto* bytes = new QByteArray(std::move(answer.body));
    MHD_Response* response =
        MHD_create_response_from_buffer_with_free_callback_cls(size_t(bytes->size()), bytes->data(), &freeBody, bytes);
    if (response == nullptr) {
        delete bytes;
        return MHD_NO;
    }
    if (!answer.contentType.empty())
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, answer.contentType.c_str());
    for (const auto& [name, value] : answer.headers)
        MHD_add_response_header(response, name.c_str(), value.c_str());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(answer.status), response);
    MHD_destroy_response(response);
    return queued;
}

// The headers are in: the request is admitted with its body limit, or answered now without reading its body.
MHD_Result begin(HttpServer& server, MHD_Connection* connection, const char* url, const char* method, void** context) {
    auto exchange = std::make_unique<Exchange>();
    HttpRequest& req = exchange->request;
    req.method = method;
    req.path = url;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &req);
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &req);
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    req.remoteAddress = addressText(info ? info->client_addr : nullptr);
    const HttpServerOptions& options = server.options();
    if (!options.trustedProxy.empty() && req.remoteAddress == options.trustedProxy &&
        req.hasHeader("X-Forwarded-For")) {
        // The proxy appends the address it saw: the last entry is the one it vouches for.
        const std::string forwarded = req.header("X-Forwarded-For");
        const size_t comma = forwarded.rfind(',');
        const std::string last = trimmed(comma == std::string::npos ? forwarded : forwarded.substr(comma + 1));
        if (!last.empty())
            req.remoteAddress = last;
    }
    HttpHandler& handler = server.handler();
    HttpHandler::Admission admission = handler.admit(req);
    Exchange* ex = exchange.release();
    *context = ex;
    if (admission.answer)
        return queue(connection, std::move(*admission.answer));
    RequestBody::Coding coding = RequestBody::Coding::Identity;
    if (!RequestBody::codingOf(req.header("Content-Encoding"), coding))
        return queue(connection, handler.refuse(req, 415, "unsupported_encoding",
                                                "this server takes request bodies as gzip, deflate or identity, "
                                                "not '" +
                                                    req.header("Content-Encoding").substr(0, 40) + "'"));
    if (req.hasHeader("Content-Length")) {
        const std::string length = req.header("Content-Length");
        char* end = nullptr;
        errno = 0;
        const unsigned long long n = std::strtoull(length.c_str(), &end, 10);
        if (errno == 0 && end != length.c_str() && n > admission.maxBody + options.drainBytes)
            return queue(connection, handler.refuse(req, 413, "payload_too_large",
                                                    "the request body is larger than this server accepts"));
    }
    ex->body = std::make_unique<RequestBody>(admission.maxBody, coding);
    ex->drainBytes = options.drainBytes;
    return MHD_YES;
}

MHD_Result onAccess(void* cls, MHD_Connection* connection, const char* url, const char* method, const char*,
                    const char* upload, size_t* uploadSize, void** context) {
    auto& server = *static_cast<HttpServer*>(cls);
    auto* ex = static_cast<Exchange*>(*context);
    if (ex == nullptr)
        return begin(server, connection, url, method, context);
    if (!ex->body)
        return MHD_YES; // answered at admission; MHD discards what follows
    if (*uploadSize > 0) {
        ex->body->append(upload, *uploadSize);
        *uploadSize = 0;
        // Over the limit and still coming well after it: the connection goes, without reading the rest.
        return ex->body->wireBytesDiscarded() > ex->drainBytes ? MHD_NO : MHD_YES;
    }
    ex->body->finish();
    HttpRequest& req = ex->request;
    req.wireBytes = qint64(ex->body->wireBytes());
    switch (ex->body->state()) {
    case RequestBody::State::TooLarge:
        return queue(connection, server.handler().refuse(req, 413, "payload_too_large",
                                                         "the request body is larger than this server accepts"));
    case RequestBody::State::Malformed:
        return queue(connection, server.handler().refuse(req, 400, "bad_request",
                                                         "the compressed request body is malformed or truncated"));
    case RequestBody::State::Reading:
        break;
    }
    req.body = ex->body->take();
    ex->body.reset();
    return queue(connection, server.handler().handle(req));
}

void onCompleted(void*, MHD_Connection*, void** context, MHD_RequestTerminationCode) {
    delete static_cast<Exchange*>(*context);
    *context = nullptr;
}

// The listening socket, bound here so that the error names the address and the port 0 case is handled.
Result<int> listenOn(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (getaddrinfo(host.c_str(), service.c_str(), &hints, &found) != 0 || found == nullptr)
        return fail(u"cannot resolve %1"_s.arg(QString::fromStdString(host)));
    int fd = -1;
    QString why;
    for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        const int on = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
        if (bind(fd, a->ai_addr, a->ai_addrlen) != 0 || listen(fd, 1024) != 0) {
            why = QString::fromStdString(std::error_code(errno, std::generic_category()).message());
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0)
        return fail(why);
    return fd;
}

int boundPort(int fd) {
    sockaddr_storage a{};
    socklen_t len = sizeof(a);
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return -1;
    if (a.ss_family == AF_INET)
        return ntohs(reinterpret_cast<sockaddr_in*>(&a)->sin_port);
    return ntohs(reinterpret_cast<sockaddr_in6*>(&a)->sin6_port);
}

} // namespace

HttpServer::HttpServer(HttpHandler& handler, HttpServerOptions options)
    : m_handler(handler)
    , m_options(std::move(options)) {}

HttpServer::~HttpServer() {
    stop();
}

Result<int> HttpServer::start() {
    Result<int> fd = listenOn(m_options.host, m_options.port);
    if (!fd)
        return fail(fd.error());
    const int port = boundPort(*fd);
    const bool tls = !m_options.certPem.empty();
    // poll(), level-triggered, rather than epoll: with epoll, libmicrohttpd 0.9.75 keeps a connection whose TLS
    // handshake stopped mid-record (a few bytes of a ClientHello) on its ready list and spins on it until the idle
    // timeout (measured: half a core for 30 such connections; docs/http-layer.md). poll() costs a pass over the
    // thread's share of the connections per wake-up, which is small at the connection limit.
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_ALLOW_SUSPEND_RESUME;
    if (tls)
        flags |= MHD_USE_TLS;
    MHD_OptionItem tlsOptions[] = {
        {tls ? MHD_OPTION_HTTPS_MEM_KEY : MHD_OPTION_END, 0, const_cast<char*>(m_options.keyPem.c_str())},
        {MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(m_options.certPem.c_str())},
        {MHD_OPTION_END, 0, nullptr},
    };
    m_daemon = MHD_start_daemon(
        flags, 0, nullptr, nullptr, &onAccess, this, MHD_OPTION_LISTEN_SOCKET, MHD_socket(*fd),
        MHD_OPTION_THREAD_POOL_SIZE, unsigned(std::max(1, m_options.threads)), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(std::max(1, m_options.idleTimeoutSecs)), MHD_OPTION_CONNECTION_LIMIT, m_options.maxConnections,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, m_options.maxConnectionsPerAddress, MHD_OPTION_NOTIFY_COMPLETED,
        &onCompleted, this, MHD_OPTION_SIGPIPE_HANDLED_BY_APP, 1, MHD_OPTION_ARRAY, tlsOptions, MHD_OPTION_END);
    // The daemon owns the socket from here on (it closes it when stopped, or when it could not start).
    if (m_daemon == nullptr) {
        return fail(tls ? u"cannot start the HTTPS listener (is the certificate or key usable?)"_s
                        : u"cannot start the HTTP listener"_s);
    }
    return port;
}

void HttpServer::stop() {
    if (m_daemon != nullptr) {
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
    }
}

} // namespace Stride::Server
