#pragma once

#include "replicaworker.h"

namespace Stride {

// A page's or model's reads of the replica, off the GUI thread (a ReplicaWorker on a read-only connection). Only
// the latest job counts: an older one not started yet is skipped, the SQL of one running is interrupted and its
// result dropped — so a quick succession of reloads (a sync announcing page after page) costs one query, and
// the view never shows an older answer over a newer one.
class ReplicaReader final : public ReplicaWorker {
    Q_OBJECT
public:
    // `clock` must outlive the reader (the Session's clock does).
    ReplicaReader(QString path, const Clock& clock, QObject* parent = nullptr);

    // Runs `job` on the worker; `done` is called on this object's thread with its result unless a later run()
    // made it stale. A connection that cannot be opened gives `done` the error.
    template <typename T> void run(std::function<Result<T>(Context&)> job, std::function<void(Result<T>)> done) {
        post<T>(newTicket(), std::move(job), std::move(done));
    }

    // True from a run() until its (latest) result arrived.
    bool isLoading() const { return isBusy(); }

signals:
    void loadingChanged(bool loading);
};

} // namespace Stride
