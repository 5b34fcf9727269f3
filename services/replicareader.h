#pragma once

#include "clock.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Stride {

class Database;
class EntityStore;

// A page's or model's reads of the replica, off the GUI thread: jobs run one after another on a worker thread
// with its OWN read-only connection (and an EntityStore on it, so repositories work there), and their results
// come back to the owner's thread. Only the latest job counts: an older one not started yet is skipped, and
// the result of one that finished after a newer request is dropped — so a quick succession of reloads (a sync
// announcing page after page) costs one query, and the view never shows an older answer over a newer one.
class ReplicaReader final : public QObject {
    Q_OBJECT
public:
    // What a job gets on the worker thread. Never share these with another thread.
    struct Context {
        Database& db;
        EntityStore& store;
        const Clock& clock;
    };

    // `clock` must outlive the reader (the Session's clock does).
    ReplicaReader(QString path, const Clock& clock, QObject* parent = nullptr);
    ~ReplicaReader() override;

    // Runs `job` on the worker; `done` is called on this object's thread with its result unless a later run()
    // made it stale. A connection that cannot be opened gives `done` the error.
    template <typename T> void run(std::function<Result<T>(Context&)> job, std::function<void(Result<T>)> done) {
        const quint64 generation = ++*m_latest;
        QPointer<ReplicaReader> self(this);
        setLoading(true);
        post(generation,
             [self, generation, job = std::move(job), done = std::move(done)](Context* ctx, const QString& error) {
                 Result<T> result = ctx ? job(*ctx) : Result<T>(fail(error));
                 QMetaObject::invokeMethod(self, [self, generation, done, result = std::move(result)]() mutable {
                     if (self && self->accept(generation))
                         done(std::move(result));
                 });
             });
    }

    // True from a run() until its (latest) result arrived.
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);

private:
    class Worker;
    using Job = std::function<void(Context* ctx, const QString& error)>;
    void post(quint64 generation, Job job);
    bool accept(quint64 generation);
    void setLoading(bool loading);

    QThread* m_thread;
    Worker* m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_loading = false;
};

} // namespace Stride
