#pragma once

#include "analytics/analyticsfilter.h"
#include "clock.h"
#include "export/reportfigures.h"
#include "progress.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

class Database;

// The figures of the sales method as one finished workbook: a sheet a figure, its tables as Excel tables with
// translated headers and typed cells (XlsxBook), and a native Excel chart where the figure has one (funnel,
// days in stage, coverage by month with its target, behaviour points by category, sandbox scatter with a
// trendline, forecast backed by evidence or not). Written in normal mode: figure workbooks are small.
// The Dashboards page, the team drill-down, the forecast board and `stride-cli export` all write through here.
class FigureWorkbook final {
public:
    struct Request {
        QStringList figures;    // names from ReportFigures::names(), in sheet order
        AnalyticsFilter filter; // period, team, rep: the page's filters or --from/--to/--team/--rep
        QString language;       // "en" or "zh_CN"; the caller has installed that catalogue (TranslationLoader)
        QString author;         // who exports: the scope line and the document properties
        QString company;        // the organisation's name, for the document properties
        ReportFigures::Options options;
    };

    // The request's figures, computed from the replica, and written: compute(), then write() below.
    static Status write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                        const Progress& progress = {});

    // The request's figures in its order: each one found in `known` (by name, e.g. what the Dashboards page
    // computed, ReportFigures::fromDashboard) as it is, the others computed from the replica (at the same time on
    // two connections when there are several). Fails only when a figure fails or progress is cancelled.
    static Result<QList<ReportFigure>> compute(const Database& db, const Clock& clock, const Request& request,
                                               const QList<ReportFigure>& known = {}, const Progress& progress = {});
    // Writes figures already computed, a sheet each in their order. The replica gives only what the scope line
    // names (the team or rep, the organisation's calendar); request.figures is not looked at.
    static Status write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                        const QList<ReportFigure>& figures, const Progress& progress = {});
};

} // namespace Stride
