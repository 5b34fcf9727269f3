#include "webhooksender.h"

#include "logging.h"
#include "serverdatabase.h"

#include <httplib.h>

#include <QDateTime>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {
constexpr int kMaxAttempts = 12;
}

WebhookSender::WebhookSender(ServerDatabase& db, QString url, QString caFile)
    : m_db(db)
    , m_url(std::move(url))
    , m_caFile(std::move(caFile)) {}

WebhookSender::~WebhookSender() {
    stop();
}

void WebhookSender::start() {
    m_thread = std::thread([this] { loop(); });
}

void WebhookSender::stop() {
    m_stop = true;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WebhookSender::loop() {
    while (!m_stop) {
        deliverDue();
        std::unique_lock<std::mutex> lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop.load(); });
    }
}

void WebhookSender::deliverDue() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Result<QSqlQuery> q = m_db.exec(u"SELECT id, event, attempts FROM webhook_events WHERE delivered_at IS NULL AND "
                                    "attempts < ? AND next_attempt_at <= ? ORDER BY id LIMIT 20"_s,
                                    {kMaxAttempts, now});
    if (!q) {
        qCWarning(lcServer) << "webhook: cannot read events:" << q.error();
        return;
    }
    struct Due {
        qint64 id;
        QByteArray body;
        int attempts;
    };
    QList<Due> due;
    while (q->next())
        due << Due{q->value(0).toLongLong(), q->value(1).toString().toUtf8(), q->value(2).toInt()};
    q->finish();
    for (const Due& d : std::as_const(due)) {
        if (m_stop)
            return;
        QString error;
        const bool ok = post(d.body, &error);
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        if (ok) {
            (void)m_db.execute(u"UPDATE webhook_events SET delivered_at = ?, attempts = ? WHERE id = ?"_s,
                               {t, d.attempts + 1, d.id});
            continue;
        }
        const qint64 backoff = std::min<qint64>(qint64(2) << std::min(d.attempts, 8), 300);
        qCWarning(lcServer) << "webhook delivery failed, retrying in" << backoff << "s:" << error;
        (void)m_db.execute(
            u"UPDATE webhook_events SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
            {d.attempts + 1, t + backoff, error, d.id});
    }
}

bool WebhookSender::post(const QByteArray& body, QString* error) {
    const QUrl url(m_url);
    const std::string scheme_host_port =
        (url.scheme() + u"://"_s + url.host() + (url.port() > 0 ? u":"_s + QString::number(url.port()) : QString()))
            .toStdString();
    httplib::Client client(scheme_host_port);
    client.set_connection_timeout(5, 0);
    client.set_read_timeout(10, 0);
    client.set_write_timeout(10, 0);
    if (url.scheme() == u"https"_s) {
        client.enable_server_certificate_verification(true);
        if (!m_caFile.isEmpty())
            client.set_ca_cert_path(m_caFile.toStdString());
    }
    const std::string path =
        url.path(QUrl::FullyEncoded).isEmpty() ? std::string("/") : url.path(QUrl::FullyEncoded).toStdString();
    auto res = client.Post(path, body.constData(), size_t(body.size()), "application/json");
    if (!res) {
        *error = QString::fromStdString(httplib::to_string(res.error()));
        return false;
    }
    if (res->status < 200 || res->status >= 300) {
        *error = u"HTTP %1"_s.arg(res->status);
        return false;
    }
    return true;
}

} // namespace Stride::Server
