#include "loginjob.h"

using namespace Qt::StringLiterals;

namespace Stride {

LoginJob::LoginJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, Protocol::LoginRequest request,
                   QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_request(std::move(request)) {}

QString LoginJob::path() const {
    return u"/login"_s;
}

QJsonObject LoginJob::body() const {
    return Protocol::toJson(m_request);
}

Status LoginJob::parse(const QJsonObject& response) {
    Result<Protocol::SessionTokens> s = Protocol::sessionFromJson(response);
    if (!s)
        return fail(s.error());
    m_session = *s;
    return {};
}

} // namespace Stride

#include "moc_loginjob.cpp" // why here: core/sync/CMakeLists.txt
