#include "pulljob.h"

#include "protocol/pullpagereader.h"

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
    return accept(Protocol::pullResponseFromJson(response));
}

Status PullJob::parseBody(const QByteArray& body, bool* malformed) {
    return accept(Protocol::PullPageReader::read(body, malformed));
}

namespace {

// Reads the fixed opening of a page; `short_` when the bytes so far end before a verdict.
struct Head {
    const QByteArray& bytes;
    qsizetype at = 0;
    bool short_ = false;

    bool literal(const char* text) {
        const QByteArray want(text);
        const QByteArray have = bytes.mid(at, want.size());
        if (!want.startsWith(have))
            return false;
        if (have.size() < want.size()) {
            short_ = true;
            return false;
        }
        at += want.size();
        return true;
    }
    bool number(qint64* out) {
        const qsizetype start = at;
        while (at < bytes.size() && bytes.at(at) >= '0' && bytes.at(at) <= '9')
            ++at;
        if (at == bytes.size()) {
            short_ = true; // the number may go on
            return false;
        }
        bool ok = false;
        *out = bytes.mid(start, at - start).toLongLong(&ok);
        return ok;
    }
    bool boolean(bool* out) {
        const qsizetype start = at;
        if (literal("true")) {
            *out = true;
            return true;
        }
        const bool cut = short_;
        short_ = false;
        at = start;
        if (literal("false")) {
            *out = false;
            return true;
        }
        short_ = short_ || cut;
        return false;
    }
};

} // namespace

bool PullJob::preview(const QByteArray& bytes) {
    Head head{bytes};
    qint64 protocol = 0;
    qint64 next = 0;
    bool more = false;
    bool reset = false;
    if (!head.literal("{\"protocol\":") || !head.number(&protocol) || !head.literal(",\"cursor\":") ||
        !head.number(&next) || !head.literal(",\"has_more\":") || !head.boolean(&more) ||
        !head.literal(",\"reset\":") || !head.boolean(&reset))
        return !head.short_;
    if (!reset && next >= m_cursor)
        emit cursorAnnounced(next, more);
    return true;
}

Status PullJob::accept(Result<Protocol::PullResponse> r) {
    if (!r)
        return fail(r.error());
    if (!r->reset && r->cursor < m_cursor)
        return fail(u"the server moved the cursor backwards (%1 < %2)"_s.arg(r->cursor).arg(m_cursor));
    m_response = std::move(*r);
    return {};
}

} // namespace Stride

#include "moc_pulljob.cpp" // why here: core/sync/CMakeLists.txt
