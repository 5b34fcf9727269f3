#include "refreshjob.h"

using namespace Qt::StringLiterals;

namespace Stride {

RefreshJob::RefreshJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QString refreshToken, QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_refreshToken(std::move(refreshToken)) {}

QString RefreshJob::path() const {
    return u"/refresh"_s;
}

QJsonObject RefreshJob::body() const {
    return {{u"refresh_token"_s, m_refreshToken}};
}

Status RefreshJob::parse(const QJsonObject& response) {
    Result<Protocol::SessionTokens> s = Protocol::sessionFromJson(response);
    if (!s)
        return fail(s.error());
    m_session = *s;
    return {};
}

} // namespace Stride

#include "moc_refreshjob.cpp" // why here: core/sync/CMakeLists.txt
