#include "logoutjob.h"

using namespace Qt::StringLiterals;

namespace Stride {

LogoutJob::LogoutJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QString refreshToken, QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_refreshToken(std::move(refreshToken)) {}

QString LogoutJob::path() const {
    return u"/logout"_s;
}

QJsonObject LogoutJob::body() const {
    return {{u"refresh_token"_s, m_refreshToken}};
}

Status LogoutJob::parse(const QJsonObject& response) {
    if (!response.value(u"ok"_s).toBool())
        return fail(u"the server did not confirm the sign-out"_s);
    return {};
}

} // namespace Stride

#include "moc_logoutjob.cpp" // why here: core/sync/CMakeLists.txt
