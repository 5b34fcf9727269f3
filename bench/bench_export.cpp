// bench-export --db FILE [--runs N] [--skip-visits] [--out-dir DIR] (issue 16 "Speed and memory"), on the
// 100,000-customer demo:
//  1. the visits list (~1.7 million rows) to a workbook: time, rows/s and peak memory growth;
//  2. the customers list to a workbook (ListExport, constant memory): time and peak memory growth, and the ratio
//     against libxlsxwriter writing the very same cells from a plain loop in the same run (the cells read back
//     from the list's CSV export beforehand, typed as the workbook types them);
//  3. the whole Dashboards page (every figure, FigureWorkbook) to a workbook: time.
//  4. the Dashboards page's "Export to Excel…" (its 7 figures, ReportFigures::dashboardNames()) written from the
//     figures the page computed (DashboardFigures, what it shows): only dwell is computed; beside it the same 7
//     figures computed and written, and the page's own computation.
// Targets: customers < 3 s, growth < 50 MB, ratio <= 1.5; visits in constant memory (< 50 MB growth); the
// dashboards workbook < 1 s. Peak memory growth is the peak resident set of the step (the kernel's high-water mark,
// reset before it) minus the resident set before it.

#include "analytics/dashboardfigures.h"
#include "domain/translationloader.h"
#include "export/figureworkbook.h"
#include "export/listexport.h"
#include "export/reportfigures.h"
#include "export/reportnames.h"
#include "io/csvreader.h"
#include "processmemory.h"
#include "storage/database.h"
#include "storage/orgcalendar.h"
#include "storage/readpool.h"
#include "storage/replicaclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <time.h>

#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

// A field of /proc/self/status in kB (VmRSS, VmHWM).
qint64 statusKb(const char* field) {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Measures a step: wall time, CPU time (the work itself on a shared machine, where wall time includes waiting for
// a core) and the growth of the resident set at its peak.
struct Step {
    qint64 rssBeforeKb = 0;
    double cpuBefore = 0;
    QElapsedTimer timer;
    void start() {
        QFile clear(u"/proc/self/clear_refs"_s); // "5" resets the high-water mark to the current resident set
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        rssBeforeKb = statusKb("VmRSS:");
        cpuBefore = cpuSeconds();
        timer.start();
    }
    double seconds() const { return double(timer.nsecsElapsed()) / 1e9; }
    double cpu() const { return cpuSeconds() - cpuBefore; }
    double growthMb() const { return double(statusKb("VmHWM:") - rssBeforeKb) / 1024.0; }
};

// One cell as libxlsxwriter is given it.
struct Cell {
    enum Kind : char { Empty, Text, Number, Date, Bool } kind = Empty;
    double number = 0;
    std::string text;
};

// The customers' cells as the workbook holds them, read from the list's CSV export: numbers, dates (Excel serials),
// booleans and text by column.
std::vector<std::vector<Cell>> cellsOf(const QList<CsvReader::Record>& records) {
    const QStringList header = records.first().fields;
    const QStringList numbers{u"Value score"_s, u"Satisfaction"_s, u"Trial participation"_s};
    const QStringList dates{u"Last visit"_s, u"Created"_s};
    std::vector<std::vector<Cell>> rows;
    rows.reserve(size_t(records.size()));
    for (const CsvReader::Record& r : records) {
        std::vector<Cell> row(size_t(r.fields.size()));
        for (qsizetype i = 0; i < r.fields.size(); ++i) {
            const QString& v = r.fields.at(i);
            Cell& c = row[size_t(i)];
            if (v.isEmpty())
                continue;
            if (rows.empty() || (!numbers.contains(header.at(i)) && !dates.contains(header.at(i)) &&
                                 header.at(i) != u"Tier pinned"_s)) {
                c.kind = Cell::Text;
                c.text = v.toStdString();
            } else if (dates.contains(header.at(i))) {
                const QDateTime t = QDateTime::fromString(v, u"yyyy-MM-dd HH:mm:ss"_s);
                c.kind = Cell::Date;
                c.number = double(t.toSecsSinceEpoch() + t.offsetFromUtc()) / 86400.0 + 25569.0;
            } else if (header.at(i) == u"Tier pinned"_s) {
                c.kind = Cell::Bool;
                c.number = v == u"true"_s;
            } else {
                c.kind = Cell::Number;
                c.number = v.toDouble();
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// The baseline: the same cells straight into libxlsxwriter in constant-memory mode, with the formats a typed
// workbook needs (a date format, a number format).
std::pair<double, double> plainLoop(const std::vector<std::vector<Cell>>& rows, const QString& path) {
    Step step;
    step.start();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Customers");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");
    lxw_format* number = workbook_add_format(wb);
    format_set_num_format(number, "0.00");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    worksheet_write_string(ws, 0, 0, "scope", nullptr);
    for (size_t r = 0; r < rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (size_t c = 0; c < rows[r].size(); ++c) {
            const Cell& cell = rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            switch (cell.kind) {
            case Cell::Empty:
                break;
            case Cell::Text:
                worksheet_write_string(ws, row, col, cell.text.c_str(), r == 0 ? bold : nullptr);
                break;
            case Cell::Number:
                worksheet_write_number(ws, row, col, cell.number, number);
                break;
            case Cell::Date:
                worksheet_write_number(ws, row, col, cell.number, date);
                break;
            case Cell::Bool:
                worksheet_write_boolean(ws, row, col, int(cell.number), nullptr);
                break;
            }
        }
    }
    workbook_close(wb);
    return {step.seconds(), step.cpu()};
}

ListExport::Request listRequest(ListExport::List list, ListExport::Format format) {
    ListExport::Request r;
    r.list = list;
    r.format = format;
    r.language = u"en"_s;
    r.author = u"bench"_s;
    r.company = u"Stride"_s;
    return r;
}

// The customers' cells as the plain loop writes them, read (not timed) from the list's CSV export.
Result<std::vector<std::vector<Cell>>> customerCells(const Database& db, const Clock& clock, const QTemporaryDir& dir,
                                                     qsizetype* columns) {
    const QString csv = dir.filePath(u"customers.csv"_s);
    if (Result<ListExport::Summary> c =
            ListExport::write(csv, db, clock, listRequest(ListExport::List::Customers, ListExport::Format::Csv));
        !c)
        return fail(c.error());
    Result<QList<CsvReader::Record>> records = CsvReader::readFile(csv);
    if (!records)
        return fail(records.error());
    *columns = records->first().fields.size();
    return cellsOf(*records);
}

// Runs the export and the plain loop alternately `runs` times each (the machine's load changes under both alike)
// and reports the best of each and the export's largest peak growth.
int benchCustomers(const Database& db, const Clock& clock, const QTemporaryDir& dir, int runs) {
    double best = 1e9, bestCpu = 1e9, plain = 1e9, plainCpu = 1e9, growth = 0;
    qint64 rows = 0;
    const auto exportOnce = [&]() -> bool {
        Step step;
        step.start();
        Result<ListExport::Summary> s =
            ListExport::write(dir.filePath(u"customers.xlsx"_s), db, clock,
                              listRequest(ListExport::List::Customers, ListExport::Format::Xlsx));
        best = std::min(best, step.seconds());
        bestCpu = std::min(bestCpu, step.cpu());
        growth = std::max(growth, step.growthMb());
        if (!s)
            out() << "customers: " << s.error() << Qt::endl;
        rows = s ? s->rows : 0;
        return s.ok();
    };
    // The first run's memory growth is measured before the baseline's cells are loaded (and freed memory kept).
    if (!exportOnce())
        return 2;
    qsizetype columns = 0;
    Result<std::vector<std::vector<Cell>>> cells = customerCells(db, clock, dir, &columns);
    if (!cells) {
        out() << "customers: " << cells.error() << Qt::endl;
        return 2;
    }
    for (int run = 0; run < runs; ++run) {
        const auto [wall, cpu] = plainLoop(*cells, dir.filePath(u"plain.xlsx"_s));
        plain = std::min(plain, wall);
        plainCpu = std::min(plainCpu, cpu);
        if (run + 1 < runs && !exportOnce())
            return 2;
    }
    out() << "customers  " << rows << " rows, " << columns << " columns, best of " << runs << ": "
          << QString::number(best, 'f', 2) << " s (CPU " << QString::number(bestCpu, 'f', 2) << " s), peak growth "
          << QString::number(growth, 'f', 1) << " MB; plain libxlsxwriter loop " << QString::number(plain, 'f', 2)
          << " s (CPU " << QString::number(plainCpu, 'f', 2) << " s); ratio " << QString::number(best / plain, 'f', 2)
          << " (CPU " << QString::number(bestCpu / plainCpu, 'f', 2) << ") (targets < 3 s, < 50 MB, <= 1.5)"
          << Qt::endl;
    return 0;
}

int benchVisits(const Database& db, const Clock& clock, const QTemporaryDir& dir) {
    Step step;
    step.start();
    Result<ListExport::Summary> s = ListExport::write(dir.filePath(u"visits.xlsx"_s), db, clock,
                                                      listRequest(ListExport::List::Visits, ListExport::Format::Xlsx));
    const double seconds = step.seconds();
    const double cpu = step.cpu();
    const double growth = step.growthMb();
    if (!s) {
        out() << "visits: " << s.error() << Qt::endl;
        return 2;
    }
    out() << "visits     " << s->rows << " rows on " << s->sheets << " sheet(s): " << QString::number(seconds, 'f', 2)
          << " s (CPU " << QString::number(cpu, 'f', 2) << " s), " << qint64(double(s->rows) / seconds)
          << " rows/s, peak growth " << QString::number(growth, 'f', 1) << " MB, file "
          << QFile(dir.filePath(u"visits.xlsx"_s)).size() / (qint64(1024) * 1024) << " MB (target < 50 MB)" << Qt::endl;
    return 0;
}

int benchDashboards(const Database& db, const Clock& clock, const QTemporaryDir& dir) {
    FigureWorkbook::Request r;
    r.figures = ReportFigures::names();
    // The page as it opens: the organisation over the last six months.
    r.filter = AnalyticsFilter::lastMonths(6, OrgCalendar::of(db, clock));
    r.language = u"en"_s;
    r.author = u"bench"_s;
    r.company = u"Stride"_s;
    // The figures alone first (what the page computes anyway), then the workbook with them.
    Step compute;
    compute.start();
    Result<ReportNames> names = ReportNames::load(db, r.language);
    qint64 tableRows = 0;
    for (const QString& figure : r.figures) {
        Result<ReportFigure> f = names ? ReportFigures::compute(figure, db, r.filter, clock, *names, {})
                                       : Result<ReportFigure>(fail(names.error()));
        for (const ReportTable& t : f ? f->tables : ReportTables())
            tableRows += t.rows.size();
    }
    const double computeSeconds = compute.seconds(), computeCpu = compute.cpu();
    Step step;
    step.start();
    const Status s = FigureWorkbook::write(dir.filePath(u"dashboards.xlsx"_s), db, clock, r);
    const double seconds = step.seconds();
    const double cpu = step.cpu();
    if (!s) {
        out() << "dashboards: " << s.error() << Qt::endl;
        return 2;
    }
    out() << "dashboards " << r.figures.size() << " figures in one workbook: " << QString::number(seconds, 'f', 2)
          << " s (CPU " << QString::number(cpu, 'f', 2) << " s), peak growth "
          << QString::number(step.growthMb(), 'f', 1) << " MB (target < 1 s); of which computing the figures ("
          << tableRows << " table rows) " << QString::number(computeSeconds, 'f', 2) << " s (CPU "
          << QString::number(computeCpu, 'f', 2) << " s)" << Qt::endl;
    return 0;
}

// The page's export as the app runs it: the page has computed and shows its figures (DashboardFigures, on its
// connection and a ReadPool's); "Export to Excel…" hands them to the export worker, which takes those computed for
// its filter as they are (ReportFigures::fromDashboard), computes the rest (dwell) and writes.
int benchDashboardPage(const Database& db, const Clock& clock, const QTemporaryDir& dir) {
    FigureWorkbook::Request r;
    r.figures = ReportFigures::dashboardNames();            // DashboardPage::exportedFigures()
    r.filter = AnalyticsFilter::lastMonths(6, clock.now()); // the filter bar's period as the page opens
    r.language = u"en"_s;
    r.author = u"bench"_s;
    r.company = u"Stride"_s;
    auto seconds = [](double s) { return QString::number(s, 'f', 2); };

    Step page;
    page.start();
    DashboardFigures shown;
    {
        ReadPool pool(db.path(), ReadPool::defaultHelpers());
        shown = DashboardFigures::compute(db, &pool, r.filter, clock, [] { return false; });
    }
    const double pageSeconds = page.seconds(), pageCpu = page.cpu();
    if (!shown.complete || !shown.errors.isEmpty()) {
        out() << "dashboards page: " << shown.errors.join(u"; "_s) << Qt::endl;
        return 2;
    }

    Step step;
    step.start();
    const Result<ReportNames> names = ReportNames::load(db, r.language);
    if (!names) {
        out() << "dashboards page: " << names.error() << Qt::endl;
        return 2;
    }
    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    QList<ReportFigure> known;
    for (const QString& figure : std::as_const(r.figures)) {
        if (std::optional<ReportFigure> f = ReportFigures::fromDashboard(figure, shown, r.filter, calendar, *names))
            known.append(std::move(*f));
    }
    const Result<QList<ReportFigure>> figures = FigureWorkbook::compute(db, clock, r, known);
    if (!figures) {
        out() << "dashboards page: " << figures.error() << Qt::endl;
        return 2;
    }
    const double prepareSeconds = step.seconds(), prepareCpu = step.cpu();
    const Status s = FigureWorkbook::write(dir.filePath(u"dashboard-page.xlsx"_s), db, clock, r, *figures);
    const double total = step.seconds(), totalCpu = step.cpu();
    if (!s) {
        out() << "dashboards page: " << s.error() << Qt::endl;
        return 2;
    }
    qint64 rows = 0;
    for (const ReportFigure& f : *figures) {
        for (const ReportTable& t : f.tables)
            rows += t.rows.size();
    }

    Step fresh;
    fresh.start();
    const Status f = FigureWorkbook::write(dir.filePath(u"dashboard-page-fresh.xlsx"_s), db, clock, r);
    const double freshSeconds = fresh.seconds(), freshCpu = fresh.cpu();
    if (!f) {
        out() << "dashboards page: " << f.error() << Qt::endl;
        return 2;
    }
    out() << "dashboards page " << r.figures.size() << " figures (" << rows
          << " table rows) from the page's figures: " << seconds(total) << " s (CPU " << seconds(totalCpu)
          << " s) (target < 1 s); of which taking " << known.size() << " and computing "
          << r.figures.size() - known.size() << " " << seconds(prepareSeconds) << " s (CPU " << seconds(prepareCpu)
          << " s), writing " << seconds(total - prepareSeconds) << " s (CPU " << seconds(totalCpu - prepareCpu)
          << " s); computed and written instead: " << seconds(freshSeconds) << " s (CPU " << seconds(freshCpu)
          << " s); the page's own computation before it: " << seconds(pageSeconds) << " s (CPU " << seconds(pageCpu)
          << " s)" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    ProcessMemory::tune();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Customers, visits and dashboards exports to Excel"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database (the 100,000-customer demo)."_s, u"FILE"_s});
    parser.addOption({u"skip-visits"_s, u"Leave out the visits export (minutes at 1.7 million rows)."_s});
    parser.addOption({u"runs"_s, u"Runs of the customers export and its baseline (best reported)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"out-dir"_s, u"Write the workbooks there (default: a temporary folder)."_s, u"DIR"_s});
    parser.addOption({u"only"_s,
                      u"Run one part: visits, customers, dashboards or page (the Dashboards page's export)."_s,
                      u"PART"_s});
    parser.process(app);
    const QString only = parser.value(u"only"_s);
    if (!only.isEmpty() && !QStringList{u"visits"_s, u"customers"_s, u"dashboards"_s, u"page"_s}.contains(only)) {
        QTextStream(stderr) << "bench-export: --only takes visits, customers, dashboards or page\n";
        return 1;
    }
    auto runs = [&only](const QString& part) { return only.isEmpty() || only == part; };
    if (!parser.isSet(u"db"_s)) {
        QTextStream(stderr) << "bench-export: --db FILE is required\n";
        return 1;
    }
    Result<std::unique_ptr<Database>> db = Database::open(parser.value(u"db"_s), Database::Access::ReadOnly);
    if (!db) {
        QTextStream(stderr) << "bench-export: " << db.error() << '\n';
        return 2;
    }
    if (Status s = TranslationLoader::install(u"en"_s); !s)
        return 2;
    const ReplicaClock clock(**db, ReplicaClock::Mode::Fixed);
    QTemporaryDir dir(parser.isSet(u"out-dir"_s) ? parser.value(u"out-dir"_s) + u"/bench-export-XXXXXX"_s
                                                 : QDir::tempPath() + u"/bench-export-XXXXXX"_s);
    // The lists first, streaming ones before the rest: each one's memory growth is measured in a process that has not
    // yet held (and kept) a larger heap.
    int code = parser.isSet(u"skip-visits"_s) || !runs(u"visits"_s) ? 0 : benchVisits(**db, clock, dir);
    if (runs(u"customers"_s))
        code = std::max(code, benchCustomers(**db, clock, dir, std::max(1, parser.value(u"runs"_s).toInt())));
    if (runs(u"dashboards"_s))
        code = std::max(code, benchDashboards(**db, clock, dir));
    if (runs(u"page"_s))
        code = std::max(code, benchDashboardPage(**db, clock, dir));
    return code;
}
