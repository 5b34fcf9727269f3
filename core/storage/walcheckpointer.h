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
// watch() moves that checkpoint here: the writer's commits ask for one at the same size of WAL. They are PASSIVE:
// they never wait for the writer, and the writer restarts the WAL once a checkpoint has caught up.
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
    // Takes over `writer`'s checkpoints: its automatic one is turned off, and a commit that leaves more than
    // `frames` pages in the WAL asks for one here. Until unwatch(), this object must outlive the writer's commits.
    Status watch(sqlite3* writer, int frames);
    // Gives `writer` back its automatic checkpoint (every 1000 pages, SQLite's default) and asks for a last one.
    Status unwatch(sqlite3* writer);
    // Checkpoints done so far, for tests.
    int done() const;
    // Checkpoints asked for so far while running (request(), a watched commit, unwatch()), for tests: a commit's
    // request is made in the commit itself, so a test can tell at once that one did not ask.
    int requests() const;

private:
    void run();
    static int committed(void* self, sqlite3* writer, const char* schema, int frames);

    sqlite3* m_db = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_done = 0;
    int m_requests = 0;
    int m_threshold = 0; // WAL pages; read by the writer's thread only
};

} // namespace Stride
