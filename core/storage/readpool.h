#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace Stride {

class Database;

// Extra read-only connections to one replica, each owned by its own helper thread (one connection per thread),
// so independent figures of a page are computed at the same time on the machine's cores (issue 5 "Speed": the
// dashboard's figures one after another exceed the page's 500 ms at 100,000 customers). The caller's thread
// takes jobs on its own connection too. Connections open on first use and stay open (a warm page cache).
class ReadPool final {
public:
    using Job = std::function<void(const Database&)>;

    // helpers: how many extra connections/threads (0 = run() is a plain loop on the caller's connection).
    ReadPool(QString path, int helpers);
    ~ReadPool();
    ReadPool(const ReadPool&) = delete;
    ReadPool& operator=(const ReadPool&) = delete;

    // One helper per core beyond the caller's (QThread::idealThreadCount() - 1, at least 0, at most 3).
    static int defaultHelpers();
    int helpers() const;

    // Runs every job once, in list order of start (put the longest first), the caller on `own` and each helper
    // on its connection; returns when all have finished. A job not yet started is skipped once stale() holds.
    // Fails when a helper cannot open the replica (the jobs then all ran on `own`).
    Status run(const Database& own, const QList<Job>& jobs, const std::function<bool()>& stale);
    // Stops the SQL running on the helpers' connections (sqlite3_interrupt); callable from any thread.
    void interrupt();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Stride
