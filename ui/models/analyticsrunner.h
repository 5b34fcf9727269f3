#pragma once

#include "replicaworker.h"

#include <memory>
#include <type_traits>

namespace Stride {

// Runs a page's read-only figure jobs on a ReplicaWorker of its own, so the GUI thread never waits on the
// analytics. Only the latest job counts: a newer run() skips older jobs not yet started, interrupts the one
// running (its SQL stops at once) and drops its result. Long jobs check Context::stale() between figures and
// return early; Context::pool spreads independent figures over helper connections.
class AnalyticsRunner final : public ReplicaWorker {
    Q_OBJECT
public:
    // helpers: extra read connections (each on its own thread) a job may spread its figures over through
    // Context::pool (ReadPool::defaultHelpers() for a page of many figures; 0 = none).
    AnalyticsRunner(QString path, const Clock& clock, QObject* parent = nullptr, int helpers = 0);

    // job(Context&) → T runs on the worker thread; done(T) runs on the GUI thread, only if no newer job was
    // queued meanwhile. A replica that cannot be opened emits failed() instead.
    template <typename Job, typename Done> void run(Job job, Done done) {
        using T = std::invoke_result_t<Job, Context&>;
        postWork(newTicket(),
                 [this, job = std::move(job), done = std::move(done)](Context* c, const QString& error) -> Delivery {
                     if (!c)
                         return [this, error] { emit failed(error); };
                     auto result = std::make_shared<T>(job(*c));
                     return [done, result] { done(std::move(*result)); };
                 });
    }

signals:
    void failed(const QString& error); // the worker could not open the replica
};

} // namespace Stride
