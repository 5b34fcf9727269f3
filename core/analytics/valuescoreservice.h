#pragma once

#include "analytics/valuescore.h"
#include "clock.h"
#include "result.h"

#include <QObject>

namespace Stride {

class Database;
class EntityStore;

// Keeps the customer_scores table current: recomputes when an input changes (orders move every
// customer's percentile; a customer's satisfaction or trial moves only that customer).
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
    Result<ValueScoreBreakdown> scoreOf(const QString& customerId) const;
    const ValueScorePolicy& policy() const { return m_policy; }

signals:
    void scoresChanged();

private:
    Result<QList<ValueScoreInput>> loadInputs() const;

    Database& m_db;
    const Clock& m_clock;
    ValueScorePolicy m_policy;
};

} // namespace Stride
