#include "exportcommand.h"

#include "domain/orgpolicy.h"
#include "domain/translationloader.h"
#include "export/figureworkbook.h"
#include "export/reportnames.h"
#include "storage/orgcalendar.h"
#include "storage/orgpolicyrepository.h"
#include "storage/replicauserstore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

QString description(const QString& summary) {
    return summary +
           u"\n\nNAME is a figure of `stride-cli report` (funnel, dwell, health, coverage, risk, opp-health, points, "
           "forecast,\npayments, sandbox), all, or a list (customers, visits, opportunities).\n"
           "- A figure is a workbook with one sheet, its tables and a native Excel chart; `all` is every figure in "
           "one\n"
           "  workbook, a sheet each (the Dashboards page). The lists are not part of `all`: each is a file of its "
           "own.\n"
           "- A list holds every row its filter selects, with no cap: the workbook is streamed in constant memory,\n"
           "  with an autofilter over the header instead of an Excel table, and past 1,048,576 rows a sheet\n"
           "  continues on \"Visits (2)\". --from/--to select visits by visited_at and opportunities by created_at;\n"
           "  --team/--rep the customers' owners, the visits' reps, the opportunities' owners.\n"
           "- --format csv: a figure writes one file per table into --out-dir (as `report --format csv`), a list one\n"
           "  file. UTF-8 with a byte-order mark unless --no-bom; text a spreadsheet would run as a formula is\n"
           "  neutralised.\n"
           "The file appears only once it is complete. Columns and formats: docs/reports.md."_s;
}

const QStringList& listNames() {
    static const QStringList names{u"customers"_s, u"visits"_s, u"opportunities"_s};
    return names;
}

// The organisation's name when the replica has its policy row (a demo or a synced replica), else empty.
QString organisationName(const Database& db) {
    Result<QMap<QString, QJsonValue>> stored = OrgPolicyRepository::storedValues(db);
    return stored ? stored->value(OrgPolicy::kName).toString() : QString();
}

} // namespace

QString ExportCommand::name() const {
    return u"export"_s;
}

QString ExportCommand::summary() const {
    return u"Figures and lists to Excel (.xlsx) or CSV: a figure, all, customers, visits, opportunities"_s;
}

void ExportCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(description(summary()));
    parser.addPositionalArgument(u"NAME"_s, u"funnel, dwell, health, coverage, risk, opp-health, points, forecast, "
                                            "payments, sandbox, all, customers, visits or opportunities"_s);
    parser.addOption({u"out"_s, u"The file to write (.xlsx, or .csv with --format csv)."_s, u"FILE"_s});
    parser.addOption({u"out-dir"_s,
                      u"Write into DIR: <name>.xlsx, a list's <name>.csv, a figure's <figure>-<table>.csv."_s,
                      u"DIR"_s});
    parser.addOption({u"format"_s, u"xlsx (default) or csv."_s, u"FORMAT"_s, u"xlsx"_s});
    parser.addOption({u"no-bom"_s, u"CSV: no UTF-8 byte-order mark (for scripts)."_s});
    ReportScope::declarePeriod(parser);
    ReportScope::declareLanguage(parser);
    addNowOption(parser);
    parser.addOption({u"search"_s, u"customers: only those the text finds (as the list's search)."_s, u"TEXT"_s});
    parser.addOption({u"tier"_s, u"customers: only this effective tier (A, B or C)."_s, u"TIER"_s});
    parser.addOption({u"industry"_s, u"customers: only this industry (code, e.g. manufacturing)."_s, u"CODE"_s});
    parser.addOption({u"region"_s, u"customers: only this region."_s, u"REGION"_s});
    parser.addOption({u"owner"_s, u"customers: only this owner (rep id)."_s, u"R"_s});
    QCommandLineOption maxRows(u"max-rows-per-sheet"_s, u"Rows of a sheet before it continues (tests)."_s, u"N"_s);
    maxRows.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(maxRows);
}

int ExportCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    m_request = Request();
    if (!readName(parser, ctx) || !readOutput(parser, ctx) || !m_request.scope.read(parser, name(), ctx) ||
        !readCustomerFilter(parser, ctx))
        return UsageError;
    if (Status s = TranslationLoader::install(m_request.scope.language); !s) {
        ctx.err << "stride-cli export: " << s.error() << '\n';
        return DataError;
    }
    return Ok;
}

bool ExportCommand::readName(const QCommandLineParser& parser, Context& ctx) {
    const QStringList& figures = ReportFigures::names();
    const QStringList pos = parser.positionalArguments();
    const QString what = pos.value(0);
    if (pos.size() != 1 || (!figures.contains(what) && what != u"all"_s && !listNames().contains(what))) {
        ctx.err << "stride-cli export: give one NAME: " << figures.join(u", "_s) << ", all, "
                << listNames().join(u", "_s) << '\n';
        return false;
    }
    m_request.what = what;
    m_request.list = ListExport::fromName(what);
    if (!m_request.list)
        m_request.figures = what == u"all"_s ? figures : QStringList{what};
    return true;
}

bool ExportCommand::readOutput(const QCommandLineParser& parser, Context& ctx) {
    const QString format = parser.value(u"format"_s);
    if (format != u"xlsx"_s && format != u"csv"_s) {
        ctx.err << "stride-cli export: --format must be xlsx or csv\n";
        return false;
    }
    m_request.csv = format == u"csv"_s;
    m_request.out = parser.value(u"out"_s);
    m_request.outDir = parser.value(u"out-dir"_s);
    m_request.byteOrderMark = !parser.isSet(u"no-bom"_s);
    if (m_request.out.isEmpty() == m_request.outDir.isEmpty()) {
        ctx.err << "stride-cli export: give --out FILE or --out-dir DIR\n";
        return false;
    }
    if (m_request.csv && !m_request.list && m_request.outDir.isEmpty()) {
        ctx.err << "stride-cli export: CSV holds one table per file and figures have several: give --out-dir DIR\n";
        return false;
    }
    if (parser.isSet(u"max-rows-per-sheet"_s)) {
        bool ok = false;
        m_request.maxRowsPerSheet = parser.value(u"max-rows-per-sheet"_s).toLongLong(&ok);
        if (!ok || m_request.maxRowsPerSheet < 8 || m_request.maxRowsPerSheet > 1048576) {
            ctx.err << "stride-cli export: --max-rows-per-sheet must be a number from 8 to 1048576\n";
            return false;
        }
    }
    return true;
}

bool ExportCommand::readCustomerFilter(const QCommandLineParser& parser, Context& ctx) {
    CustomerQuery::Filter& f = m_request.customers;
    f.text = parser.value(u"search"_s);
    f.tier = parser.value(u"tier"_s).toUpper();
    f.industry = parser.value(u"industry"_s);
    f.region = parser.value(u"region"_s);
    f.ownerId = parser.value(u"owner"_s);
    const bool filtered =
        !f.text.isEmpty() || !f.tier.isEmpty() || !f.industry.isEmpty() || !f.region.isEmpty() || !f.ownerId.isEmpty();
    if (filtered && m_request.list != ListExport::List::Customers) {
        ctx.err << "stride-cli export: --search, --tier, --industry, --region and --owner are for customers\n";
        return false;
    }
    if (!f.tier.isEmpty() && f.tier != u"A"_s && f.tier != u"B"_s && f.tier != u"C"_s) {
        ctx.err << "stride-cli export: --tier must be A, B or C\n";
        return false;
    }
    return true;
}

Database::Access ExportCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadOnly;
}

int ExportCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const std::unique_ptr<Clock> clock = call.readingClock(db);
    if (!m_request.scope.rowsExist(db, name(), ctx))
        return DataError;
    m_request.scope.resolvePeriod(OrgCalendar::of(db, *clock));
    if (!m_request.outDir.isEmpty() && !QDir().mkpath(m_request.outDir)) {
        fail(u"cannot create the folder "_s + m_request.outDir, ctx);
        return DataError;
    }
    // Who exports: the replica's signed-in user, and the organisation it belongs to.
    const Result<ReplicaUser> user = ReplicaUserStore::load(db);
    const QString author = user ? user->name : QString();
    const QString company = organisationName(db);
    if (m_request.list)
        return exportList(db, *clock, author, company, ctx);
    return m_request.csv ? exportCsvTables(db, *clock, ctx) : exportWorkbook(db, *clock, author, company, ctx);
}

QString ExportCommand::outputPath() const {
    if (!m_request.out.isEmpty())
        return m_request.out;
    return QDir(m_request.outDir).filePath(m_request.what + (m_request.csv ? u".csv"_s : u".xlsx"_s));
}

int ExportCommand::exportList(const Database& db, const Clock& clock, const QString& author, const QString& company,
                              Context& ctx) const {
    ListExport::Request r;
    r.list = *m_request.list;
    r.format = m_request.csv ? ListExport::Format::Csv : ListExport::Format::Xlsx;
    r.customers = m_request.customers;
    r.scope = m_request.scope.filter;
    r.language = m_request.scope.language;
    r.author = author;
    r.company = company;
    r.maxRowsPerSheet = m_request.maxRowsPerSheet;
    r.byteOrderMark = m_request.byteOrderMark;
    const QString path = outputPath();
    Result<ListExport::Summary> written = ListExport::write(path, db, clock, r);
    if (!written) {
        fail(written.error(), ctx);
        return DataError;
    }
    ctx.out << path << '\n';
    return Ok;
}

int ExportCommand::exportWorkbook(const Database& db, const Clock& clock, const QString& author, const QString& company,
                                  Context& ctx) const {
    FigureWorkbook::Request r;
    r.figures = m_request.figures;
    r.filter = m_request.scope.filter;
    r.language = m_request.scope.language;
    r.author = author;
    r.company = company;
    const QString path = outputPath();
    if (Status s = FigureWorkbook::write(path, db, clock, r); !s) {
        fail(s.error(), ctx);
        return DataError;
    }
    ctx.out << path << '\n';
    return Ok;
}

int ExportCommand::exportCsvTables(const Database& db, const Clock& clock, Context& ctx) const {
    Result<ReportNames> names = ReportNames::load(db, m_request.scope.language);
    if (!names) {
        fail(names.error(), ctx);
        return DataError;
    }
    // Every figure is computed before a file is written: a failing one leaves no half set.
    QList<ReportFigure> figures;
    for (const QString& figure : m_request.figures) {
        Result<ReportFigure> f = ReportFigures::compute(figure, db, m_request.scope.filter, clock, *names, {});
        if (!f) {
            fail(f.error(), ctx);
            return DataError;
        }
        figures << *f;
    }
    CsvWriter::Options options;
    options.byteOrderMark = m_request.byteOrderMark;
    return ReportScope::writeCsvFiles(figures, m_request.outDir, CsvWriter(options), name(), ctx);
}

void ExportCommand::fail(const QString& message, Context& ctx) const {
    ctx.err << "stride-cli export " << m_request.what << ": " << message << '\n';
}

} // namespace Stride::Cli
