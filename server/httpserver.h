#pragma once

#include "result.h"

#include <cstddef>
#include <string>

struct MHD_Daemon;

namespace Stride::Server {

class HttpHandler;

struct HttpServerOptions {
    std::string host = "127.0.0.1";
    int port = 0; // 0: any free port
    // PEM text; both empty: plain HTTP.
    std::string certPem;
    std::string keyPem;
    // Threads, each with its own event loop (epoll) over its share of the connections; requests run on them.
    int threads = 8;
    // A connection idle this long (no byte in or out: a stalled TLS handshake, half-sent headers, a body
    // trickling to a halt, a keep-alive connection nobody uses) is closed.
    int idleTimeoutSecs = 30;
    // Open connections in all (others wait in the kernel's accept queue); per client address (0: no limit).
    unsigned maxConnections = 1000;
    unsigned maxConnectionsPerAddress = 0;
    // X-Forwarded-For is believed only on connections from this address (a reverse proxy), never otherwise.
    std::string trustedProxy;
    // A body that goes over its limit is read on (and thrown away) for at most this many more bytes so that the
    // client can read the 413; a body announced longer than that gets its 413 at once, and a chunked body still
    // going after it loses its connection.
    size_t drainBytes = size_t(1) << 20;
};

// The server's HTTP layer on GNU libmicrohttpd: HTTPS through GnuTLS, `threads` event loops (poll), each connection
// only a socket and a little memory until its request is complete, bodies limited while they are read and
// inflated (RequestBody). See docs/http-layer.md for why this library and the measurements.
class HttpServer final {
public:
    HttpServer(HttpHandler& handler, HttpServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and starts the threads; the port bound.
    Result<int> start();
    // Stops accepting, closes every connection and joins the threads (each ends on its own thread, closing what
    // it opened there).
    void stop();

    HttpHandler& handler() { return m_handler; }
    const HttpServerOptions& options() const { return m_options; }

private:
    HttpHandler& m_handler;
    HttpServerOptions m_options;
    MHD_Daemon* m_daemon = nullptr;
};

} // namespace Stride::Server
