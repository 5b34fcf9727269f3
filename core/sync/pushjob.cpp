#include "pushjob.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Stride {

PushJob::PushJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, Protocol::PushRequest request,
                 QObject* parent)
    : SyncJob(nam, endpoint, parent)
    , m_request(std::move(request)) {}

QString PushJob::path() const {
    return u"/push"_s;
}

QJsonObject PushJob::body() const {
    return Protocol::toJson(m_request);
}

Status PushJob::parse(const QJsonObject& response) {
    Result<Protocol::PushResponse> r = Protocol::pushResponseFromJson(response);
    if (!r)
        return fail(r.error());
    // Every entry sent must have exactly one answer, or the outbox could drop an unapplied edit.
    QSet<qint64> sent;
    for (const Protocol::PushEntry& e : m_request.entries)
        sent.insert(e.mutationId);
    QSet<qint64> answered;
    for (const Protocol::PushResult& p : r->results) {
        if (!sent.contains(p.mutationId) || answered.contains(p.mutationId))
            return fail(u"a push result for mutation %1 that was not sent"_s.arg(p.mutationId));
        answered.insert(p.mutationId);
    }
    if (answered.size() != sent.size())
        return fail(u"the server answered %1 of %2 entries"_s.arg(answered.size()).arg(sent.size()));
    m_response = *r;
    return {};
}

} // namespace Stride

#include "moc_pushjob.cpp" // why here: core/sync/CMakeLists.txt
