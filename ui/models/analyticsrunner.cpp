#include "models/analyticsrunner.h"

#include "clock.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"

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
    QString openError;

    State(QString p, const Clock& c)
        : path(std::move(p))
        , clock(c) {}

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
        handle = db->handle();
        return true;
    }
};

AnalyticsRunner::AnalyticsRunner(QString path, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_state(std::make_shared<State>(std::move(path), clock)) {
    m_thread->setObjectName(QStringLiteral("analytics"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

AnalyticsRunner::~AnalyticsRunner() {
    ++m_state->latest; // everything queued is stale now
    if (sqlite3* h = m_state->handle.load())
        sqlite3_interrupt(h);
    // The connection is closed on the worker thread that opened it (a queued call could be dropped by quit()).
    // The running job, if any, is stale and its SQL interrupted: the wait is short.
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state] {
            state->handle = nullptr;
            state->store.reset();
            state->db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void AnalyticsRunner::post(std::function<void(Context&)> work, std::function<void()> deliver) {
    const quint64 generation = ++m_state->latest;
    if (sqlite3* h = m_state->handle.load()) {
        ++m_state->interrupts;
        sqlite3_interrupt(h);
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
            Context context{*state->db, *state->store, state->clock, stale};
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
