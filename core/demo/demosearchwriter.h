#pragma once

#include "result.h"

#include <QString>
#include <QTemporaryFile>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace Stride {

class SqlStatement;

// Builds the demo organisation's full-text index on a second core. Tokenising and indexing the 2 M entries of a
// 100k-customer organisation (about 70 M two-character tokens) took a third of the whole load on the loading
// thread. Here a helper thread writes them, with its own connection, into an index declared exactly like the
// replica's in a scratch file beside the replica, and merges it into one segment, while the loading thread writes
// the rows, builds the indexes and the summaries. Database::copySearchIndex() then copies the finished index's
// tables into the replica's: FTS5 keeps an index in ordinary tables, and two tables declared alike read each
// other's rows the same way.
class DemoSearchWriter final {
public:
    DemoSearchWriter() = default;
    // Stops the thread if it still runs and removes the scratch file.
    ~DemoSearchWriter();
    DemoSearchWriter(const DemoSearchWriter&) = delete;
    DemoSearchWriter& operator=(const DemoSearchWriter&) = delete;

    // Creates the empty scratch file next to `replicaPath` (in the temporary folder for an in-memory replica).
    Status create(const QString& replicaPath);
    // Starts the thread, which declares the index with `declaration` (the replica's CREATE VIRTUAL TABLE).
    void start(const QString& declaration);
    // Queues one entry in rowid order (ref and customer are 36-character ids); false once the thread has failed.
    bool add(qint64 rowid, const std::string& title, const std::string& body, const char* kind, const char* ref,
             const char* customer);
    // Waits until every entry is indexed and the index merged. `cancelled` is polled while waiting (on the
    // calling thread); a cancel stops the helper and fails.
    Status finish(const std::function<bool()>& cancelled);
    // The scratch file, for ATTACH.
    QString path() const;
    QString error() const;

private:
    struct Entry {
        qint64 rowid;
        quint32 titleAt, titleBytes, bodyAt, bodyBytes;
        const char* kind;
        char ref[36];
        char customer[36];
    };
    struct Batch {
        std::vector<Entry> entries;
        std::string text;
    };

    void work();
    Status build();
    Status writeAll(SqlStatement& insert);
    Status write(const Batch& batch, SqlStatement& insert);
    void setError(const QString& message);
    bool push(std::unique_ptr<Batch> batch);

    QTemporaryFile m_file;
    QString m_declaration;
    sqlite3* m_db = nullptr; // the helper thread's connection
    std::thread m_thread;
    std::unique_ptr<Batch> m_current;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;              // the helper waits for batches or the end
    std::condition_variable m_space;             // the loader waits for room in the queue, or for the helper's end
    std::deque<std::unique_ptr<Batch>> m_queue;  // filled batches, oldest first
    std::vector<std::unique_ptr<Batch>> m_spare; // emptied batches, reused
    bool m_done = false;                         // no more batches will come
    bool m_finished = false;                     // the helper has returned
    std::atomic<bool> m_stop{false};
    QString m_error;
};

} // namespace Stride
