#pragma once

#include "analyticsfilter.h"
#include "behaviourpoints.h"
#include "coveragekpi.h"
#include "forecast.h"
#include "funnel.h"
#include "paymentcountdown.h"
#include "processhealth.h"

#include <QStringList>

#include <functional>

namespace Stride {

class Clock;
class Database;
class ReadPool;

// Every figure of the dashboard page for one filter, computed together (the app on an analytics worker,
// AnalyticsRunner; the benchmark the same way). A figure that fails keeps its empty value and names its error;
// the others still show.
struct DashboardFigures {
    AnalyticsFilter filter;
    FunnelResult funnel; // also the days-in-stage bars
    ProcessHealthResult health;
    CoverageResult coverage;
    BehaviourPointsResult points;
    ForecastResult forecast;
    PaymentCountdownResult payments;
    QStringList errors;
    qint64 elapsedMs = 0;
    bool complete = false; // false when stale() stopped it early

    // The figures are independent: with a pool they run at the same time on db and the pool's connections,
    // without one (nullptr) one after another on db. stale() is checked before each figure starts.
    static DashboardFigures compute(const Database& db, ReadPool* pool, const AnalyticsFilter& filter,
                                    const Clock& clock, const std::function<bool()>& stale);
};

} // namespace Stride
