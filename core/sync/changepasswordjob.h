#pragma once

#include "protocol/protocol.h"
#include "syncjob.h"

namespace Stride {

// POST /password: the signed-in user's new password, with the current one as proof. Refused with
// errorCode() "wrong_password" (403) when the current password is not right and "weak_password" (400) when the
// new one is too short. On success every session of the account ends, this one's too, and session() is the fresh
// session the server answers with (as after a sign-in): keep its refresh token in place of the old one.
class ChangePasswordJob final : public SyncJob {
    Q_OBJECT
public:
    ChangePasswordJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, const QString& accessToken,
                      QString oldPassword, QString newPassword, QObject* parent = nullptr);
    const Protocol::SessionTokens& session() const { return m_session; }
    bool wrongPassword() const { return errorCode() == QLatin1StringView("wrong_password"); }
    bool weakPassword() const { return errorCode() == QLatin1StringView("weak_password"); }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Status parse(const QJsonObject& response) override;

private:
    QString m_oldPassword;
    QString m_newPassword;
    Protocol::SessionTokens m_session;
};

} // namespace Stride
