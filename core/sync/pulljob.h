#pragma once

#include "sync/protocol.h"
#include "syncjob.h"

namespace Stride {

// GET /pull?cursor=…&limit=…: one page of changes after the cursor.
class PullJob final : public SyncJob {
    Q_OBJECT
public:
    PullJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, qint64 cursor, int limit,
            QObject* parent = nullptr);
    Protocol::PullResponse& response() { return m_response; }

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    Status parse(const QJsonObject& response) override;

private:
    qint64 m_cursor;
    int m_limit;
    Protocol::PullResponse m_response;
};

} // namespace Stride
