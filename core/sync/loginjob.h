#pragma once

#include "protocol/protocol.h"
#include "syncjob.h"

namespace Stride {

// POST /login: user name and password for a session (access + refresh token and the user's profile).
class LoginJob final : public SyncJob {
    Q_OBJECT
public:
    LoginJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, Protocol::LoginRequest request,
             QObject* parent = nullptr);
    const Protocol::SessionTokens& session() const { return m_session; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Status parse(const QJsonObject& response) override;

private:
    Protocol::LoginRequest m_request;
    Protocol::SessionTokens m_session;
};

} // namespace Stride
