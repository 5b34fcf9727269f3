#pragma once

#include "analytics/analyticsfilter.h"
#include "clock.h"
#include "export/reportfigures.h"
#include "progress.h"
#include "result.h"

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

    static Status write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                        const Progress& progress = {});
};

} // namespace Stride
