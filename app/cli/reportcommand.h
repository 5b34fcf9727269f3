#pragma once

#include "databasecommand.h"
#include "export/reportfigures.h"
#include "io/csvwriter.h"
#include "reportscope.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Stride {
class OrgCalendar;
class ReportNames;
} // namespace Stride

namespace Stride::Cli {

// `stride-cli report NAME --db FILE [--team T] [--rep R] [--from DATE] [--to DATE] [--format table|json|csv]
// [--lang en|zh_CN] [--table NAME] [--out-dir DIR] [--no-bom]`: prints the figures of core/analytics (funnel,
// dwell, health, coverage, risk, opp-health, points, forecast, payments, sandbox, or all) for scripts, cron jobs
// and tests. Read-only. The tables come from ReportFigures (core/export), the fields are in docs/reports.md.
class ReportCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    // What the arguments ask for, read before the replica is opened.
    struct Request {
        QStringList reports; // the names to compute, in order
        QString onlyTable;   // --table
        QString format;      // table, json or csv
        QString outDir;      // csv: one file per table there
        bool byteOrderMark = true;
        ReportScope scope; // team, rep, period, language
        ReportFigures::Options figureOptions;
    };

    QString databaseHelp() const override;
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    // Each reads its part of the arguments into m_request; false after printing a usage error.
    bool readReports(const QCommandLineParser& parser, Context& ctx);
    bool readOutput(const QCommandLineParser& parser, Context& ctx);
    bool readMetrics(const QCommandLineParser& parser, Context& ctx);

    int computeFigures(Database& db, const Clock& clock, const ReportNames& names, Context& ctx,
                       QList<ReportFigure>* figures) const;
    int writeCsv(const QList<ReportFigure>& figures, Context& ctx) const;
    CsvWriter::Options csvOptions() const;
    QJsonObject json(const QList<ReportFigure>& figures, const OrgCalendar& calendar, const ReportNames& names,
                     const QDateTime& now) const;

    Request m_request;
};

} // namespace Stride::Cli
