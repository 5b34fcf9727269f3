// bench-dashboard --db FILE [--runs N] [--now ISO] [--team T] [--keep-sql DIR] (issue 5): times every dashboard figure
// of the director's whole-org view, in process, and the very same SQL statements (captured with sqlite3_trace_v2, bound
// values expanded) through the sqlite3 shell in the same run; prints each figure's ratio to the shell.
// Targets: each figure < 200 ms, the whole dashboard < 500 ms at 100,000 customers, ratio ≤ 1.5.

#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

struct Figure {
    QString name;
    std::function<Status(const AnalyticsFilter&)> run;
};

template <typename R> Status check(const R& r) {
    return r ? Status() : Status::failure(r.error());
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
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
// connection the app keeps) and returns the median total "Run Time: real" of the passes after the first, in ms.
double shellMs(const QString& dbPath, const QString& script, qsizetype statements, int passes) {
    QProcess p;
    p.setStandardInputFile(script);
    p.start(u"sqlite3"_s, {u"-readonly"_s, u"-batch"_s, dbPath});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    static const QRegularExpression re(u"Run Time: real ([0-9.]+)"_s);
    QList<double> times;
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        times << it.next().captured(1).toDouble() * 1000;
    if (times.size() != statements * (passes + 1))
        return -1;
    QList<double> totals;
    for (int pass = 1; pass <= passes; ++pass) {
        double total = 0;
        for (qsizetype i = 0; i < statements; ++i)
            total += times.at(pass * statements + i);
        totals << total;
    }
    return median(totals);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Dashboard figures against the same SQL in the sqlite3 shell"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database (e.g. a 100,000-customer demo)."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Timed runs per figure (median reported)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"now"_s, u"Evaluate as of this UTC time (ISO 8601)."_s, u"DATETIME"_s});
    parser.addOption({u"keep-sql"_s, u"Also write each figure's shell script to DIR/<figure>.sql."_s, u"DIR"_s});
    parser.addOption({u"team"_s, u"Team for the filter-switch timing (default: the first team by name)."_s, u"T"_s});
    parser.process(app);
    if (!parser.isSet(u"db"_s)) {
        QTextStream(stderr) << "bench-dashboard: --db FILE is required\n";
        return 1;
    }
    const QString path = parser.value(u"db"_s);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened) {
        QTextStream(stderr) << "bench-dashboard: " << opened.error() << '\n';
        return 2;
    }
    Database& db = **opened;
    const QDateTime now = parser.isSet(u"now"_s) ? QDateTime::fromString(parser.value(u"now"_s), Qt::ISODate).toUTC()
                                                 : QDateTime::currentDateTimeUtc();
    const FixedClock clock(now);

    const QList<Figure> figures{
        {u"funnel"_s, [&](const AnalyticsFilter& f) { return check(Funnel::compute(db, f)); }},
        {u"dwell"_s, [&](const AnalyticsFilter& f) { return check(DwellLights::compute(db, f, clock)); }},
        {u"health"_s, [&](const AnalyticsFilter& f) { return check(ProcessHealth::compute(db, f, clock)); }},
        {u"coverage"_s, [&](const AnalyticsFilter& f) { return check(CoverageKpi::compute(db, f, clock)); }},
        {u"risk"_s, [&](const AnalyticsFilter& f) { return check(RiskAttribution::compute(db, f, clock)); }},
        {u"opp-health"_s, [&](const AnalyticsFilter& f) { return check(OpportunityHealth::compute(db, f, clock)); }},
        {u"points"_s,
         [&](const AnalyticsFilter& f) {
             return check(BehaviourPoints::compute(db, BehaviourPoints::month(now.date(), f), clock));
         }},
        {u"forecast"_s, [&](const AnalyticsFilter& f) { return check(Forecast::compute(db, f, clock)); }},
        {u"payments"_s, [&](const AnalyticsFilter& f) { return check(PaymentCountdown::compute(db, f, clock)); }},
        {u"sandbox"_s,
         [&](const AnalyticsFilter& f) {
             return check(ProcessSandbox::compute(db, f, clock, u"call_minutes"_s, u"needs_rate"_s));
         }},
    };

    const AnalyticsFilter org;
    out << "bench-dashboard " << path << "  now " << now.toString(Qt::ISODate) << "  runs " << runs << "\n\n";
    out << "figure        stmts   in-process ms   sqlite3 shell ms   ratio   < 200 ms   ratio <= 1.5\n";
    double sumInProcess = 0, sumShell = 0;
    bool allFast = true, allClose = true;
    for (const Figure& fig : figures) {
        QStringList statements;
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, traceStatement, &statements);
        const Status warm = fig.run(org);
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
        if (!warm) {
            QTextStream(stderr) << "bench-dashboard " << fig.name << ": " << warm.error() << '\n';
            return 2;
        }
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            (void)fig.run(org);
            times << double(t.nsecsElapsed()) / 1e6;
        }
        QTemporaryFile script;
        if (!script.open())
            return 2;
        {
            QTextStream s(&script);
            // The shell opens the file and parses the schema lazily on its first statement: do that untimed.
            // Same cache settings as Database::configure() gives the app's connection.
            s << ".output /dev/null\nPRAGMA cache_size = -32000;\nPRAGMA temp_store = MEMORY;\n"
              << "SELECT COUNT(*) FROM sqlite_master;\n.timer on\n";
            for (int pass = 0; pass <= runs; ++pass)
                for (const QString& st : statements)
                    s << st << ";\n";
        }
        script.close();
        if (parser.isSet(u"keep-sql"_s)) {
            QFile::remove(parser.value(u"keep-sql"_s) + u'/' + fig.name + u".sql"_s);
            QFile::copy(script.fileName(), parser.value(u"keep-sql"_s) + u'/' + fig.name + u".sql"_s);
        }
        const double ms = median(times);
        const double shell = shellMs(path, script.fileName(), statements.size(), runs);
        sumInProcess += ms;
        sumShell += shell > 0 ? shell : 0;
        allFast = allFast && ms < 200;
        // Below a few milliseconds process start-up noise and timer resolution dominate the ratio.
        const bool close = shell > 0 && (ms <= 1.5 * shell || ms < 5);
        allClose = allClose && close;
        out << fig.name.leftJustified(14) << QString::number(statements.size()).rightJustified(5)
            << QString::number(ms, 'f', 1).rightJustified(16) << QString::number(shell, 'f', 1).rightJustified(19)
            << (shell > 0 ? QString::number(ms / shell, 'f', 2) : u"n/a"_s).rightJustified(8)
            << (ms < 200 ? u"   yes"_s : u"   NO "_s) << (close ? u"        yes"_s : u"        NO"_s) << '\n';
    }

    // Median of the whole page; perFigure (optional) receives each figure's median inside those runs.
    auto dashboard = [&](const AnalyticsFilter& f, QList<double>* perFigure = nullptr) {
        QList<double> times;
        QList<QList<double>> each(figures.size());
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            for (qsizetype k = 0; k < figures.size(); ++k) {
                const qint64 before = t.nsecsElapsed();
                (void)figures.at(k).run(f);
                each[k] << double(t.nsecsElapsed() - before) / 1e6;
            }
            times << double(t.nsecsElapsed()) / 1e6;
        }
        if (perFigure) {
            for (const QList<double>& e : each)
                *perFigure << median(e);
        }
        return median(times);
    };
    const double whole = dashboard(org);
    out << "\nwhole dashboard (org, all 10 figures in sequence): " << QString::number(whole, 'f', 1) << " ms"
        << (whole < 500 ? "  (< 500 ms: yes)" : "  (< 500 ms: NO)") << '\n';
    out << "sum of figure medians: " << QString::number(sumInProcess, 'f', 1) << " ms in process, "
        << QString::number(sumShell, 'f', 1) << " ms in the sqlite3 shell (ratio "
        << (sumShell > 0 ? QString::number(sumInProcess / sumShell, 'f', 2) : u"n/a"_s)
        << "); every figure < 200 ms: " << (allFast ? "yes" : "NO")
        << "; every ratio <= 1.5: " << (allClose ? "yes" : "NO") << '\n';
    // The team filter switch: the whole dashboard recomputed for one team (the first by name unless --team).
    QString teamId = parser.value(u"team"_s);
    if (teamId.isEmpty()) {
        auto q = db.exec(u"SELECT id FROM teams WHERE deleted = 0 ORDER BY name, id LIMIT 1"_s);
        if (q && q->next())
            teamId = q->value(0).toString();
    }
    if (!teamId.isEmpty()) {
        AnalyticsFilter team;
        team.teamId = teamId;
        QList<double> perFigure;
        const double t = dashboard(team, &perFigure);
        out << "whole dashboard after switching to team " << team.teamId << ": " << QString::number(t, 'f', 1) << " ms"
            << (t < 300 ? "  (< 300 ms: yes)" : "  (< 300 ms: NO)") << '\n'
            << "  per figure (ms):";
        for (qsizetype k = 0; k < figures.size(); ++k)
            out << ' ' << figures.at(k).name << ' ' << QString::number(perFigure.value(k), 'f', 1);
        out << '\n';
    }
    return 0;
}
