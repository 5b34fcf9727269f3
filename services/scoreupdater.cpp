#include "scoreupdater.h"

#include "analytics/valuescoreservice.h"
#include "logging.h"
#include "replicaworker.h"
#include "storage/entitystore.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// On the worker thread: one ValueScoreService for the worker's life, kept there as a child of Context::owner.
// A rescore of `ids` (full = false) that finds a new or deleted customer turns into a full recompute.
Result<bool> score(ReplicaWorker::Context& c, bool full, const QStringList& ids) {
    auto* service = c.owner.findChild<ValueScoreService*>(QString(), Qt::FindDirectChildrenOnly);
    if (!service)
        service = new ValueScoreService(c.db, c.clock, std::nullopt, &c.owner);
    if (!full) {
        const Result<bool> done = service->rescoreCustomers(ids);
        if (!done)
            qCWarning(lcAnalytics) << "value score update failed:" << done.error();
        full = !done || !*done;
    }
    if (full) {
        if (const Status s = service->recomputeAll(); !s)
            qCWarning(lcAnalytics) << "value score recompute failed:" << s.error();
    }
    return true;
}

} // namespace

ScoreUpdater::ScoreUpdater(QString path, const Clock& clock, EntityStore& store, QObject* parent)
    : QObject(parent)
    , m_worker(new ReplicaWorker(std::move(path), clock,
                                 {u"value-scores"_s, Database::Access::ReadWrite, /*lowerPriority=*/true,
                                  /*interruptible=*/false},
                                 this)) {
    connect(&store, &EntityStore::changed, this, [this](const QString& entity, const QStringList& ids) {
        if (entity == u"orders"_s || entity == u"org_aggregates"_s) // P moves with the organisation's purchases
            scheduleRecomputeAll();
        else if (entity == u"customers"_s)
            scheduleRescore(ids);
    });
}

// The worker, a child, finishes a run under way first: its transaction is never cut short.
ScoreUpdater::~ScoreUpdater() = default;

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
    m_worker->post<bool>(
        m_worker->ticket(), [full, ids](ReplicaWorker::Context& c) { return score(c, full, ids); },
        [this](const Result<bool>&) { onRunFinished(); });
}

void ScoreUpdater::onRunFinished() {
    m_running = false;
    emit scoresChanged();
    kick();
    if (!isBusy())
        emit idle();
}

} // namespace Stride
