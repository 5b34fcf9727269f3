#pragma once

#include "analytics/analyticsfilter.h"
#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"

#include <QStringList>

#include <functional>

namespace Stride {

class Clock;
class Database;

// Every figure of the dashboard for one filter, computed together on an analytics worker (AnalyticsRunner).
// A figure that fails keeps its empty value and names its error; the others still show.
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

    static DashboardFigures compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock,
                                    const std::function<bool()>& stale);
};

} // namespace Stride
