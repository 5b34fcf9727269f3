// bench-dashboard --db FILE [--runs N] [--now ISO] [--periods LIST] [--team T] [--teams N] [--keep-sql DIR]
// (issue 5 "Speed"): on the director's whole-org view
//  1. every dashboard and report figure, in process, and the very same SQL statements (captured with
//     sqlite3_trace_v2, bound values expanded) through the sqlite3 shell in the same run: each figure's ratio;
//     once per period of LIST (the filter bar's periods: 1m, 3m, 6m = the app's default, 12m, all);
//  2. the whole dashboard page as the app computes it (DashboardFigures::compute on its worker connection plus
//     ReadPool's helper connections), cold and warm, and one figure after another on one connection;
//  3. the team filter switch: the same page for one team after another (the first N teams by name).
// Targets at 100,000 customers: each figure < 200 ms, ratio <= 1.5; the page < 500 ms; the switch < 300 ms.
// Wall times on a shared machine include waiting for a core: the CPU columns (this thread's CPU time, the
// shell's user + sys) show the work itself.

#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/dashboardfigures.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "storage/database.h"
#include "storage/readpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <sqlite3.h>

#include <time.h>

#include <algorithm>
#include <functional>
#include <variant>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

struct Figure {
    QString name;
    std::function<Status(const AnalyticsFilter&)> run;
};

struct Period {
    QString name;
    int months; // 0 = all time
};

struct Shell {
    double wallMs = -1;
    double cpuMs = -1;
};

template <typename R> Status check(const R& r) {
    return r ? Status() : Status::failure(r.error());
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString ms(double v, int width = 10) {
    return (v < 0 ? u"n/a"_s : QString::number(v, 'f', 1)).rightJustified(width);
}

int traceStatement(unsigned type, void* context, void* statement, void*) {
    if (type != SQLITE_TRACE_STMT)
        return 0;
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) {
        static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

// Runs the script (the figure's statements repeated passes + 1 times in one sqlite3 shell, like the warm
// connection the app keeps) and returns the medians of the passes after the first: total "Run Time: real" and
// total user + sys, in ms.
Shell shellMs(const QString& dbPath, const QString& script, qsizetype statements, int passes) {
    QProcess p;
    p.setStandardInputFile(script);
    p.start(u"sqlite3"_s, {u"-readonly"_s, u"-batch"_s, dbPath});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression re(u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    QList<double> real, cpu;
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        real << m.captured(1).toDouble() * 1000;
        cpu << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000;
    }
    if (real.size() != statements * (passes + 1))
        return {};
    QList<double> realTotals, cpuTotals;
    for (int pass = 1; pass <= passes; ++pass) {
        double r = 0, c = 0;
        for (qsizetype i = 0; i < statements; ++i) {
            r += real.at(pass * statements + i);
            c += cpu.at(pass * statements + i);
        }
        realTotals << r;
        cpuTotals << c;
    }
    return {median(realTotals), median(cpuTotals)};
}

struct Options {
    QString path;
    int runs = 5;
    QDateTime now;
    QList<Period> periods;
    QString keepSql; // empty: not kept
    QStringList onlyTeam;
    int teams = 5;
};

// The options, or the exit code of a usage error (its line already on stderr).
std::variant<Options, int> parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Dashboard figures against the same SQL in the sqlite3 shell"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database (e.g. a 100,000-customer demo)."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Timed runs per figure (median reported)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"now"_s, u"Evaluate as of this UTC time (ISO 8601)."_s, u"DATETIME"_s});
    parser.addOption({u"periods"_s, u"Periods of the per-figure table: 1m, 3m, 6m, 12m, all (comma list)."_s, u"LIST"_s,
                      u"6m,all"_s});
    parser.addOption(
        {u"keep-sql"_s, u"Also write each figure's shell script to DIR/<figure>-<period>.sql."_s, u"DIR"_s});
    parser.addOption({u"team"_s, u"Only this team for the filter-switch timing."_s, u"T"_s});
    parser.addOption({u"teams"_s, u"Teams (first by name) for the filter-switch timing."_s, u"N"_s, u"5"_s});
    parser.process(app);
    if (!parser.isSet(u"db"_s)) {
        QTextStream(stderr) << "bench-dashboard: --db FILE is required\n";
        return 1;
    }
    Options o;
    o.path = parser.value(u"db"_s);
    o.runs = std::max(1, parser.value(u"runs"_s).toInt());
    o.now = parser.isSet(u"now"_s) ? QDateTime::fromString(parser.value(u"now"_s), Qt::ISODate).toUTC()
                                   : QDateTime::currentDateTimeUtc();
    o.keepSql = parser.value(u"keep-sql"_s);
    if (parser.isSet(u"team"_s))
        o.onlyTeam << parser.value(u"team"_s);
    o.teams = std::max(1, parser.value(u"teams"_s).toInt());
    for (const QString& p : parser.value(u"periods"_s).split(u',', Qt::SkipEmptyParts)) {
        static const QRegularExpression months(u"^([0-9]+)m$"_s);
        if (p == u"all"_s) {
            o.periods.append({p, 0});
        } else if (const auto m = months.match(p); m.hasMatch() && m.captured(1).toInt() > 0) {
            o.periods.append({p, m.captured(1).toInt()});
        } else {
            QTextStream(stderr) << "bench-dashboard: unknown period " << p << " (1m, 3m, 6m, 12m or all)\n";
            return 1;
        }
    }
    return o;
}

QList<Figure> dashboardFigures(const Database& db, const Clock& clock) {
    return {
        {u"funnel"_s, [&](const AnalyticsFilter& f) { return check(Funnel::compute(db, f)); }},
        {u"dwell"_s, [&](const AnalyticsFilter& f) { return check(DwellLights::compute(db, f, clock)); }},
        {u"health"_s, [&](const AnalyticsFilter& f) { return check(ProcessHealth::compute(db, f, clock)); }},
        {u"coverage"_s, [&](const AnalyticsFilter& f) { return check(CoverageKpi::compute(db, f, clock)); }},
        {u"risk"_s, [&](const AnalyticsFilter& f) { return check(RiskAttribution::compute(db, f, clock)); }},
        {u"opp-health"_s, [&](const AnalyticsFilter& f) { return check(OpportunityHealth::compute(db, f, clock)); }},
        // The dashboard's leaderboard takes the filter's period; the report's points figure the current month.
        {u"points"_s, [&](const AnalyticsFilter& f) { return check(BehaviourPoints::compute(db, f, clock)); }},
        {u"forecast"_s, [&](const AnalyticsFilter& f) { return check(Forecast::compute(db, f, clock)); }},
        {u"payments"_s, [&](const AnalyticsFilter& f) { return check(PaymentCountdown::compute(db, f, clock)); }},
        {u"sandbox"_s,
         [&](const AnalyticsFilter& f) {
             return check(ProcessSandbox::compute(db, f, clock, u"call_minutes"_s, u"needs_rate"_s));
         }},
    };
}

// One figure's row: its statements, in-process medians (wall and this thread's CPU) and the shell's.
struct FigureTiming {
    qsizetype statements = 0;
    double inProcess = 0;
    double cpu = 0;
    Shell shell;
};

// Runs the figure once untimed, recording the SQL it runs with its bound values expanded.
Result<QStringList> tracedStatements(const Database& db, const Figure& fig, const AnalyticsFilter& filter) {
    QStringList statements;
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, traceStatement, &statements);
    const Status warm = fig.run(filter);
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    if (!warm)
        return fail(warm.error());
    return statements;
}

// The shell opens the file and parses the schema lazily on its first statement: do that untimed. Same cache
// settings as Database::configure() gives the app's connection.
bool writeShellScript(QTemporaryFile& script, const QStringList& statements, int runs) {
    if (!script.open())
        return false;
    {
        QTextStream s(&script);
        s << ".output /dev/null\nPRAGMA cache_size = -32000;\nPRAGMA temp_store = MEMORY;\n"
          << "SELECT COUNT(*) FROM sqlite_master;\n.timer on\n";
        for (int pass = 0; pass <= runs; ++pass)
            for (const QString& st : statements)
                s << st << ";\n";
    }
    script.close();
    return true;
}

Result<FigureTiming> timeFigure(const Database& db, const Options& o, const Figure& fig, const Period& period) {
    const AnalyticsFilter org = AnalyticsFilter::lastMonths(period.months, o.now);
    Result<QStringList> statements = tracedStatements(db, fig, org);
    if (!statements)
        return fail(statements.error());
    QList<double> times, cpu;
    for (int i = 0; i < o.runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        (void)fig.run(org);
        times << double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - c0;
    }
    QTemporaryFile script;
    if (!writeShellScript(script, *statements, o.runs))
        return fail(u"cannot write the shell script"_s);
    if (!o.keepSql.isEmpty()) {
        const QString kept = o.keepSql + u'/' + fig.name + u'-' + period.name + u".sql"_s;
        QFile::remove(kept);
        QFile::copy(script.fileName(), kept);
    }
    return FigureTiming{statements->size(), median(times), median(cpu),
                        shellMs(o.path, script.fileName(), statements->size(), o.runs)};
}

struct Verdict {
    bool allFast = true;
    bool allClose = true;
};

void printFigureRow(QTextStream& out, const QString& name, const FigureTiming& t, Verdict& verdict) {
    const Shell& shell = t.shell;
    verdict.allFast = verdict.allFast && t.inProcess < 200;
    // Below a few milliseconds process start-up noise and timer resolution dominate the ratio.
    const bool close = shell.wallMs > 0 && (t.inProcess <= 1.5 * shell.wallMs || t.inProcess < 5);
    verdict.allClose = verdict.allClose && close;
    out << name.leftJustified(14) << QString::number(t.statements).rightJustified(5) << ms(t.inProcess, 15) << ms(t.cpu)
        << ms(shell.wallMs, 19) << ms(shell.cpuMs)
        << (shell.wallMs > 0 ? QString::number(t.inProcess / shell.wallMs, 'f', 2) : u"n/a"_s).rightJustified(8)
        << (shell.cpuMs > 0 ? QString::number(t.cpu / shell.cpuMs, 'f', 2) : u"n/a"_s).rightJustified(11)
        << (t.inProcess < 200 ? u"        yes"_s : u"        NO "_s)
        << (close ? u"           yes"_s : u"           NO"_s) << '\n';
}

// Part 1 for one period: each figure in process and in the shell. False when a figure fails.
bool figureTable(QTextStream& out, const Database& db, const Options& o, const QList<Figure>& figures,
                 const Period& period, Verdict& verdict) {
    out << "\n== each figure, whole org, period " << period.name << (period.months == 6 ? " (the app's default)" : "")
        << '\n';
    out << "figure        stmts  in-process ms    cpu ms   sqlite3 shell ms    cpu ms   ratio  cpu ratio   "
           "< 200 ms  ratio <= 1.5\n";
    double sumInProcess = 0, sumShell = 0;
    for (const Figure& fig : figures) {
        Result<FigureTiming> t = timeFigure(db, o, fig, period);
        if (!t) {
            QTextStream(stderr) << "bench-dashboard " << fig.name << ": " << t.error() << '\n';
            return false;
        }
        sumInProcess += t->inProcess;
        sumShell += std::max(0.0, t->shell.wallMs);
        printFigureRow(out, fig.name, *t, verdict);
    }
    out << "sum of figure medians: " << ms(sumInProcess, 0) << " ms in process, " << ms(sumShell, 0)
        << " ms in the sqlite3 shell (ratio "
        << (sumShell > 0 ? QString::number(sumInProcess / sumShell, 'f', 2) : u"n/a"_s) << ")\n";
    return true;
}

// The page exactly as DashboardView asks for it: DashboardFigures::compute on the worker's connection with a
// ReadPool of ReadPool::defaultHelpers() helper connections (or none: one figure after another).
class PageTimer final {
public:
    PageTimer(const Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    double wallMs(const AnalyticsFilter& f, ReadPool* pool, double* cpuMs = nullptr) const {
        QElapsedTimer t;
        const double c0 = processCpuMs();
        t.start();
        const DashboardFigures figs = DashboardFigures::compute(m_db, pool, f, m_clock, [] { return false; });
        const double wall = double(t.nsecsElapsed()) / 1e6;
        if (cpuMs)
            *cpuMs = processCpuMs() - c0;
        if (!figs.errors.isEmpty())
            QTextStream(stderr) << "bench-dashboard page: " << figs.errors.join(u"; "_s) << '\n';
        return wall;
    }

private:
    const Database& m_db;
    const Clock& m_clock;
};

// Part 2: the whole page, cold then warm, with helper connections and on one.
void wholePage(QTextStream& out, const PageTimer& page, ReadPool& pool, const AnalyticsFilter& filter, int runs) {
    out << "\n== the dashboard page as the app computes it (DashboardFigures::compute, whole org, last 6 months, "
        << 1 + pool.helpers() << " connections)\n";
    double cpuMs = 0;
    const double cold = page.wallMs(filter, &pool, &cpuMs);
    out << "first run (helper connections opening): " << ms(cold, 0) << " ms\n";
    QList<double> parallel, parallelCpu, sequential;
    for (int i = 0; i < runs; ++i) {
        parallel << page.wallMs(filter, &pool, &cpuMs);
        parallelCpu << cpuMs;
    }
    for (int i = 0; i < runs; ++i)
        sequential << page.wallMs(filter, nullptr);
    const double whole = median(parallel);
    out << "whole page, figures at the same time: median " << ms(whole, 0) << " ms (max "
        << ms(*std::max_element(parallel.cbegin(), parallel.cend()), 0) << ", process cpu "
        << ms(median(parallelCpu), 0) << " ms)" << (whole < 500 ? "  (< 500 ms: yes)" : "  (< 500 ms: NO)") << '\n';
    out << "whole page, one figure after another on one connection: median " << ms(median(sequential), 0) << " ms\n";
}

QStringList teamsToSwitch(const Database& db, const Options& o) {
    if (!o.onlyTeam.isEmpty())
        return o.onlyTeam;
    QStringList teams;
    auto q = db.exec(u"SELECT id FROM teams WHERE deleted = 0 ORDER BY name, id LIMIT ?"_s, {o.teams});
    while (q && q->next())
        teams << q->value(0).toString();
    return teams;
}

// Part 3: the team filter switch: the warm runner recomputes the page for the chosen team.
void teamSwitch(QTextStream& out, const PageTimer& page, ReadPool& pool, const AnalyticsFilter& filter,
                const QStringList& teams, int runs) {
    if (teams.isEmpty())
        return;
    out << "\n== team filter switch (the page for one team after the org, last 6 months)\n";
    QList<double> firsts;
    for (const QString& team : teams) {
        (void)page.wallMs(filter, &pool); // back to the org, as a director clicking through teams
        AnalyticsFilter f = filter;
        f.teamId = team;
        const double first = page.wallMs(f, &pool);
        QList<double> again;
        for (int i = 1; i < runs; ++i)
            again << page.wallMs(f, &pool);
        firsts << first;
        out << "team " << team << ": switch " << ms(first, 0) << " ms, again (median) " << ms(median(again), 0)
            << " ms\n";
    }
    const double worst = *std::max_element(firsts.cbegin(), firsts.cend());
    out << "switch over " << teams.size() << " teams: median " << ms(median(firsts), 0) << " ms, max " << ms(worst, 0)
        << " ms" << (worst < 300 ? "  (< 300 ms: yes)" : "  (< 300 ms: NO)") << '\n';
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::variant<Options, int> parsed = parseOptions(app);
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    const Options& o = *std::get_if<Options>(&parsed);
    auto opened = Database::open(o.path, Database::Access::ReadOnly);
    if (!opened) {
        QTextStream(stderr) << "bench-dashboard: " << opened.error() << '\n';
        return 2;
    }
    Database& db = **opened;
    const FixedClock clock(o.now);
    // The app's default: the filter bar opens on the last 6 months.
    const AnalyticsFilter pageFilter = AnalyticsFilter::lastMonths(6, o.now);
    const QList<Figure> figures = dashboardFigures(db, clock);

    out << "bench-dashboard " << o.path << "  now " << o.now.toString(Qt::ISODate) << "  runs " << o.runs << '\n';
    Verdict verdict;
    for (const Period& period : o.periods) {
        if (!figureTable(out, db, o, figures, period, verdict))
            return 2;
    }
    out << "\nevery figure < 200 ms: " << (verdict.allFast ? "yes" : "NO")
        << "; every ratio <= 1.5: " << (verdict.allClose ? "yes" : "NO") << '\n';

    const PageTimer page(db, clock);
    ReadPool pool(o.path, ReadPool::defaultHelpers());
    wholePage(out, page, pool, pageFilter, o.runs);
    teamSwitch(out, page, pool, pageFilter, teamsToSwitch(db, o), o.runs);
    return 0;
}
