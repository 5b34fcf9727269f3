#pragma once

#include <QByteArray>

#include <string>
#include <utility>
#include <vector>

namespace Stride::Server {

// One HTTP answer as the routes write it: the HTTP layer adds Content-Length, Date and the connection headers.
struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string contentType;
    QByteArray body;

    void setHeader(std::string name, std::string value) {
        for (auto& [k, v] : headers) {
            if (k == name) {
                v = std::move(value);
                return;
            }
        }
        headers.emplace_back(std::move(name), std::move(value));
    }
};

} // namespace Stride::Server
