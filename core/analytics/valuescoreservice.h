#pragma once

#include "analytics/valuescore.h"
#include "clock.h"
#include "result.h"

#include <QObject>

#include <optional>

namespace Stride {

class Database;
class EntityStore;

// Keeps the customer_scores table current when an input changes. Orders and new or removed customers move every
// customer's percentile: those changes are coalesced into one full recompute after the current event-loop turn
// (a sync announces page after page). An edit of existing customers moves only their S and T: just those rows
// are rescored, at once.
// Scores are derived locally and never synced. The percentile is the organisation's: read from the purchase
// distribution the server computed (OrgAggregates), over that distribution's window, so every replica gives a
// customer the same P, score and tier. A replica that never received it ranks among the customers it holds
// (the whole organisation only for directors and admins) and stores orgAsOf = 0 to say so.
// Weights and tiers are the organisation's policy (OrgPolicy score.weights / score.tiers), read again before
// every recompute, and a change of the policy (an admin's edit, or one pulled) rescores everyone; a fixed
// `policy` given to the constructor replaces it (tests, what-if figures). The replica-local settings that once
// held weights and tiers are no longer read: custom values an old replica kept there are ignored.
class ValueScoreService final : public QObject {
    Q_OBJECT
public:
    ValueScoreService(Database& db, const Clock& clock = Clock::system(),
                      std::optional<ValueScorePolicy> policy = std::nullopt, QObject* parent = nullptr);

    // Recompute after every change announced by the store.
    void watch(EntityStore& store);

    Status recomputeAll();
    // Rescores these existing customers with their stored P; false when one is new or deleted (P of all moves).
    Result<bool> rescoreCustomers(const QStringList& ids);
    Result<ValueScoreBreakdown> scoreOf(const QString& customerId) const;
    // The weights and tiers of the latest (re)score.
    const ValueScorePolicy& policy() const { return m_policy; }

signals:
    void scoresChanged();

private:
    Result<QList<ValueScoreInput>> loadInputs(qint64 from, qint64 to) const;
    void scheduleRecompute();
    void refreshPolicy();

    Database& m_db;
    const Clock& m_clock;
    std::optional<ValueScorePolicy> m_fixedPolicy;
    ValueScorePolicy m_policy;
    bool m_recomputeScheduled = false;
};

} // namespace Stride
