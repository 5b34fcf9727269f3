#include "scoreupdater.h"

#include "analytics/valuescoreservice.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "threadpriority.h"

#include <QPointer>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Stride {

// Lives on the updater's thread with the connection and the service on it.
class ScoreUpdater::Worker final : public QObject {
public:
    Worker(QString path, const Clock& clock)
        : m_path(std::move(path))
        , m_clock(clock) {}
    ~Worker() override {
        m_service.reset();
        m_db.reset();
    }

    // A rescore of `ids` (full = false) that finds a new or deleted customer turns into a full recompute.
    void run(bool full, const QStringList& ids) {
        if (!m_db) {
            Result<std::unique_ptr<Database>> db = Database::open(m_path);
            if (!db) {
                qCWarning(lcAnalytics) << "value scores: cannot open" << m_path << db.error();
                return;
            }
            m_db = std::move(db.value());
            m_service = std::make_unique<ValueScoreService>(*m_db, m_clock);
        }
        if (!full) {
            const Result<bool> done = m_service->rescoreCustomers(ids);
            if (!done)
                qCWarning(lcAnalytics) << "value score update failed:" << done.error();
            full = !done || !*done;
        }
        if (full) {
            if (const Status s = m_service->recomputeAll(); !s)
                qCWarning(lcAnalytics) << "value score recompute failed:" << s.error();
        }
    }

private:
    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ValueScoreService> m_service;
};

ScoreUpdater::ScoreUpdater(QString path, const Clock& clock, EntityStore& store, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(path), clock)) {
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(u"value-scores"_s);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [] { ThreadPriority::lowerCurrent(); });
    connect(&store, &EntityStore::changed, this, [this](const QString& entity, const QStringList& ids) {
        if (entity == u"orders"_s || entity == u"org_aggregates"_s) // P moves with the organisation's purchases
            scheduleRecomputeAll();
        else if (entity == u"customers"_s)
            scheduleRescore(ids);
    });
}

ScoreUpdater::~ScoreUpdater() {
    m_thread->quit(); // a run under way finishes first: its transaction is never cut short
    m_thread->wait();
    delete m_thread;
}

void ScoreUpdater::scheduleRecomputeAll() {
    m_fullPending = true;
    m_pendingIds.clear();
    kick();
}

void ScoreUpdater::scheduleRescore(const QStringList& customerIds) {
    if (!m_fullPending) {
        for (const QString& id : customerIds)
            m_pendingIds.insert(id);
    }
    kick();
}

void ScoreUpdater::kick() {
    if (m_running || (!m_fullPending && m_pendingIds.isEmpty()))
        return;
    m_running = true;
    const bool full = m_fullPending;
    const QStringList ids(m_pendingIds.cbegin(), m_pendingIds.cend());
    m_fullPending = false;
    m_pendingIds.clear();
    QPointer<ScoreUpdater> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, full, ids, self] {
        w->run(full, ids);
        QMetaObject::invokeMethod(self, [self] {
            if (self)
                self->onRunFinished();
        });
    });
}

void ScoreUpdater::onRunFinished() {
    m_running = false;
    emit scoresChanged();
    kick();
    if (!isBusy())
        emit idle();
}

} // namespace Stride
