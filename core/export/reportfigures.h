#pragma once

#include "analytics/analyticsfilter.h"
#include "clock.h"
#include "export/reporttable.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Stride {

class Database;
class OrgCalendar;
class ReportNames;
struct BehaviourPointsResult;
struct CoverageResult;
struct DashboardFigures;
struct DwellResult;
struct ForecastResult;
struct FunnelResult;
struct OpportunityHealthResult;
struct PaymentCountdownResult;
struct ProcessHealthResult;
struct ProcessSandboxResult;
struct RiskResult;

// One figure of a report, as tables, with the period it was computed over.
struct ReportFigure {
    QString name;          // "funnel", "coverage" … (ReportFigures::names())
    QString periodFilters; // what the period selects, in English (ReportFigures::periodFilters())
    bool periodIgnored = false;
    qint64 from = 0, to = 0; // the period actually used, [from, to) in UTC seconds; 0 = open on that side
    ReportTables tables;
};

// The figures of the sales method (core/analytics) turned into report tables, shared by `stride-cli report`
// and the exports so both print the same columns. Column names are the JSON fields documented in
// docs/reports.md: ids beside names (owner_id, owner_name), shares as percentages 0–100 named *_pct, codes beside
// their labels (stage, stage_name) in the installed language. To show a new field of a result, add a column to
// its builder below and a line to docs/reports.md.
class ReportFigures final {
public:
    struct Options {
        QString sandboxX = QStringLiteral("call_minutes");
        QString sandboxY = QStringLiteral("needs_rate");
    };

    // funnel, dwell, health, coverage, risk, opp-health, points, forecast, payments, sandbox.
    static const QStringList& names();
    // The Dashboards page's workbook, in sheet order: funnel, dwell, health, coverage, points, forecast, payments.
    static const QStringList& dashboardNames();
    // What the period (--from/--to) filters for a figure, e.g. "opportunities created in the period (created_at)".
    static QString periodFilters(const QString& figure);
    // The filter a figure is computed with for the requested one: the points leaderboard defaults to this month;
    // coverage counts whole months: the period widens to whole months, and one open on one side gets the six months
    // ending with --to's month, or the months from --from's to this one (at least --from's month); dwell and
    // opp-health ignore the period. A period of whole months (the filter bar's, AnalyticsFilter::lastMonths) is
    // taken in the organisation's calendar first, as the Dashboards page takes it (DashboardFigures).
    static AnalyticsFilter effectiveFilter(const QString& figure, const AnalyticsFilter& requested,
                                           const OrgCalendar& calendar);

    static Result<ReportFigure> compute(const QString& figure, const Database& db, const AnalyticsFilter& requested,
                                        const Clock& clock, const ReportNames& names, const Options& options);
    // The same figure from what the Dashboards page computed (DashboardFigures: funnel, health, coverage, points,
    // forecast, payments), without reading the replica again: only when `shown` is complete, holds that figure
    // without an error, and was computed for `requested` over the very period compute() would use. Otherwise
    // nullopt (another filter, a figure the page does not compute such as dwell, or one whose effective period
    // differs: points and coverage over "All time"), and the caller computes it.
    static std::optional<ReportFigure> fromDashboard(const QString& figure, const DashboardFigures& shown,
                                                     const AnalyticsFilter& requested, const OrgCalendar& calendar,
                                                     const ReportNames& names);

    // The per-figure table builders.
    static ReportTables funnel(const FunnelResult& r, const ReportNames& names);
    static ReportTables dwell(const DwellResult& r, const ReportNames& names);
    static ReportTables health(const ProcessHealthResult& r, const ReportNames& names);
    static ReportTables coverage(const CoverageResult& r, const ReportNames& names);
    static ReportTables risk(const RiskResult& r, const ReportNames& names);
    static ReportTables oppHealth(const OpportunityHealthResult& r, const ReportNames& names);
    static ReportTables points(const BehaviourPointsResult& r, const ReportNames& names);
    static ReportTables forecast(const ForecastResult& r, const ReportNames& names);
    static ReportTables payments(const PaymentCountdownResult& r, const ReportNames& names);
    static ReportTables sandbox(const ProcessSandboxResult& r, const ReportNames& names);

    // A share 0–1 as a percentage 0–100; no data stays null.
    static QVariant percent(const std::optional<double>& share);
    // An instant as ISO 8601 UTC text; 0 (none) is null.
    static QVariant time(qint64 secs);
};

} // namespace Stride
