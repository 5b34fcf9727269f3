#include "reportcommand.h"

#include "storage/orgcalendar.h"
#include "analytics/processsandbox.h"
#include "cliutil.h"
#include "domain/translationloader.h"
#include "export/reportfigures.h"
#include "export/reportnames.h"
#include "export/reporttextwriter.h"
#include "io/csvwriter.h"
#include "io/displaywidth.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

int ReportCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(description(summary()));
    parser.addPositionalArgument(u"NAME"_s, u"funnel, dwell, health, coverage, risk, opp-health, points, forecast, "
                                            "payments, sandbox or all"_s);
    parser.addOption({u"db"_s, u"The database file."_s, u"FILE"_s});
    parser.addOption({u"team"_s, u"Only this team (id)."_s, u"T"_s});
    parser.addOption({u"rep"_s, u"Only this rep (id)."_s, u"R"_s});
    parser.addOption({u"from"_s, u"First day of the period (YYYY-MM-DD); alone: from that day on."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day of the period, inclusive (YYYY-MM-DD); alone: up to that day."_s, u"DATE"_s});
    parser.addOption({u"format"_s, u"table (default), json or csv."_s, u"FORMAT"_s, u"table"_s});
    parser.addOption({u"table"_s, u"Only this table of the report (e.g. summary)."_s, u"NAME"_s});
    parser.addOption({u"out-dir"_s, u"CSV: write each table to DIR/<report>-<table>.csv."_s, u"DIR"_s});
    parser.addOption({u"no-bom"_s, u"CSV: no UTF-8 byte-order mark (for scripts)."_s});
    parser.addOption({u"lang"_s, u"Language of names and labels: en (default) or zh_CN."_s, u"LANG"_s, u"en"_s});
    parser.addOption(nowOption());
    parser.addOption({u"metrics"_s, u"Sandbox metrics X,Y (default call_minutes,needs_rate)."_s, u"X,Y"_s,
                      u"call_minutes,needs_rate"_s});
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    const QStringList& names = ReportFigures::names();
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (!names.contains(pos.first()) && pos.first() != u"all"_s)) {
        ctx.err << "stride-cli report: give one NAME: " << names.join(u", "_s) << " or all\n";
        return UsageError;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s && format != u"csv"_s) {
        ctx.err << "stride-cli report: --format must be table, json or csv\n";
        return UsageError;
    }
    if (parser.isSet(u"out-dir"_s) && format != u"csv"_s) {
        ctx.err << "stride-cli report: --out-dir is for --format csv\n";
        return UsageError;
    }
    const QString language = parser.value(u"lang"_s);
    if (!TranslationLoader::available().contains(language)) {
        ctx.err << "stride-cli report: --lang must be " << TranslationLoader::available().join(u" or "_s) << '\n';
        return UsageError;
    }
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;

    AnalyticsFilter filter;
    filter.teamId = parser.value(u"team"_s);
    filter.repId = parser.value(u"rep"_s);
    QDate fromDay, toDay; // turned into times in the organisation's calendar once the replica is open
    for (const QString& opt : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(opt))
            continue;
        const QDate d = QDate::fromString(parser.value(opt), Qt::ISODate);
        if (!d.isValid()) {
            ctx.err << "stride-cli report: --" << opt << " must be a date YYYY-MM-DD, not '" << parser.value(opt)
                    << "'\n";
            return UsageError;
        }
        (opt == u"to"_s ? toDay : fromDay) = d;
    }
    if (fromDay.isValid() && toDay.isValid() && fromDay > toDay) {
        ctx.err << "stride-cli report: --from must not be after --to\n";
        return UsageError;
    }
    std::optional<QDateTime> givenNow;
    if (!parseNow(parser, name(), ctx, &givenNow))
        return UsageError;
    const QStringList metrics = parser.value(u"metrics"_s).split(u',');
    if (metrics.size() != 2 || !ProcessSandbox::metrics().contains(metrics.at(0)) ||
        !ProcessSandbox::metrics().contains(metrics.at(1))) {
        ctx.err << "stride-cli report: --metrics takes two of " << ProcessSandbox::metrics().join(u", "_s) << '\n';
        return UsageError;
    }
    if (Status s = TranslationLoader::install(language); !s) {
        ctx.err << "stride-cli report: " << s.error() << '\n';
        return DataError;
    }

    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadOnly, ctx);
    if (!db)
        return DataError;
    // --now, else the replica's own clock: a demo replica reads as of the day it was made for.
    const std::unique_ptr<Clock> readClock = readingClock(*db, givenNow);
    const Clock& clock = *readClock;
    const QDateTime now = clock.now();
    for (const auto& [table, id] : {std::pair{u"teams"_s, filter.teamId}, std::pair{u"reps"_s, filter.repId}}) {
        if (id.isEmpty())
            continue;
        Result<QSqlQuery> q = db->exec(u"SELECT 1 FROM %1 WHERE id = ? AND deleted = 0"_s.arg(table), {id});
        if (!q || !q->next()) {
            ctx.err << "stride-cli report: no " << table.chopped(1) << " with id " << id << '\n';
            return DataError;
        }
    }
    Result<ReportNames> reportNames = ReportNames::load(*db, language);
    if (!reportNames) {
        ctx.err << "stride-cli report: " << reportNames.error() << '\n';
        return DataError;
    }

    // Days and months are the organisation's (its policy's time zone; UTC when the replica has none).
    const OrgCalendar calendar = OrgCalendar::of(*db, clock);
    if (fromDay.isValid())
        filter.from = calendar.startOf(fromDay);
    if (toDay.isValid())
        filter.to = calendar.startOf(toDay.addDays(1));

    // Everything is computed before anything is printed or written: a failing figure leaves no half report.
    ReportFigures::Options options;
    options.sandboxX = metrics.at(0);
    options.sandboxY = metrics.at(1);
    const QString onlyTable = parser.value(u"table"_s);
    QList<ReportFigure> figures;
    QStringList tableNames;
    for (const QString& name : pos.first() == u"all"_s ? names : QStringList{pos.first()}) {
        Result<ReportFigure> figure = ReportFigures::compute(name, *db, filter, clock, *reportNames, options);
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
        figures << *figure;
    }
    if (figures.isEmpty()) {
        ctx.err << "stride-cli report: no table '" << onlyTable << "' (tables: " << tableNames.join(u", "_s) << ")\n";
        return UsageError;
    }

    if (format == u"table"_s) {
        for (const ReportFigure& f : figures) {
            ctx.out << periodLine(f, calendar) << '\n';
            for (const ReportTable& t : f.tables)
                ctx.out << ReportTextWriter::write(f.name, t);
        }
        return Ok;
    }

    if (format == u"csv"_s) {
        CsvWriter::Options csvOptions;
        csvOptions.byteOrderMark = !parser.isSet(u"no-bom"_s);
        const CsvWriter csv(csvOptions);
        if (!parser.isSet(u"out-dir"_s)) {
            QStringList tables;
            for (const ReportFigure& f : figures)
                for (const ReportTable& t : f.tables)
                    tables << f.name + u'-' + t.name;
            if (tables.size() != 1) {
                ctx.err << "stride-cli report: CSV holds one table per file and this report has " << tables.size()
                        << " (" << tables.join(u", "_s) << "): give --out-dir DIR or --table NAME\n";
                return UsageError;
            }
            const ReportTable& t = figures.first().tables.first();
            if (csv.byteOrderMark())
                ctx.out << QChar(0xFEFF);
            ctx.out << csv.text(t.columns, t.rows);
            return Ok;
        }
        const QString dir = parser.value(u"out-dir"_s);
        if (!QDir().mkpath(dir)) {
            ctx.err << "stride-cli report: cannot create the folder " << dir << '\n';
            return DataError;
        }
        // Every file is written to a temporary first and the set is committed only when all were written.
        std::vector<std::unique_ptr<QSaveFile>> files;
        for (const ReportFigure& f : figures) {
            for (const ReportTable& t : f.tables) {
                auto file = std::make_unique<QSaveFile>(QDir(dir).filePath(f.name + u'-' + t.name + u".csv"_s));
                const QByteArray bytes = csv.table(t.columns, t.rows);
                if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size()) {
                    ctx.err << "stride-cli report: cannot write " << file->fileName() << ": " << file->errorString()
                            << '\n';
                    return DataError;
                }
                files.push_back(std::move(file));
            }
        }
        for (const auto& file : files) {
            if (!file->commit()) {
                ctx.err << "stride-cli report: cannot write " << file->fileName() << ": " << file->errorString()
                        << '\n';
                return DataError;
            }
            ctx.out << file->fileName() << '\n';
        }
        return Ok;
    }

    QJsonObject json;
    for (const ReportFigure& f : figures) {
        QJsonObject fig{{u"period"_s, periodJson(f, calendar)}};
        for (const ReportTable& t : f.tables) {
            QJsonArray rows;
            for (const QVariantList& row : t.rows) {
                QJsonObject o;
                for (qsizetype i = 0; i < t.columns.size(); ++i)
                    o.insert(t.columns.at(i), jsonValue(row.value(i)));
                rows.append(o);
            }
            fig.insert(t.name, rows);
        }
        json.insert(f.name, fig);
    }
    json.insert(u"filter"_s, QJsonObject{{u"now"_s, now.toString(Qt::ISODate)},
                                         {u"lang"_s, language},
                                         {u"team_id"_s, jsonText(filter.teamId)},
                                         {u"team_name"_s, jsonText(reportNames->team(filter.teamId))},
                                         {u"rep_id"_s, jsonText(filter.repId)},
                                         {u"rep_name"_s, jsonText(reportNames->rep(filter.repId))},
                                         {u"from"_s, fromDay.isValid() ? QJsonValue(fromDay.toString(Qt::ISODate))
                                                                       : QJsonValue(QJsonValue::Null)},
                                         {u"to"_s, toDay.isValid() ? QJsonValue(toDay.toString(Qt::ISODate))
                                                                   : QJsonValue(QJsonValue::Null)}});
    ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace Stride::Cli
