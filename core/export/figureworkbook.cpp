#include "figureworkbook.h"

#include "domain/labels.h"
#include "export/reportcolumns.h"
#include "export/reportnames.h"
#include "io/xlsxbook.h"
#include "storage/database.h"
#include "storage/orgcalendar.h"
#include "storage/readpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <atomic>
#include <cmath>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// A report table as it went onto the sheet: its columns in written order and where it landed.
struct Written {
    ReportTable table;
    QList<int> order;
    XlsxBook::TableRange range;

    // The sheet column of a report column; -1 when the table has none.
    int col(const QString& name) const {
        const int source = int(table.columns.indexOf(name));
        return source < 0 ? -1 : int(order.indexOf(source)) + range.firstCol;
    }
    int firstRow() const { return range.headerRow + 1; }
};

// A chart's series over the rows [firstRow, lastRow] of a written table: values in valueCol, categories in
// catCol, the name from the header cell above the values.
lxw_chart_series* addSeries(lxw_chart* chart, const XlsxBook::TableRange& r, int catCol, int valueCol, int firstRow,
                            int lastRow) {
    const QByteArray sheet = r.sheet.toUtf8();
    lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(s, sheet.constData(), lxw_row_t(firstRow), lxw_col_t(catCol), lxw_row_t(lastRow),
                                lxw_col_t(catCol));
    chart_series_set_values(s, sheet.constData(), lxw_row_t(firstRow), lxw_col_t(valueCol), lxw_row_t(lastRow),
                            lxw_col_t(valueCol));
    chart_series_set_name_range(s, sheet.constData(), lxw_row_t(r.headerRow), lxw_col_t(valueCol));
    return s;
}

lxw_chart* newChart(XlsxBook& book, uint8_t type, const QString& title) {
    lxw_chart* chart = workbook_add_chart(book.workbook(), type);
    if (chart)
        chart_title_set_name(chart, title.toUtf8().constData());
    return chart;
}

// libxlsxwriter returns no chart only when memory runs out.
Status noChart() {
    return fail(ErrorCode::Io, u"cannot create a chart: out of memory"_s);
}

void fill(lxw_chart_series* s, lxw_color_t color) {
    lxw_chart_fill f{};
    f.color = color;
    chart_series_set_fill(s, &f);
}

// Pearson's r of the pairs where both values are numbers; nullopt below three pairs or without spread.
std::optional<double> pearson(const QList<QPair<double, double>>& xy) {
    const double n = double(xy.size());
    if (xy.size() < 3)
        return std::nullopt;
    double sx = 0, sy = 0;
    for (const auto& [x, y] : xy) {
        sx += x;
        sy += y;
    }
    const double mx = sx / n, my = sy / n;
    double cov = 0, vx = 0, vy = 0;
    for (const auto& [x, y] : xy) {
        cov += (x - mx) * (y - my);
        vx += (x - mx) * (x - mx);
        vy += (y - my) * (y - my);
    }
    if (vx <= 0 || vy <= 0)
        return std::nullopt;
    return cov / std::sqrt(vx * vy);
}

class Writer final {
public:
    Writer(XlsxBook& book, const ReportNames& names, const OrgCalendar& calendar, const FigureWorkbook::Request& r)
        : m_book(book)
        , m_names(names)
        , m_calendar(calendar)
        , m_request(r) {}

    Status figure(const ReportFigure& figure);

private:
    QString scope(const ReportFigure& figure) const;
    Result<Written> table(const QString& figure, const ReportTable& table);
    Result<XlsxBook::TableRange> extraTable(const QString& caption, const QList<XlsxColumn>& columns,
                                            const QList<QVariantList>& rows);
    Status charts(const QString& figure, const QHash<QString, Written>& tables);
    Status insert(lxw_chart* chart, double xScale = 1.0);
    Status funnelCharts(const Written& w); // stages table
    Status dwellChart(const Written& w);   // summary table
    Status coverageChart(const Written& months, const Written& alerts);
    Status pointsChart(const Written& w);   // byCategory table
    Status sandboxChart(const Written& w);  // reps table
    Status forecastChart(const Written& w); // deals table

    XlsxBook& m_book;
    const ReportNames& m_names;
    const OrgCalendar& m_calendar;
    const FigureWorkbook::Request& m_request;
    int m_chartCol = 0, m_chartRow = 0, m_charts = 0;
};

QString Writer::scope(const ReportFigure& figure) const {
    QStringList parts;
    parts << (m_request.company.isEmpty() ? Labels::organisation() : m_request.company);
    const AnalyticsFilter& f = m_request.filter;
    if (!f.repId.isEmpty()) {
        const QString name = m_names.rep(f.repId);
        parts << QCoreApplication::translate("FigureWorkbook", "Rep: %1").arg(name.isEmpty() ? f.repId : name);
    } else if (!f.teamId.isEmpty()) {
        const QString name = m_names.team(f.teamId);
        parts << QCoreApplication::translate("FigureWorkbook", "Team: %1").arg(name.isEmpty() ? f.teamId : name);
    } else {
        parts << QCoreApplication::translate("FigureWorkbook", "All teams");
    }
    if (figure.periodIgnored) {
        parts << QCoreApplication::translate("FigureWorkbook", "Now (the period does not apply)");
    } else {
        const QString from =
            figure.from ? m_calendar.dayText(figure.from) : QCoreApplication::translate("FigureWorkbook", "the start");
        const QString to =
            figure.to ? m_calendar.dayText(figure.to - 1) : QCoreApplication::translate("FigureWorkbook", "now");
        parts << QCoreApplication::translate("FigureWorkbook", "Period: %1 – %2").arg(from, to);
    }
    const QString at =
        QDateTime::fromSecsSinceEpoch(m_calendar.now(), m_calendar.zone()).toString(u"yyyy-MM-dd HH:mm"_s);
    parts << (m_request.author.isEmpty()
                  ? QCoreApplication::translate("FigureWorkbook", "Generated %1").arg(at)
                  : QCoreApplication::translate("FigureWorkbook", "Generated %1 by %2").arg(at, m_request.author));
    return parts.join(u" · "_s);
}

Result<Written> Writer::table(const QString& figure, const ReportTable& t) {
    Written w;
    w.table = t;
    w.order = ReportColumns::order(t.columns);
    if (Status s = m_book.beginTable(ReportColumns::tableCaption(figure, t.name), ReportColumns::columns(t, w.order));
        !s)
        return fail(s.code(), s.error());
    for (const QVariantList& row : t.rows) {
        if (Status s = m_book.addRow(ReportColumns::row(t, w.order, row)); !s)
            return fail(s.code(), s.error());
    }
    auto range = m_book.endTable();
    if (!range)
        return fail(range.code(), range.error());
    w.range = *range;
    m_chartCol = std::max(m_chartCol, w.range.lastCol + 2);
    return w;
}

Result<XlsxBook::TableRange> Writer::extraTable(const QString& caption, const QList<XlsxColumn>& columns,
                                                const QList<QVariantList>& rows) {
    if (Status s = m_book.beginTable(caption, columns); !s)
        return fail(s.code(), s.error());
    for (const QVariantList& row : rows) {
        if (Status s = m_book.addRow(row); !s)
            return fail(s.code(), s.error());
    }
    return m_book.endTable();
}

Status Writer::figure(const ReportFigure& figure) {
    auto sheet = m_book.beginSheet(ReportColumns::figureTitle(figure.name), scope(figure));
    if (!sheet)
        return fail(sheet.code(), sheet.error());
    m_chartCol = 0;
    m_chartRow = 2;
    m_charts = 0;
    QHash<QString, Written> tables;
    for (const ReportTable& t : figure.tables) {
        auto w = table(figure.name, t);
        if (!w)
            return fail(w.code(), w.error());
        tables.insert(t.name, *w);
    }
    return charts(figure.name, tables);
}

// Charts sit right of the tables, one below the other.
Status Writer::insert(lxw_chart* chart, double xScale) {
    if (!chart)
        return fail(ErrorCode::Io, u"cannot write the chart"_s);
    lxw_chart_options opt{};
    opt.x_scale = xScale;
    opt.y_scale = 1.0;
    const lxw_error e = worksheet_insert_chart_opt(m_book.worksheet(), lxw_row_t(m_chartRow + 16 * m_charts),
                                                   lxw_col_t(m_chartCol), chart, &opt);
    ++m_charts;
    if (e != LXW_NO_ERROR)
        return fail(ErrorCode::Io, u"cannot insert a chart: %1"_s.arg(QString::fromUtf8(lxw_strerror(e))));
    return {};
}

Status Writer::charts(const QString& figure, const QHash<QString, Written>& t) {
    if (figure == u"funnel"_s && t.contains(u"stages"_s))
        return funnelCharts(t[u"stages"_s]);
    if (figure == u"dwell"_s && t.contains(u"summary"_s))
        return dwellChart(t[u"summary"_s]);
    if (figure == u"coverage"_s && t.contains(u"months"_s) && t.contains(u"alerts"_s))
        return coverageChart(t[u"months"_s], t[u"alerts"_s]);
    if (figure == u"points"_s && t.contains(u"by_category"_s))
        return pointsChart(t[u"by_category"_s]);
    if (figure == u"sandbox"_s && t.contains(u"reps"_s))
        return sandboxChart(t[u"reps"_s]);
    if (figure == u"forecast"_s && t.contains(u"deals"_s))
        return forecastChart(t[u"deals"_s]);
    return {};
}

// Bars per stage: deals that reached it against those in it now; then the mean and median days in each stage.
Status Writer::funnelCharts(const Written& w) {
    if (w.range.rows() == 0)
        return {};
    const int name = w.col(u"stage_name"_s);
    lxw_chart* funnel = newChart(m_book, LXW_CHART_COLUMN,
                                 QCoreApplication::translate("FigureWorkbook", "Funnel: reached and in stage now"));
    if (!funnel)
        return noChart();
    addSeries(funnel, w.range, name, w.col(u"reached"_s), w.firstRow(), w.range.lastRow);
    addSeries(funnel, w.range, name, w.col(u"current"_s), w.firstRow(), w.range.lastRow);
    if (Status s = insert(funnel, 1.3); !s)
        return s;
    lxw_chart* days =
        newChart(m_book, LXW_CHART_COLUMN, QCoreApplication::translate("FigureWorkbook", "Days in stage"));
    if (!days)
        return noChart();
    addSeries(days, w.range, name, w.col(u"mean_days"_s), w.firstRow(), w.range.lastRow);
    addSeries(days, w.range, name, w.col(u"median_days"_s), w.firstRow(), w.range.lastRow);
    return insert(days, 1.3);
}

// Stacked green, yellow and red opportunities per stage (the last row, all stages, left out).
Status Writer::dwellChart(const Written& w) {
    if (w.range.rows() < 2)
        return {};
    lxw_chart* chart =
        newChart(m_book, LXW_CHART_COLUMN_STACKED, QCoreApplication::translate("FigureWorkbook", "Lights by stage"));
    if (!chart)
        return noChart();
    const int name = w.col(u"stage_name"_s);
    const lxw_color_t colours[3] = {0x63BE7B, 0xFFD966, 0xF8696B};
    const QString lights[3] = {u"green"_s, u"yellow"_s, u"red"_s};
    for (int i = 0; i < 3; ++i)
        fill(addSeries(chart, w.range, name, w.col(lights[i]), w.firstRow(), w.range.lastRow - 1), colours[i]);
    return insert(chart, 1.3);
}

// The organisation's coverage per month against the target: a small table of its own (the report's months
// table mixes the organisation and its teams), then a line for each.
Status Writer::coverageChart(const Written& months, const Written& alerts) {
    QVariant target;
    for (const QVariantList& row : alerts.table.rows) {
        if (row.value(int(alerts.table.columns.indexOf(u"level"_s))) == u"org"_s)
            target = row.value(int(alerts.table.columns.indexOf(u"target_pct"_s)));
    }
    const int level = int(months.table.columns.indexOf(u"level"_s));
    const int month = int(months.table.columns.indexOf(u"month"_s));
    const int coverage = int(months.table.columns.indexOf(u"coverage_pct"_s));
    QList<QVariantList> rows;
    for (const QVariantList& row : months.table.rows) {
        if (row.value(level) == u"org"_s)
            rows.append({row.value(month), row.value(coverage), target});
    }
    if (rows.isEmpty())
        return {};
    auto r = extraTable(ReportColumns::tableCaption(u"coverage"_s, u"chart"_s),
                        {{ReportColumns::header(u"month"_s), XlsxCell::Text},
                         {ReportColumns::header(u"coverage_pct"_s), XlsxCell::Percent},
                         {ReportColumns::header(u"target_pct"_s), XlsxCell::Percent}},
                        rows);
    if (!r)
        return fail(r.code(), r.error());
    lxw_chart* chart =
        newChart(m_book, LXW_CHART_LINE, QCoreApplication::translate("FigureWorkbook", "Coverage by month"));
    if (!chart)
        return noChart();
    chart_series_set_marker_type(addSeries(chart, *r, 0, 1, r->headerRow + 1, r->lastRow), LXW_CHART_MARKER_CIRCLE);
    lxw_chart_line dashed{};
    dashed.color = 0xC00000;
    dashed.dash_type = LXW_CHART_LINE_DASH_DASH;
    chart_series_set_line(addSeries(chart, *r, 0, 2, r->headerRow + 1, r->lastRow), &dashed);
    chart_axis_set_num_format(chart->y_axis, "0%");
    chart_axis_set_min(chart->y_axis, 0);
    return insert(chart, 1.3);
}

// Points per rep stacked by category: the pivot rep × category goes on the sheet as the chart's data.
Status Writer::pointsChart(const Written& w) {
    const QStringList& c = w.table.columns;
    const int repId = int(c.indexOf(u"rep_id"_s)), repName = int(c.indexOf(u"rep_name"_s)),
              category = int(c.indexOf(u"category"_s)), categoryName = int(c.indexOf(u"category_name"_s)),
              points = int(c.indexOf(u"points"_s));
    QStringList reps, categories;
    QHash<QString, QString> repNames, categoryNames;
    QHash<QString, QVariant> value; // rep + '\n' + category
    for (const QVariantList& row : w.table.rows) {
        const QString rep = row.value(repId).toString(), cat = row.value(category).toString();
        if (!reps.contains(rep))
            reps << rep;
        if (!categories.contains(cat))
            categories << cat;
        repNames[rep] = row.value(repName).toString();
        categoryNames[cat] = row.value(categoryName).toString();
        value[rep + u'\n' + cat] = row.value(points);
    }
    if (reps.isEmpty() || categories.isEmpty())
        return {};
    QList<XlsxColumn> columns{{ReportColumns::header(u"rep_name"_s), XlsxCell::Text}};
    for (const QString& cat : categories)
        columns.append({categoryNames[cat], XlsxCell::Number});
    columns.append({ReportColumns::header(u"rep_id"_s), XlsxCell::Text, true});
    QList<QVariantList> rows;
    for (const QString& rep : reps) {
        QVariantList row{repNames[rep].isEmpty() ? rep : repNames[rep]};
        for (const QString& cat : categories)
            row.append(value.value(rep + u'\n' + cat));
        row.append(rep);
        rows.append(row);
    }
    auto r = extraTable(ReportColumns::tableCaption(u"points"_s, u"chart"_s), columns, rows);
    if (!r)
        return fail(r.code(), r.error());
    m_chartCol = std::max(m_chartCol, r->lastCol + 2);
    lxw_chart* chart = newChart(m_book, LXW_CHART_BAR_STACKED,
                                QCoreApplication::translate("FigureWorkbook", "Behaviour points by category"));
    if (!chart)
        return noChart();
    for (int i = 0; i < categories.size(); ++i)
        addSeries(chart, *r, 0, 1 + i, r->headerRow + 1, r->lastRow);
    return insert(chart, 1.5);
}

// Each rep as a point (x, y) with a linear trendline; r of the two metrics over the reps in the title.
Status Writer::sandboxChart(const Written& w) {
    if (w.range.rows() == 0 || w.table.columns.size() < 4)
        return {};
    const QString xName = w.table.columns[2], yName = w.table.columns[3];
    QList<QPair<double, double>> xy;
    for (const QVariantList& row : w.table.rows) {
        if (!row.value(2).isNull() && !row.value(3).isNull())
            xy.append({row.value(2).toDouble(), row.value(3).toDouble()});
    }
    const std::optional<double> r = pearson(xy);
    const QString rText = r ? QString::number(*r, 'f', 2) : QCoreApplication::translate("FigureWorkbook", "no data");
    const QString xHeader = ReportColumns::header(xName), yHeader = ReportColumns::header(yName);
    lxw_chart* chart =
        newChart(m_book, LXW_CHART_SCATTER,
                 QCoreApplication::translate("FigureWorkbook", "%1 and %2 (r = %3)").arg(xHeader, yHeader, rText));
    if (!chart)
        return noChart();
    lxw_chart_series* s = addSeries(chart, w.range, w.col(xName), w.col(yName), w.firstRow(), w.range.lastRow);
    chart_series_set_trendline(s, LXW_CHART_TRENDLINE_TYPE_LINEAR, 0);
    chart_axis_set_name(chart->x_axis, xHeader.toUtf8().constData());
    chart_axis_set_name(chart->y_axis, yHeader.toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    return insert(chart, 1.3);
}

// The forecast amount backed by evidence (two kinds or more) against the amount that is not.
Status Writer::forecastChart(const Written& w) {
    const int amount = int(w.table.columns.indexOf(u"amount"_s));
    const int risk = int(w.table.columns.indexOf(u"high_risk"_s));
    qint64 deals[2] = {0, 0};
    double sum[2] = {0, 0};
    for (const QVariantList& row : w.table.rows) {
        const int i = row.value(risk).toBool() ? 1 : 0;
        ++deals[i];
        sum[i] += row.value(amount).toDouble();
    }
    auto r = extraTable(ReportColumns::tableCaption(u"forecast"_s, u"chart"_s),
                        {{QCoreApplication::translate("FigureWorkbook", "Evidence"), XlsxCell::Text},
                         {ReportColumns::header(u"deals"_s), XlsxCell::Integer},
                         {ReportColumns::header(u"amount"_s), XlsxCell::Amount}},
                        {{QCoreApplication::translate("FigureWorkbook", "Backed by evidence"), deals[0], sum[0]},
                         {QCoreApplication::translate("FigureWorkbook", "Not backed"), deals[1], sum[1]}});
    if (!r)
        return fail(r.code(), r.error());
    lxw_chart* chart =
        newChart(m_book, LXW_CHART_PIE, QCoreApplication::translate("FigureWorkbook", "Amount backed by evidence"));
    if (!chart)
        return noChart();
    lxw_chart_series* s = addSeries(chart, *r, 0, 2, r->headerRow + 1, r->lastRow);
    chart_series_set_labels(s);
    chart_series_set_labels_percentage(s);
    return insert(chart);
}

// The figures named in `wanted`, slot i holding figure i. They are independent reads: with several, they are
// computed at the same time on the caller's connection and a ReadPool's (the Dashboards page's way), which
// roughly halves the wait on two cores; the values are the same either way. A file-less database (in memory)
// has no second connection: one after another then.
Result<std::vector<std::optional<Result<ReportFigure>>>>
computeAll(const Database& db, const Clock& clock, const QStringList& wanted, const FigureWorkbook::Request& request,
           const ReportNames& names, const Progress& progress) {
    std::vector<std::optional<Result<ReportFigure>>> figures(std::size_t(wanted.size()));
    QList<ReadPool::Job> jobs;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        jobs.append([&, i](const Database& c) {
            figures[std::size_t(i)] =
                ReportFigures::compute(wanted[i], c, request.filter, clock, names, request.options);
        });
    }
    // The slowest first (CPU at 100,000 customers), so both connections finish at about the same time.
    static const QStringList slowest{u"risk"_s, u"dwell"_s, u"coverage"_s, u"health"_s, u"opp-health"_s};
    QList<ReadPool::Job> ordered;
    for (const QString& name : slowest) {
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (wanted[i] == name)
                ordered.append(jobs[i]);
        }
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (!slowest.contains(wanted[i]))
            ordered.append(jobs[i]);
    }
    // Only the caller's thread asks the caller's Progress; the helper learns of a cancel through the flag.
    std::atomic<bool> cancelled{false};
    const std::thread::id caller = std::this_thread::get_id();
    const std::function<bool()> stale = [&] {
        if (std::this_thread::get_id() == caller && progress.isCancelled())
            cancelled = true;
        return cancelled.load();
    };
    const bool file = wanted.size() > 1 && QFileInfo(db.path()).isFile();
    ReadPool pool(db.path(), file ? std::min(ReadPool::defaultHelpers(), 1) : 0);
    if (Status s = pool.run(db, ordered, stale); !s)
        qWarning("figure workbook: %s", qPrintable(s.error())); // every figure ran on the caller's connection
    if (cancelled || progress.isCancelled())
        return fail(ErrorCode::Cancelled, u"the export was cancelled"_s);
    return figures;
}

} // namespace

Status FigureWorkbook::write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                             const Progress& progress) {
    Result<QList<ReportFigure>> figures = compute(db, clock, request, {}, progress);
    if (!figures)
        return fail(figures.code(), figures.code() == ErrorCode::Cancelled
                                        ? u"the export of %1 was cancelled"_s.arg(path)
                                        : figures.error());
    return write(path, db, clock, request, *figures, progress);
}

Result<QList<ReportFigure>> FigureWorkbook::compute(const Database& db, const Clock& clock, const Request& request,
                                                    const QList<ReportFigure>& known, const Progress& progress) {
    QHash<QString, const ReportFigure*> given;
    for (const ReportFigure& f : known)
        given.insert(f.name, &f);
    QStringList missing;
    for (const QString& name : request.figures) {
        if (!given.contains(name) && !missing.contains(name))
            missing << name;
    }
    std::vector<std::optional<Result<ReportFigure>>> computed;
    if (!missing.isEmpty()) {
        auto names = ReportNames::load(db, request.language);
        if (!names)
            return fail(names.code(), names.error());
        auto all = computeAll(db, clock, missing, request, *names, progress);
        if (!all) // only a cancel fails it
            return fail(all.code(), all.error());
        computed = std::move(*all);
    }
    QList<ReportFigure> out;
    out.reserve(request.figures.size());
    for (const QString& name : request.figures) {
        if (const ReportFigure* f = given.value(name)) {
            out.append(*f);
            continue;
        }
        const std::optional<Result<ReportFigure>>& slot = computed[std::size_t(missing.indexOf(name))];
        if (!slot || progress.isCancelled())
            return fail(ErrorCode::Cancelled, u"the export was cancelled"_s);
        if (!*slot)
            return fail(slot->code(), slot->error());
        out.append(**slot);
    }
    return out;
}

Status FigureWorkbook::write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                             const QList<ReportFigure>& figures, const Progress& progress) {
    auto names = ReportNames::load(db, request.language);
    if (!names)
        return fail(names.code(), names.error());
    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    XlsxBook::Options options;
    options.title = figures.size() == 1 ? ReportColumns::figureTitle(figures.first().name)
                                        : QCoreApplication::translate("FigureWorkbook", "Stride figures");
    options.subject = QCoreApplication::translate("FigureWorkbook", "Sales figures");
    options.author = request.author;
    options.company = request.company;
    options.createdAt = clock.nowSecs();
    options.timeZone = calendar.zone();
    options.green = ReportColumns::light(u"green"_s);
    options.yellow = ReportColumns::light(u"yellow"_s);
    options.red = ReportColumns::light(u"red"_s);
    auto book = XlsxBook::create(path, options);
    if (!book)
        return fail(book.code(), book.error());
    Writer writer(**book, *names, calendar, request);
    const qint64 total = figures.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress.isCancelled())
            return fail(ErrorCode::Cancelled, u"the export of %1 was cancelled"_s.arg(path));
        if (Status s = writer.figure(figures[i]); !s)
            return s;
        progress.report(i + 1, total);
    }
    return (*book)->commit();
}

} // namespace Stride
