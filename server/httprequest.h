#pragma once

#include <QByteArray>

#include <chrono>
#include <map>
#include <string>

namespace Stride::Server {

// One HTTP request as the routes see it, whichever library read it off the socket: the routes never include an
// HTTP library's headers.
struct HttpRequest {
    std::string method;
    std::string path;
    // Header names in lower case (HTTP names are case-insensitive); one value each (the last one given).
    std::map<std::string, std::string> headers;
    // The query's arguments, percent-decoded.
    std::map<std::string, std::string> query;
    // The body as the client meant it: inflated when it came with Content-Encoding gzip or deflate.
    QByteArray body;
    // How many bytes the body took on the wire (before inflating).
    qint64 wireBytes = 0;
    // The client's IP address as text ("127.0.0.1", "::1"); behind a trusted proxy, the address the proxy names.
    std::string remoteAddress;
    // When the request's headers were read: the access log's duration starts here.
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    // `name` in any case.
    bool hasHeader(const std::string& name) const { return headers.count(lower(name)) != 0; }
    std::string header(const std::string& name) const {
        const auto it = headers.find(lower(name));
        return it == headers.end() ? std::string() : it->second;
    }
    bool hasParam(const std::string& name) const { return query.count(name) != 0; }
    std::string param(const std::string& name) const {
        const auto it = query.find(name);
        return it == query.end() ? std::string() : it->second;
    }

    static std::string lower(std::string s) {
        for (char& c : s) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        return s;
    }
};

} // namespace Stride::Server
