#pragma once

#include "syncjob.h"

namespace Stride {

// POST /logout: revokes the refresh token (or every session of the user when none is given).
class LogoutJob final : public SyncJob {
    Q_OBJECT
public:
    LogoutJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QString refreshToken,
              QObject* parent = nullptr);

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Status parse(const QJsonObject& response) override;

private:
    QString m_refreshToken;
};

} // namespace Stride
