#pragma once

#include "apierror.h"

#include <QString>

#include <map>
#include <string>

namespace Stride::Server {

// The query of GET /pull (docs/sync-protocol.md): the client's cursor (default 0; a negative one is answered with
// a reset page), the rows it wants (default 1,000, positive) and its device id (at most 64 characters). Kept apart
// from the HTTP layer so that it can be fuzzed in process (tests/fuzz/fuzz_pullquery.cpp).
struct PullQuery final {
    qint64 cursor = 0;
    int limit = 1000;
    QString device;

    // `params`: the query's arguments, percent-decoded, one value a name (HttpRequest::query).
    static Outcome<PullQuery> parse(const std::map<std::string, std::string>& params);
};

} // namespace Stride::Server
