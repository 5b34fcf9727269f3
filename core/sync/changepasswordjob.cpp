#include "changepasswordjob.h"

using namespace Qt::StringLiterals;

namespace Stride {

ChangePasswordJob::ChangePasswordJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint,
                                     const QString& accessToken, QString oldPassword, QString newPassword,
                                     QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_oldPassword(std::move(oldPassword))
    , m_newPassword(std::move(newPassword)) {
    setAccessToken(accessToken);
}

QString ChangePasswordJob::path() const {
    return u"/password"_s;
}

QJsonObject ChangePasswordJob::body() const {
    return {{u"old_password"_s, m_oldPassword}, {u"new_password"_s, m_newPassword}};
}

Status ChangePasswordJob::parse(const QJsonObject& response) {
    Result<Protocol::SessionTokens> s = Protocol::sessionFromJson(response);
    if (!s)
        return fail(s.error());
    m_session = *s;
    return {};
}

} // namespace Stride

#include "moc_changepasswordjob.cpp" // why here: core/sync/CMakeLists.txt
