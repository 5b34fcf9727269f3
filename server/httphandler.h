#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <cstddef>
#include <optional>
#include <string>

namespace Stride::Server {

// What the HTTP layer (HttpServer) asks of the application, in the order a request goes through it.
class HttpHandler {
public:
    // Admitting a request: either an answer now (no such endpoint…) or the largest body it may carry, inflated.
    struct Admission {
        std::optional<HttpResponse> answer;
        size_t maxBody = 0;
    };

    virtual ~HttpHandler() = default;
    // The headers are in and no body byte has been read.
    virtual Admission admit(const HttpRequest& request) = 0;
    // The whole body is in, within its limit.
    virtual HttpResponse handle(const HttpRequest& request) = 0;
    // The HTTP layer's own refusals (413, 415, a broken compressed body), in the application's error format.
    virtual HttpResponse refuse(const HttpRequest& request, int status, const std::string& code,
                                const std::string& message) = 0;
};

} // namespace Stride::Server
