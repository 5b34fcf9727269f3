#include "dashboardfigures.h"

#include "logging.h"
#include "storage/orgcalendar.h"
#include "storage/readpool.h"

#include <QElapsedTimer>

#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

template <typename T> void take(Result<T> r, T& into, QString& error, const QString& name) {
    if (r)
        into = std::move(r.value());
    else
        error = name + u": "_s + r.error();
}

} // namespace

DashboardFigures DashboardFigures::compute(const Database& db, ReadPool* pool, const AnalyticsFilter& filter,
                                           const Clock& clock, const std::function<bool()>& stale) {
    QElapsedTimer timer;
    timer.start();
    DashboardFigures f;
    f.filter = filter;
    // A period of whole months (the filter bar's) is the organisation's months: in its time zone, not UTC's.
    AnalyticsFilter period = filter;
    if (filter.wholeMonths > 0) {
        const AnalyticsFilter months = AnalyticsFilter::lastMonths(filter.wholeMonths, OrgCalendar::of(db, clock));
        period.from = months.from;
        period.to = months.to;
    }
    // Each job writes only its own figure and error slot, so they may run on different threads.
    std::vector<QString> errors; // (std::vector: no copy-on-write detach checks across threads)
    std::atomic<int> ran{0};
    QList<ReadPool::Job> jobs;
    auto add = [&](const QString& name, auto& into, auto compute) {
        const std::size_t slot = errors.size();
        errors.emplace_back();
        jobs.append([&, slot, name, compute](const Database& c) {
            take(compute(c), into, errors[slot], name);
            ++ran;
        });
    };
    // Longest first (CPU measured at 100,000 customers, last 6 months: forecast 95 ms, points 75, health 36,
    // coverage 32, funnel 27, payments 23), so two connections finish at about the same time.
    add(u"forecast"_s, f.forecast, [&](const Database& c) { return Forecast::compute(c, period, clock); });
    add(u"points"_s, f.points, [&](const Database& c) { return BehaviourPoints::compute(c, period, clock); });
    add(u"health"_s, f.health, [&](const Database& c) { return ProcessHealth::compute(c, period, clock); });
    add(u"coverage"_s, f.coverage, [&](const Database& c) { return CoverageKpi::compute(c, period, clock); });
    add(u"funnel"_s, f.funnel, [&](const Database& c) { return Funnel::compute(c, period); });
    add(u"payments"_s, f.payments, [&](const Database& c) { return PaymentCountdown::compute(c, period, clock); });
    Status status;
    if (pool) {
        status = pool->run(db, jobs, stale);
    } else {
        for (const ReadPool::Job& job : jobs) {
            if (!stale())
                job(db);
        }
    }
    if (!status)
        qCWarning(lcAnalytics) << "dashboard figures:" << status.error();
    for (const QString& e : std::as_const(errors)) {
        if (!e.isEmpty())
            f.errors << e;
    }
    f.complete = ran.load() == jobs.size();
    f.elapsedMs = timer.elapsed();
    if (!f.complete)
        return f;
    for (const QString& e : std::as_const(f.errors))
        qCWarning(lcAnalytics) << "dashboard figure failed:" << e;
    qCDebug(lcAnalytics) << "dashboard figures in" << f.elapsedMs << "ms";
    return f;
}

} // namespace Stride
