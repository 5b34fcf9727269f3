#pragma once

#include <QtGlobal>

#include <functional>

namespace Stride {

// How a long job on a worker (an export, an import) reports how far it is and learns that the user cancelled.
// Both callbacks are optional and are called on the job's own thread: a caller on the GUI thread forwards them
// through a queued signal. A job checks cancelled() between rows or batches and returns ErrorCode::Cancelled,
// leaving nothing half-written behind.
struct Progress {
    std::function<void(qint64 done, qint64 total)> step; // total 0: not known in advance
    std::function<bool()> cancelled;

    void report(qint64 done, qint64 total) const {
        if (step)
            step(done, total);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace Stride
