#pragma once

#include "sync/protocol.h"
#include "syncjob.h"

namespace Stride {

// GET /pull?cursor=…&limit=…&device=…: one page of changes after the cursor (and the device's lost conflicts).
class PullJob final : public SyncJob {
    Q_OBJECT
public:
    PullJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, qint64 cursor, int limit, const QString& deviceId,
            QObject* parent = nullptr);
    Protocol::PullResponse& response() { return m_response; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    Status parse(const QJsonObject& response) override;

private:
    qint64 m_cursor;
    int m_limit;
    QString m_deviceId;
    Protocol::PullResponse m_response;
};

} // namespace Stride
