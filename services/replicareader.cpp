#include "replicareader.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "threadpriority.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Stride {

// Lives on the reader's thread: the connection is opened there on the first job and closed there at the end.
class ReplicaReader::Worker final : public QObject {
public:
    Worker(QString path, const Clock& clock)
        : m_path(std::move(path))
        , m_clock(clock) {}
    ~Worker() override {
        m_context.reset();
        m_store.reset();
        m_db.reset();
    }

    void run(const Job& job) {
        if (!m_db && m_error.isEmpty()) {
            Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Access::ReadOnly);
            if (!db) {
                m_error = db.error();
                qCWarning(lcUi) << "background reader cannot open" << m_path << m_error;
            } else {
                m_db = std::move(db.value());
                m_store = std::make_unique<EntityStore>(*m_db, m_clock);
                m_context = std::make_unique<Context>(Context{*m_db, *m_store, m_clock});
            }
        }
        job(m_context.get(), m_error);
    }

private:
    QString m_path;
    const Clock& m_clock;
    QString m_error;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<Context> m_context;
};

ReplicaReader::ReplicaReader(QString path, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(path), clock))
    , m_latest(std::make_shared<std::atomic<quint64>>(0)) {
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(u"replica-reader"_s);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [] { ThreadPriority::lowerCurrent(); });
}

ReplicaReader::~ReplicaReader() {
    m_latest->store(~quint64(0)); // whatever is queued becomes stale and is skipped
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ReplicaReader::post(quint64 generation, Job job) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, latest = m_latest, generation, job = std::move(job)] {
        if (generation == latest->load())
            w->run(job);
    });
}

bool ReplicaReader::accept(quint64 generation) {
    if (generation != m_latest->load())
        return false;
    setLoading(false);
    return true;
}

void ReplicaReader::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace Stride
