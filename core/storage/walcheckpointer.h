#pragma once

#include "result.h"

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Stride {

// Runs a replica's WAL checkpoints on a helper thread with a connection of its own while the writer goes on.
// SQLite's automatic checkpoint runs inside the commit that takes the WAL past 1000 pages, on the writer's
// thread: during an initial sync that is most page commits, each copying the WAL into the file and syncing both.
// With the writer's automatic checkpoint off, request() after each commit has them done here instead. They are
// PASSIVE: they never wait for the writer, and the writer restarts the WAL once a checkpoint has caught up.
class WalCheckpointer final {
public:
    WalCheckpointer() = default;
    // Finishes a checkpoint under way or requested, then stops.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Opens the helper's connection to the replica at `path` and starts the thread.
    Status start(const QString& path);
    bool running() const { return m_thread.joinable(); }
    // Asks for a checkpoint of what has been committed so far (one request stands for any number made while
    // a checkpoint runs). Does nothing when not running.
    void request();
    // Checkpoints done so far, for tests.
    int done() const;

private:
    void run();

    sqlite3* m_db = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_done = 0;
};

} // namespace Stride
