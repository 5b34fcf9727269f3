#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace Stride {

class Clock;
class Database;
class EntityStore;
class ReadPool;

// Runs a page's read-only figure jobs on its own worker thread with its OWN connection to the replica, so the
// GUI thread never waits on the analytics. Only the latest job counts: a newer run() skips older jobs not yet
// started, interrupts the one running (its SQL stops at once) and drops its result; a job caught by an
// interrupt meant for its predecessor is run again. Results come back on the GUI thread.
class AnalyticsRunner final : public QObject {
    Q_OBJECT
public:
    // What a job sees on the worker thread. stale() turns true as soon as a newer job is queued: long jobs
    // check it between figures and return early (their result is dropped anyway).
    struct Context {
        Database& db;
        EntityStore& store;
        const Clock& clock;
        std::function<bool()> stale;
        ReadPool* pool; // helper connections for independent figures; nullptr when the runner has none
    };

    // helpers: extra read connections (each on its own thread) a job may spread its figures over through
    // Context::pool (ReadPool::defaultHelpers() for a page of many figures; 0 = none).
    AnalyticsRunner(QString path, const Clock& clock, QObject* parent = nullptr, int helpers = 0);
    ~AnalyticsRunner() override;

    // job(Context&) → T runs on the worker thread; done(T) runs on the GUI thread, only if no newer job was
    // queued meanwhile.
    template <typename Job, typename Done> void run(Job job, Done done) {
        using T = std::invoke_result_t<Job, Context&>;
        auto result = std::make_shared<std::optional<T>>();
        post([job = std::move(job), result](Context& c) { result->emplace(job(c)); },
             [done = std::move(done), result] { done(std::move(**result)); });
    }
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    void failed(const QString& error); // the worker could not open the replica

private:
    struct State;
    void post(std::function<void(Context&)> work, std::function<void()> deliver);
    void setBusy(bool busy);

    QThread* m_thread;
    QObject* m_worker; // lives on m_thread: the receiver of queued jobs
    std::shared_ptr<State> m_state;
    bool m_busy = false;
};

} // namespace Stride
