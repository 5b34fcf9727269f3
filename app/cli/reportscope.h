#pragma once

#include "analytics/analyticsfilter.h"
#include "clicommand.h"
#include "export/reportfigures.h"
#include "io/csvwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>

namespace Stride {
class Database;
class OrgCalendar;
} // namespace Stride

namespace Stride::Cli {

// What the figures are computed over and in which language, read the same way by `stride-cli report` and
// `stride-cli export`: --team T, --rep R (ids of the replica), --from/--to DATE (days in the organisation's calendar,
// --to inclusive, either alone), --lang en|zh_CN.
class ReportScope final {
public:
    AnalyticsFilter filter; // from/to are set by resolvePeriod() once the organisation's calendar is known
    QDate fromDay, toDay;
    QString language;

    // --team, --rep, --from, --to.
    static void declarePeriod(QCommandLineParser& parser);
    static void declareLanguage(QCommandLineParser& parser);
    // Reads the options; false after printing the usage error as "stride-cli COMMAND: …".
    bool read(const QCommandLineParser& parser, const QString& command, Context& ctx);
    // --team and --rep name live rows of the replica; false after printing which does not.
    bool rowsExist(const Database& db, const QString& command, Context& ctx) const;
    // The period's days as [from, to) in the organisation's calendar.
    void resolvePeriod(const OrgCalendar& calendar);

    // Writes each table of the figures to DIR/<figure>-<table>.csv, all to temporaries first and committed only
    // when every one was written; prints each path. Returns an ExitCode.
    static int writeCsvFiles(const QList<ReportFigure>& figures, const QString& dir, const CsvWriter& csv,
                             const QString& command, Context& ctx);
};

} // namespace Stride::Cli
