#include "jsonbody.h"

#include "jsontextcheck.h"
#include "protocol/protocol.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

Outcome<QJsonObject> JsonBody::parse(QByteArrayView body) {
    if (Status text = JsonTextCheck::check(body); !text)
        return badRequest(text.error());
    Result<QJsonObject> o = Protocol::parseObject(body.toByteArray());
    if (!o)
        return badRequest(o.error());
    Result<int> v = Protocol::versionOf(*o);
    if (!v)
        return badRequest(v.error());
    if (!Protocol::isSupported(*v))
        return ApiError{400, u"unsupported_protocol"_s, u"protocol %1 in the body is not supported"_s.arg(*v)};
    return *o;
}

} // namespace Stride::Server
