#include "replicaworker.h"

#include "logging.h"
#include "storage/entitystore.h"
#include "storage/readpool.h"
#include "threadpriority.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <mutex>

namespace Stride {

// Shared by the owner's side (tickets, interrupts) and the worker's side (which ticket runs).
struct ReplicaWorker::Shared {
    Shared(QString p, const Clock& c, Options o)
        : path(std::move(p))
        , clock(c)
        , options(std::move(o)) {}

    const QString path;
    const Clock& clock;
    const Options options;
    std::atomic<quint64> latest{1};

    bool stale(quint64 ticket) const { return latest.load() != ticket; }

    // Worker thread: the job of `ticket` starts (begin) or has ended (end); interrupts reach only the former.
    void begin(quint64 ticket) {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_running = ticket;
    }
    void end() {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_running = 0;
    }
    // Worker thread: where interrupts go (nullptr while the connection is closed).
    void publish(const Database* db, ReadPool* pool) {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_db = db;
        m_pool = pool;
    }
    // Any thread: stops the SQL of the job running now, if one runs and its ticket is older than `ticket`.
    void interruptOlderThan(quint64 ticket) {
        const std::lock_guard<std::mutex> guard(m_mutex);
        if (m_running == 0 || m_running >= ticket)
            return;
        if (m_db)
            m_db->interrupt();
        if (m_pool)
            m_pool->interrupt();
    }

private:
    std::mutex m_mutex;
    quint64 m_running = 0; // the ticket of the job on the worker now; 0: none
    const Database* m_db = nullptr;
    ReadPool* m_pool = nullptr;
};

// Lives on the worker thread: the connection is opened there on the first job and closed there at the end.
class ReplicaWorker::Host final : public QObject {
public:
    explicit Host(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared)) {}
    ~Host() override { close(); }

    void run(quint64 ticket, const Work& work, const QPointer<ReplicaWorker>& replyTo) {
        if (m_shared->stale(ticket))
            return;
        Delivery delivery;
        if (!ensureOpen()) {
            delivery = work(nullptr, m_error);
        } else {
            m_shared->begin(ticket);
            if (!m_shared->stale(ticket)) {
                Context context = contextFor(ticket);
                delivery = work(&context, QString());
            }
            m_shared->end();
        }
        if (m_shared->stale(ticket))
            return;
        QMetaObject::invokeMethod(replyTo, [replyTo, ticket, delivery = std::move(delivery)] {
            if (replyTo)
                replyTo->report(ticket, delivery);
        });
    }

    // The shutdown hook, then what jobs kept here, then the connection.
    void close() {
        if (m_shutdown) {
            if (m_db) {
                Context context = contextFor(0);
                m_shutdown(&context);
            } else {
                m_shutdown(nullptr);
            }
            m_shutdown = nullptr;
        }
        qDeleteAll(children());
        m_shared->publish(nullptr, nullptr);
        m_store.reset();
        m_pool.reset();
        m_db.reset();
    }

    void setShutdown(std::function<void(Context*)> shutdown) { m_shutdown = std::move(shutdown); }

private:
    bool ensureOpen() {
        if (m_db)
            return true;
        const Options& o = m_shared->options;
        Result<std::unique_ptr<Database>> db = Database::open(m_shared->path, o.access);
        if (!db) {
            m_error = db.error();
            qCWarning(lcUi) << o.threadName << "cannot open" << m_shared->path << m_error;
            return false;
        }
        m_db = std::move(db.value());
        m_store = std::make_unique<EntityStore>(*m_db, m_shared->clock);
        if (o.helpers > 0)
            m_pool = std::make_unique<ReadPool>(m_shared->path, o.helpers);
        m_shared->publish(m_db.get(), m_pool.get());
        return true;
    }

    Context contextFor(quint64 ticket) {
        auto stale = [shared = m_shared, ticket] { return shared->stale(ticket); };
        return Context{*m_db, *m_store, m_shared->clock, stale, m_pool.get(), *this};
    }

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<ReadPool> m_pool;
    QString m_error;
    std::function<void(Context*)> m_shutdown;
};

ReplicaWorker::ReplicaWorker(QString path, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_shared(std::make_shared<Shared>(std::move(path), clock, std::move(options))) {
    m_host = new Host(m_shared);
    m_host->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread->setObjectName(m_shared->options.threadName);
    m_thread->start();
    if (m_shared->options.lowerPriority)
        QMetaObject::invokeMethod(m_host, [] { ThreadPriority::lowerCurrent(); });
}

ReplicaWorker::~ReplicaWorker() {
    const quint64 last = ~quint64(0);
    m_shared->latest = last; // whatever is queued becomes stale and is skipped
    if (m_shared->options.interruptible)
        m_shared->interruptOlderThan(last);
    // Closed on the thread that opened it, after the job running now (a writer's finishes its transaction).
    QMetaObject::invokeMethod(
        m_host, [h = m_host] { h->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 ReplicaWorker::newTicket() {
    const quint64 ticket = ++m_shared->latest;
    m_pending = 0; // older jobs no longer count; busy stays until the new ticket's jobs report
    if (m_shared->options.interruptible)
        m_shared->interruptOlderThan(ticket);
    return ticket;
}

void ReplicaWorker::cancelAll() {
    newTicket();
    setBusy(false);
}

quint64 ReplicaWorker::ticket() const {
    return m_shared->latest.load();
}

void ReplicaWorker::setShutdown(std::function<void(Context* context)> shutdown) {
    QMetaObject::invokeMethod(m_host, [h = m_host, shutdown = std::move(shutdown)] { h->setShutdown(shutdown); });
}

void ReplicaWorker::postWork(quint64 ticket, Work work) {
    if (ticket == this->ticket()) {
        ++m_pending;
        setBusy(true);
    }
    QPointer<ReplicaWorker> self(this);
    QMetaObject::invokeMethod(m_host,
                              [h = m_host, ticket, work = std::move(work), self] { h->run(ticket, work, self); });
}

void ReplicaWorker::report(quint64 ticket, const Delivery& delivery) {
    if (ticket != this->ticket())
        return;
    if (m_pending > 0)
        --m_pending;
    setBusy(m_pending > 0);
    if (delivery)
        delivery();
}

void ReplicaWorker::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Stride
