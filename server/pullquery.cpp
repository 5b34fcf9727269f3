#include "pullquery.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

Outcome<PullQuery> PullQuery::parse(const std::map<std::string, std::string>& params) {
    auto value = [&params](const char* name) -> const std::string* {
        const auto it = params.find(name);
        return it == params.end() ? nullptr : &it->second;
    };
    PullQuery q;
    bool okCursor = true;
    bool okLimit = true;
    if (const std::string* cursor = value("cursor"))
        q.cursor = QString::fromStdString(*cursor).toLongLong(&okCursor);
    if (const std::string* limit = value("limit"))
        q.limit = QString::fromStdString(*limit).toInt(&okLimit);
    if (!okCursor || !okLimit || q.limit <= 0)
        return badRequest(u"'cursor' and 'limit' must be non-negative integers"_s);
    if (const std::string* device = value("device"))
        q.device = QString::fromStdString(*device);
    if (q.device.size() > 64)
        return badRequest(u"'device' must be at most 64 characters"_s);
    return q;
}

} // namespace Stride::Server
