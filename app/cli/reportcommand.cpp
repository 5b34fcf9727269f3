#include "reportcommand.h"

#include "analytics/processsandbox.h"
#include "domain/translationloader.h"
#include "export/reportfigures.h"
#include "export/reportnames.h"
#include "export/reporttextwriter.h"
#include "io/csvwriter.h"
#include "io/displaywidth.h"
#include "storage/orgcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

QJsonValue jsonValue(const QVariant& v) {
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

QJsonValue jsonText(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The first and last day (inclusive) of a figure's period in the organisation's calendar; null when open.
QJsonValue day(const OrgCalendar& calendar, qint64 secs) {
    return secs ? QJsonValue(calendar.dateOf(secs).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject periodJson(const ReportFigure& f, const OrgCalendar& calendar) {
    return {{u"filters"_s, f.periodFilters},
            {u"ignored"_s, f.periodIgnored},
            {u"from"_s, day(calendar, f.from)},
            {u"to"_s, f.to ? day(calendar, f.to - 1) : QJsonValue(QJsonValue::Null)}};
}

QString periodLine(const ReportFigure& f, const OrgCalendar& calendar) {
    QString when;
    if (f.periodIgnored)
        when = u"now"_s;
    else if (!f.from && !f.to)
        when = u"all time"_s;
    else
        when = (f.from ? calendar.dateOf(f.from).toString(Qt::ISODate) : u"…"_s) + u" to "_s +
               (f.to ? calendar.dateOf(f.to - 1).toString(Qt::ISODate) : u"…"_s);
    return u"# "_s + f.name + u": "_s + when + u" (period: "_s + f.periodFilters + u")\n"_s;
}

QJsonValue jsonDay(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray rowsJson(const ReportTable& t) {
    QJsonArray rows;
    for (const QVariantList& row : t.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            o.insert(t.columns.at(i), jsonValue(row.value(i)));
        rows.append(o);
    }
    return rows;
}

QString description(const QString& summary) {
    QString text = summary + u"\n\nWhat --from/--to select in each report (days in the organisation's time zone; "
                             "either may be given alone):\n"_s;
    for (const QString& name : ReportFigures::names()) {
        const QStringList lines = DisplayWidth::wrap(ReportFigures::periodFilters(name), 100);
        text += u"  "_s + name.leftJustified(11) + lines.join(u"\n             "_s) + u'\n';
    }
    text += u"\nCSV: one table per file (--out-dir DIR, or --table NAME to standard output), UTF-8 with a "
            "byte-order mark\nunless --no-bom. Fields and formats: docs/reports.md."_s;
    return text;
}

} // namespace

QString ReportCommand::name() const {
    return u"report"_s;
}
QString ReportCommand::summary() const {
    return u"Dashboard figures: funnel, dwell, health, coverage, risk, opp-health, points, forecast, payments, "
           "sandbox, all"_s;
}

QString ReportCommand::databaseHelp() const {
    return u"The database file."_s;
}

void ReportCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(description(summary()));
    parser.addPositionalArgument(u"NAME"_s, u"funnel, dwell, health, coverage, risk, opp-health, points, forecast, "
                                            "payments, sandbox or all"_s);
    ReportScope::declarePeriod(parser);
    parser.addOption({u"format"_s, u"table (default), json or csv."_s, u"FORMAT"_s, u"table"_s});
    parser.addOption({u"table"_s, u"Only this table of the report (e.g. summary)."_s, u"NAME"_s});
    parser.addOption({u"out-dir"_s, u"CSV: write each table to DIR/<report>-<table>.csv."_s, u"DIR"_s});
    parser.addOption({u"no-bom"_s, u"CSV: no UTF-8 byte-order mark (for scripts)."_s});
    ReportScope::declareLanguage(parser);
    addNowOption(parser);
    parser.addOption({u"metrics"_s, u"Sandbox metrics X,Y (default call_minutes,needs_rate)."_s, u"X,Y"_s,
                      u"call_minutes,needs_rate"_s});
}

int ReportCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    m_request = Request();
    if (!readReports(parser, ctx) || !readOutput(parser, ctx) || !m_request.scope.read(parser, name(), ctx) ||
        !readMetrics(parser, ctx))
        return UsageError;
    if (Status s = TranslationLoader::install(m_request.scope.language); !s) {
        ctx.err << "stride-cli report: " << s.error() << '\n';
        return DataError;
    }
    return Ok;
}

bool ReportCommand::readReports(const QCommandLineParser& parser, Context& ctx) {
    const QStringList& names = ReportFigures::names();
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (!names.contains(pos.first()) && pos.first() != u"all"_s)) {
        ctx.err << "stride-cli report: give one NAME: " << names.join(u", "_s) << " or all\n";
        return false;
    }
    m_request.reports = pos.first() == u"all"_s ? names : QStringList{pos.first()};
    m_request.onlyTable = parser.value(u"table"_s);
    return true;
}

bool ReportCommand::readOutput(const QCommandLineParser& parser, Context& ctx) {
    m_request.format = parser.value(u"format"_s);
    if (m_request.format != u"table"_s && m_request.format != u"json"_s && m_request.format != u"csv"_s) {
        ctx.err << "stride-cli report: --format must be table, json or csv\n";
        return false;
    }
    if (parser.isSet(u"out-dir"_s) && m_request.format != u"csv"_s) {
        ctx.err << "stride-cli report: --out-dir is for --format csv\n";
        return false;
    }
    m_request.outDir = parser.value(u"out-dir"_s);
    m_request.byteOrderMark = !parser.isSet(u"no-bom"_s);
    return true;
}

bool ReportCommand::readMetrics(const QCommandLineParser& parser, Context& ctx) {
    const QStringList metrics = parser.value(u"metrics"_s).split(u',');
    if (metrics.size() != 2 || !ProcessSandbox::metrics().contains(metrics.at(0)) ||
        !ProcessSandbox::metrics().contains(metrics.at(1))) {
        ctx.err << "stride-cli report: --metrics takes two of " << ProcessSandbox::metrics().join(u", "_s) << '\n';
        return false;
    }
    m_request.figureOptions.sandboxX = metrics.at(0);
    m_request.figureOptions.sandboxY = metrics.at(1);
    return true;
}

Database::Access ReportCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadOnly;
}

int ReportCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    // --now, else the replica's own clock: a demo replica reads as of the day it was made for.
    const std::unique_ptr<Clock> clock = call.readingClock(db);
    const QDateTime now = clock->now();
    if (!m_request.scope.rowsExist(db, name(), ctx))
        return DataError;
    Result<ReportNames> names = ReportNames::load(db, m_request.scope.language);
    if (!names) {
        ctx.err << "stride-cli report: " << names.error() << '\n';
        return DataError;
    }
    // Days and months are the organisation's (its policy's time zone; UTC when the replica has none).
    const OrgCalendar calendar = OrgCalendar::of(db, *clock);
    m_request.scope.resolvePeriod(calendar);

    // Everything is computed before anything is printed or written: a failing figure leaves no half report.
    QList<ReportFigure> figures;
    if (const int code = computeFigures(db, *clock, *names, ctx, &figures); code != Ok)
        return code;
    if (m_request.format == u"table"_s) {
        for (const ReportFigure& f : std::as_const(figures)) {
            ctx.out << periodLine(f, calendar) << '\n';
            for (const ReportTable& t : f.tables)
                ctx.out << ReportTextWriter::write(f.name, t);
        }
        return Ok;
    }
    if (m_request.format == u"csv"_s)
        return m_request.outDir.isEmpty()
                   ? writeCsv(figures, ctx)
                   : ReportScope::writeCsvFiles(figures, m_request.outDir, CsvWriter(csvOptions()), name(), ctx);
    ctx.out << QJsonDocument(json(figures, calendar, *names, now)).toJson(QJsonDocument::Indented);
    return Ok;
}

int ReportCommand::computeFigures(Database& db, const Clock& clock, const ReportNames& names, Context& ctx,
                                  QList<ReportFigure>* figures) const {
    const QString& onlyTable = m_request.onlyTable;
    QStringList tableNames;
    for (const QString& name : m_request.reports) {
        Result<ReportFigure> figure =
            ReportFigures::compute(name, db, m_request.scope.filter, clock, names, m_request.figureOptions);
        if (!figure) {
            ctx.err << "stride-cli report " << name << ": " << figure.error() << '\n';
            return DataError;
        }
        if (!onlyTable.isEmpty()) {
            ReportTables kept;
            for (const ReportTable& t : figure->tables) {
                tableNames << name + u'/' + t.name;
                if (t.name == onlyTable)
                    kept << t;
            }
            // With all, the reports that have such a table; one report must have it.
            if (kept.isEmpty())
                continue;
            figure->tables = kept;
        }
        *figures << *figure;
    }
    if (figures->isEmpty()) {
        ctx.err << "stride-cli report: no table '" << onlyTable << "' (tables: " << tableNames.join(u", "_s) << ")\n";
        return UsageError;
    }
    return Ok;
}

int ReportCommand::writeCsv(const QList<ReportFigure>& figures, Context& ctx) const {
    QStringList tables;
    for (const ReportFigure& f : figures)
        for (const ReportTable& t : f.tables)
            tables << f.name + u'-' + t.name;
    if (tables.size() != 1) {
        ctx.err << "stride-cli report: CSV holds one table per file and this report has " << tables.size() << " ("
                << tables.join(u", "_s) << "): give --out-dir DIR or --table NAME\n";
        return UsageError;
    }
    const CsvWriter csv(csvOptions());
    const ReportTable& t = figures.first().tables.first();
    if (csv.byteOrderMark())
        ctx.out << QChar(0xFEFF);
    ctx.out << csv.text(t.columns, t.rows);
    return Ok;
}

CsvWriter::Options ReportCommand::csvOptions() const {
    CsvWriter::Options options;
    options.byteOrderMark = m_request.byteOrderMark;
    return options;
}

QJsonObject ReportCommand::json(const QList<ReportFigure>& figures, const OrgCalendar& calendar,
                                const ReportNames& names, const QDateTime& now) const {
    QJsonObject json;
    for (const ReportFigure& f : figures) {
        QJsonObject fig{{u"period"_s, periodJson(f, calendar)}};
        for (const ReportTable& t : f.tables)
            fig.insert(t.name, rowsJson(t));
        json.insert(f.name, fig);
    }
    const AnalyticsFilter& filter = m_request.scope.filter;
    json.insert(u"filter"_s, QJsonObject{{u"now"_s, now.toString(Qt::ISODate)},
                                         {u"lang"_s, m_request.scope.language},
                                         {u"team_id"_s, jsonText(filter.teamId)},
                                         {u"team_name"_s, jsonText(names.team(filter.teamId))},
                                         {u"rep_id"_s, jsonText(filter.repId)},
                                         {u"rep_name"_s, jsonText(names.rep(filter.repId))},
                                         {u"from"_s, jsonDay(m_request.scope.fromDay)},
                                         {u"to"_s, jsonDay(m_request.scope.toDay)}});
    return json;
}

} // namespace Stride::Cli
