#include "models/dashboardfigures.h"

#include "logging.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

template <typename T> bool take(Result<T> r, T& into, const QString& name, QStringList& errors) {
    if (r)
        into = std::move(r.value());
    else
        errors << name + u": "_s + r.error();
    return r.ok();
}

} // namespace

DashboardFigures DashboardFigures::compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock,
                                           const std::function<bool()>& stale) {
    QElapsedTimer timer;
    timer.start();
    DashboardFigures f;
    f.filter = filter;
    // Cheapest first, checking between figures so a filter change does not wait for a whole stale dashboard.
    const QList<std::function<void()>> steps{
        [&] { take(Funnel::compute(db, filter), f.funnel, u"funnel"_s, f.errors); },
        [&] { take(PaymentCountdown::compute(db, filter, clock), f.payments, u"payments"_s, f.errors); },
        [&] { take(Forecast::compute(db, filter, clock), f.forecast, u"forecast"_s, f.errors); },
        [&] { take(BehaviourPoints::compute(db, filter, clock), f.points, u"points"_s, f.errors); },
        [&] { take(ProcessHealth::compute(db, filter, clock), f.health, u"health"_s, f.errors); },
        [&] { take(CoverageKpi::compute(db, filter, clock), f.coverage, u"coverage"_s, f.errors); },
    };
    for (const auto& step : steps) {
        if (stale())
            return f;
        step();
    }
    f.complete = true;
    f.elapsedMs = timer.elapsed();
    for (const QString& e : std::as_const(f.errors))
        qCWarning(lcUi) << "dashboard figure failed:" << e;
    qCDebug(lcUi) << "dashboard figures in" << f.elapsedMs << "ms";
    return f;
}

} // namespace Stride
