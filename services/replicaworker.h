#pragma once

#include "clock.h"
#include "result.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Stride {

class EntityStore;
class ReadPool;

// The one way the app works on the replica off the GUI thread: a thread of its own with its OWN connection to the
// replica (and an EntityStore on it, so repositories work there) that runs jobs one at a time, in order.
//
// Each job is posted under a ticket. newTicket() makes every older ticket stale: a stale job not started yet is
// skipped, one running sees Context::stale() turn true and (for an interruptible worker) its SQL stops at once,
// and a stale job's result is never delivered. The interrupt cannot reach a newer job: the worker records which
// ticket runs, and newTicket() reads it and interrupts under the same lock that the worker takes again before
// the next job starts, so an interrupt is only ever sent while the job it is meant for runs.
//
// Results are delivered on the thread this object belongs to (normally the GUI thread). Several jobs may share a
// ticket (the pages of one customer list); a worker that cancels nothing posts everything under ticket().
class ReplicaWorker : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString threadName;
        Database::Access access = Database::Access::ReadOnly;
        bool lowerPriority = true; // ThreadPriority::lowerCurrent(): yield the CPU to the GUI thread
        bool interruptible = true; // newTicket() stops a stale job's SQL (a writer's transaction is never cut)
        int helpers = 0;           // ReadPool connections a job may spread independent figures over
    };

    // What a job sees on the worker thread. Never share these with another thread.
    struct Context {
        Database& db;
        EntityStore& store;
        const Clock& clock;
        std::function<bool()> stale; // true once a newer ticket was taken: long jobs return early
        ReadPool* pool;              // nullptr without helpers
        // Lives on the worker thread: the parent of objects a job keeps there between jobs (a sync engine);
        // they are destroyed on that thread before the connection closes.
        QObject& owner;
    };

    // `clock` must outlive the worker (the Session's does).
    ReplicaWorker(QString path, const Clock& clock, Options options, QObject* parent = nullptr);
    ~ReplicaWorker() override;

    // Makes every job posted so far stale; returns the ticket of what is posted next.
    quint64 newTicket();
    quint64 ticket() const;

    // True while a job of the current ticket has not reported back.
    bool isBusy() const { return m_busy; }
    // newTicket() and nothing more to post: not busy any more.
    void cancelAll();

    // Runs job(Context&) on the worker under `ticket`; done(result) runs on this object's thread unless the ticket
    // went stale meanwhile (an empty `done`: nothing). A connection that cannot be opened gives `done` the error.
    template <typename T>
    void post(quint64 ticket, std::function<Result<T>(Context&)> job, std::function<void(Result<T>)> done) {
        postWork(ticket, [job = std::move(job), done = std::move(done)](Context* c, const QString& error) -> Delivery {
            auto result = std::make_shared<Result<T>>(c ? job(*c) : Result<T>(fail(error)));
            return [done, result] {
                if (done)
                    done(std::move(*result));
            };
        });
    }

    // Runs on the worker thread before it closes the connection (a sync engine's cancel), context or not.
    void setShutdown(std::function<void(Context* context)> shutdown);

signals:
    void busyChanged(bool busy);

protected:
    // The general form of post(): `work` runs on the worker with the context, or with nullptr and the error of
    // opening the connection, and returns what to run on this object's thread if the ticket is still current.
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(Context* context, const QString& openError)>;
    void postWork(quint64 ticket, Work work);

private:
    struct Shared;
    class Host;
    void report(quint64 ticket, const Delivery& delivery);
    void setBusy(bool busy);

    QThread* m_thread;
    Host* m_host; // lives on m_thread: the receiver of queued jobs
    std::shared_ptr<Shared> m_shared;
    int m_pending = 0;
    bool m_busy = false;
};

} // namespace Stride
