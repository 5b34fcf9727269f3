#pragma once

#include "analytics/valuescore.h"
#include "clock.h"
#include "result.h"

#include <QObject>

namespace Stride {

class Database;
class EntityStore;

// Keeps the customer_scores table current when an input changes. Orders and new or removed customers move every
// customer's percentile: those changes are coalesced into one full recompute after the current event-loop turn
// (a sync announces page after page). An edit of existing customers moves only their S and T: just those rows
// are rescored, at once.
// Scores are derived locally and never synced. The percentile is taken over the customers this replica
// holds, which is the whole organisation for directors and admins.
class ValueScoreService final : public QObject {
    Q_OBJECT
public:
    ValueScoreService(Database& db, const Clock& clock = Clock::system(), ValueScorePolicy policy = {},
                      QObject* parent = nullptr);

    // Recompute after every change announced by the store.
    void watch(EntityStore& store);

    Status recomputeAll();
    // Rescores these existing customers with their stored P; false when one is new or deleted (P of all moves).
    Result<bool> rescoreCustomers(const QStringList& ids);
    Result<ValueScoreBreakdown> scoreOf(const QString& customerId) const;
    const ValueScorePolicy& policy() const { return m_policy; }

signals:
    void scoresChanged();

private:
    Result<QList<ValueScoreInput>> loadInputs() const;
    void scheduleRecompute();

    Database& m_db;
    const Clock& m_clock;
    ValueScorePolicy m_policy;
    bool m_recomputeScheduled = false;
};

} // namespace Stride
