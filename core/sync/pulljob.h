#pragma once

#include "protocol/protocol.h"
#include "syncjob.h"

namespace Stride {

// GET /pull?cursor=…&limit=…&device=…: one page of changes after the cursor (and the device's lost conflicts).
class PullJob final : public SyncJob {
    Q_OBJECT
public:
    PullJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, qint64 cursor, int limit, const QString& deviceId,
            QObject* parent = nullptr);
    Protocol::PullResponse& response() { return m_response; }
    // The cursor this job asks for changes after.
    qint64 cursor() const { return m_cursor; }

signals:
    // The answer's first bytes name the cursor it ends at, before the rest has arrived (see preview()).
    void cursorAnnounced(qint64 next, bool hasMore);

protected:
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    Status parse(const QJsonObject& response) override;
    Status parseBody(const QByteArray& body, bool* malformed) override;
    // A page begins {"protocol":N,"cursor":N,"has_more":B,"reset":B as PullPageWriter writes it: that is enough to
    // ask for the next page while this one downloads, decodes and is applied. A head in any other form is left
    // alone (the next page is asked for once this one is whole).
    bool preview(const QByteArray& bytes) override;

private:
    Status accept(Result<Protocol::PullResponse> r);

    qint64 m_cursor;
    int m_limit;
    QString m_deviceId;
    Protocol::PullResponse m_response;
};

} // namespace Stride
