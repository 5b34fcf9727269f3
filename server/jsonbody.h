#pragma once

#include "apierror.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace Stride::Server {

// A request body as every endpoint reads it, before any endpoint looks at its members: its strings pass
// JsonTextCheck, it is one JSON object, and its "protocol" member names a supported version. Kept apart from the
// HTTP layer so that it can be fuzzed in process (tests/fuzz/fuzz_pushbody.cpp). A refusal is a 400 whose message
// names the problem.
class JsonBody final {
public:
    static Outcome<QJsonObject> parse(QByteArrayView body);
};

} // namespace Stride::Server
