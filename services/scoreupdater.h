#pragma once

#include "clock.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Stride {

class EntityStore;
class ReplicaWorker;

// Keeps the value scores (docs/sales-method.md rule 2) current without touching the GUI thread: it follows the
// session's store as ValueScoreService::watch() would, but rescoring edited customers and the full recompute
// (orders or new customers move everyone's percentile) run on a ReplicaWorker with its own read-write connection,
// never interrupted (a run's transaction is never cut short). What changes while a run is under way is coalesced
// into ONE more run, so a sync announcing page after page of pulled rows costs a couple of recomputes, not one
// per page.
class ScoreUpdater final : public QObject {
    Q_OBJECT
public:
    // `clock` must outlive the updater.
    ScoreUpdater(QString path, const Clock& clock, EntityStore& store, QObject* parent = nullptr);
    ~ScoreUpdater() override;

    void scheduleRecomputeAll();
    void scheduleRescore(const QStringList& customerIds);
    bool isBusy() const { return m_running || m_fullPending || !m_pendingIds.isEmpty(); }

signals:
    void scoresChanged();
    void idle(); // nothing running or pending any more

private:
    void kick();
    void onRunFinished();

    ReplicaWorker* m_worker;
    bool m_running = false;
    bool m_fullPending = false;
    QSet<QString> m_pendingIds;
};

} // namespace Stride
