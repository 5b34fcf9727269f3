#include "models/analyticsrunner.h"

#include "clock.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/readpool.h"

#include <QPointer>
#include <QThread>

#include <sqlite3.h>

namespace Stride {

// Shared by the GUI side (generation, interrupts) and the worker side (connection, only touched there).
struct AnalyticsRunner::State {
    QString path;
    const Clock& clock;
    std::atomic<quint64> latest{0};
    std::atomic<quint64> interrupts{0};
    std::atomic<sqlite3*> handle{nullptr};
    std::unique_ptr<Database> db;
    std::unique_ptr<EntityStore> store;
    std::unique_ptr<ReadPool> pool; // created on the worker with the connection; interrupted from the GUI
    std::atomic<ReadPool*> poolHandle{nullptr};
    int helpers = 0;
    QString openError;

    State(QString p, const Clock& c, int h)
        : path(std::move(p))
        , clock(c)
        , helpers(h) {}

    void interrupt() {
        if (sqlite3* h = handle.load())
            sqlite3_interrupt(h);
        if (ReadPool* p = poolHandle.load())
            p->interrupt();
    }

    bool ensureOpen() {
        if (db)
            return true;
        Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Access::ReadOnly);
        if (!opened) {
            openError = opened.error();
            qCWarning(lcUi) << "analytics worker cannot open" << path << openError;
            return false;
        }
        db = std::move(opened.value());
        store = std::make_unique<EntityStore>(*db, clock);
        if (helpers > 0) {
            pool = std::make_unique<ReadPool>(path, helpers);
            poolHandle = pool.get();
        }
        handle = db->handle();
        return true;
    }
};

AnalyticsRunner::AnalyticsRunner(QString path, const Clock& clock, QObject* parent, int helpers)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_state(std::make_shared<State>(std::move(path), clock, helpers)) {
    m_thread->setObjectName(QStringLiteral("analytics"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

AnalyticsRunner::~AnalyticsRunner() {
    ++m_state->latest; // everything queued is stale now
    m_state->interrupt();
    // The connection is closed on the worker thread that opened it (a queued call could be dropped by quit()).
    // The running job, if any, is stale and its SQL interrupted: the wait is short.
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state] {
            state->handle = nullptr;
            state->poolHandle = nullptr;
            state->pool.reset();
            state->store.reset();
            state->db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void AnalyticsRunner::post(std::function<void(Context&)> work, std::function<void()> deliver) {
    const quint64 generation = ++m_state->latest;
    if (m_state->handle.load()) {
        ++m_state->interrupts;
        m_state->interrupt();
    }
    setBusy(true);
    QPointer<AnalyticsRunner> self(this);
    QMetaObject::invokeMethod(
        m_worker, [self, state = m_state, generation, work = std::move(work), deliver = std::move(deliver)] {
            auto stale = [state, generation] { return state->latest.load() != generation; };
            if (stale())
                return;
            if (!state->ensureOpen()) {
                QMetaObject::invokeMethod(self, [self, error = state->openError] {
                    if (self) {
                        self->setBusy(false);
                        emit self->failed(error);
                    }
                });
                return;
            }
            Context context{*state->db, *state->store, state->clock, stale, state->pool.get()};
            const quint64 interruptsBefore = state->interrupts.load();
            work(context);
            if (!stale() && state->interrupts.load() != interruptsBefore)
                work(context); // an interrupt meant for the job before this one may have cut it short
            if (stale())
                return;
            // Posted to the runner's (GUI) thread; a runner destroyed meanwhile takes the call with it.
            QMetaObject::invokeMethod(self, [self, state, generation, deliver] {
                if (!self || state->latest.load() != generation)
                    return;
                self->setBusy(false);
                deliver();
            });
        });
}

void AnalyticsRunner::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Stride
