#pragma once

#include "protocol/protocol.h"
#include "syncjob.h"

namespace Stride {

// POST /push: one bounded batch of outbox entries; the answer holds one result per entry.
class PushJob final : public SyncJob {
    Q_OBJECT
public:
    PushJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, Protocol::PushRequest request,
            QObject* parent = nullptr);
    const Protocol::PushRequest& request() const { return m_request; }
    const Protocol::PushResponse& response() const { return m_response; }

protected:
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Status parse(const QJsonObject& response) override;

private:
    Protocol::PushRequest m_request;
    Protocol::PushResponse m_response;
};

} // namespace Stride
