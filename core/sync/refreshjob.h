#pragma once

#include "protocol/protocol.h"
#include "syncjob.h"

namespace Stride {

// POST /refresh: trades a refresh token (used once) for a new session.
class RefreshJob final : public SyncJob {
    Q_OBJECT
public:
    RefreshJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QString refreshToken,
               QObject* parent = nullptr);
    const Protocol::SessionTokens& session() const { return m_session; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Status parse(const QJsonObject& response) override;

private:
    QString m_refreshToken;
    Protocol::SessionTokens m_session;
};

} // namespace Stride
