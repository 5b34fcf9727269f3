#include "readpool.h"

#include "database.h"
#include "logging.h"

#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

struct ReadPool::Shared {
    QString path;
    std::mutex mutex;
    std::condition_variable wake;     // a batch was posted, or stop
    std::condition_variable finished; // the last busy helper left the batch
    bool stop = false;
    quint64 batch = 0;
    const QList<Job>* jobs = nullptr;
    const std::function<bool()>* stale = nullptr;
    std::atomic<qsizetype> next{0};
    int busy = 0;
    QString openError;
    std::vector<sqlite3*> handles; // under mutex; a helper clears its own before closing it
    std::vector<std::thread> threads;

    void helper(std::size_t index) {
        std::unique_ptr<Database> db;
        bool opened = false;
        quint64 seen = 0;
        for (;;) {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] { return stop || batch != seen; });
            if (stop)
                break;
            seen = batch;
            const QList<Job>* list = jobs;
            const std::function<bool()>* isStale = stale;
            lock.unlock();
            if (!opened) {
                opened = true; // one attempt: a replica this thread cannot open leaves the work to the others
                Result<std::unique_ptr<Database>> o = Database::open(path, Database::Access::ReadOnly);
                lock.lock();
                if (o) {
                    db = std::move(o.value());
                    handles[index] = db->handle();
                } else {
                    openError = o.error();
                    qCWarning(lcAnalytics) << "read pool cannot open" << path << o.error();
                }
                lock.unlock();
            }
            if (db) {
                for (qsizetype k = next++; k < list->size(); k = next++) {
                    if (!(*isStale)())
                        list->at(k)(*db);
                }
            }
            lock.lock();
            if (--busy == 0)
                finished.notify_all();
        }
        std::unique_lock<std::mutex> lock(mutex);
        handles[index] = nullptr;
        lock.unlock();
        db.reset(); // closed on the thread that opened it
    }
};

ReadPool::ReadPool(QString path, int helpers)
    : m_shared(std::make_shared<Shared>()) {
    m_shared->path = std::move(path);
    const int n = std::max(0, helpers);
    m_shared->handles.assign(std::size_t(n), nullptr);
    for (int i = 0; i < n; ++i)
        m_shared->threads.emplace_back([shared = m_shared.get(), i] { shared->helper(std::size_t(i)); });
}

ReadPool::~ReadPool() {
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->stop = true;
    }
    m_shared->wake.notify_all();
    for (std::thread& t : m_shared->threads)
        t.join();
}

int ReadPool::defaultHelpers() {
    return std::clamp(QThread::idealThreadCount() - 1, 0, 3);
}

int ReadPool::helpers() const {
    return int(m_shared->threads.size());
}

Status ReadPool::run(const Database& own, const QList<Job>& jobs, const std::function<bool()>& stale) {
    Shared& s = *m_shared;
    if (s.threads.empty()) {
        for (const Job& job : jobs) {
            if (!stale())
                job(own);
        }
        return {};
    }
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.jobs = &jobs;
        s.stale = &stale;
        s.next = 0;
        s.busy = int(s.threads.size());
        ++s.batch;
    }
    s.wake.notify_all();
    for (qsizetype k = s.next++; k < jobs.size(); k = s.next++) {
        if (!stale())
            jobs.at(k)(own);
    }
    std::unique_lock<std::mutex> lock(s.mutex);
    s.finished.wait(lock, [&] { return s.busy == 0; });
    s.jobs = nullptr;
    s.stale = nullptr;
    if (!s.openError.isEmpty())
        return fail(u"a helper connection could not open the replica: %1"_s.arg(s.openError));
    return {};
}

void ReadPool::interrupt() {
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    for (sqlite3* h : m_shared->handles) {
        if (h)
            sqlite3_interrupt(h);
    }
}

} // namespace Stride
