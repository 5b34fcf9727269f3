#include "pulljob.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stride {

PullJob::PullJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, qint64 cursor, int limit,
                 const QString& deviceId, QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_cursor(cursor)
    , m_limit(limit)
    , m_deviceId(deviceId) {}

QString PullJob::path() const {
    QString p = u"/pull?cursor=%1&limit=%2"_s.arg(m_cursor).arg(m_limit);
    if (!m_deviceId.isEmpty())
        p += u"&device="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_deviceId));
    return p;
}

Status PullJob::parse(const QJsonObject& response) {
    Result<Protocol::PullResponse> r = Protocol::pullResponseFromJson(response);
    if (!r)
        return fail(r.error());
    if (!r->reset && r->cursor < m_cursor)
        return fail(u"the server moved the cursor backwards (%1 < %2)"_s.arg(r->cursor).arg(m_cursor));
    m_response = std::move(*r);
    return {};
}

} // namespace Stride

#include "moc_pulljob.cpp" // why here: core/sync/CMakeLists.txt
