#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Stride::Server {

class ServerDatabase;

// Delivers the events that pushes queue in webhook_events (docs/sales-method.md rule 18) on its own thread, so a slow
// or dead receiver never blocks a push: POST JSON, retried with exponential backoff (2 s … 5 min, 12 tries).
class WebhookSender final {
public:
    WebhookSender(ServerDatabase& db, QString url, QString caFile);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    void start();
    void stop();

private:
    void loop();
    void deliverDue();
    bool post(const QByteArray& body, QString* error);

    ServerDatabase& m_db;
    QString m_url;
    QString m_caFile;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_stop{false};
};

} // namespace Stride::Server
