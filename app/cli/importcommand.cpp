#include "importcommand.h"

#include "import/importer.h"
#include "import/importfields.h"
#include "import/importreader.h"
#include "storage/entitystore.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString ImportCommand::name() const {
    return u"import"_s;
}
QString ImportCommand::summary() const {
    return u"Import customers, contacts or orders from a CSV or xlsx file"_s;
}

QString ImportCommand::databaseHelp() const {
    return u"The local replica to import into."_s;
}

void ImportCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        u"import customers|contacts|orders (--csv FILE | --xlsx FILE [--sheet NAME])\n"
        "Reads the file's header row, maps each column to a field (from its name, English or Chinese: 客户名称, 地址, "
        "负责人 …; --map changes a column), checks every row against the replica, and writes the valid rows in one "
        "transaction through the outbox: the next sync sends them. A row whose key (--key, default name + address "
        "for customers) matches an existing row updates it. Prints a report of every rejected row (line, column, "
        "reason) and exits 2 when there is one. See docs/import.md for the fields."_s);
    parser.addOption({u"csv"_s, u"The CSV file to import."_s, u"FILE"_s});
    parser.addOption({u"xlsx"_s, u"The Excel workbook (.xlsx) to import."_s, u"FILE"_s});
    parser.addOption({u"sheet"_s, u"The workbook's sheet (default: the first)."_s, u"NAME"_s});
    parser.addOption({u"map"_s, u"Maps a column (header name, letter or number) to a field; FIELD '-' ignores it."_s,
                      u"COLUMN=FIELD"_s});
    parser.addOption(
        {u"encoding"_s, u"The CSV file's encoding: auto (default), utf-8 or gb18030."_s, u"ENC"_s, u"auto"_s});
    parser.addOption(
        {u"key"_s, u"A field of the duplicate key (repeat, or comma-separated; id matches by id)."_s, u"FIELD"_s});
    parser.addOption({u"owner"_s, u"The owner (rep id or name) of new customers whose row names none."_s, u"REP"_s});
    parser.addOption({u"dry-run"_s, u"Check and report only; write nothing."_s});
    parser.addOption({u"all-or-nothing"_s, u"Write nothing unless every row is valid."_s});
    parser.addOption({u"report"_s, u"Also write the rejected rows as CSV (line, column, value, reason)."_s, u"FILE"_s});
    parser.addPositionalArgument(u"kind"_s, u"customers, contacts or orders"_s);
}

int ImportCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    const QStringList pos = parser.positionalArguments();
    Result<ImportKind> kind = importKindFromName(pos.value(0));
    if (!kind || pos.size() > 1) {
        ctx.err << "stride-cli import: " << (kind ? u"one kind only"_s : kind.error()) << '\n';
        return UsageError;
    }
    m_options.mapping = ImportMapping(*kind, {});
    if (const int code = readTable(parser, ctx); code != Ok)
        return code;
    m_options.dryRun = parser.isSet(u"dry-run"_s);
    m_options.allOrNothing = parser.isSet(u"all-or-nothing"_s);
    m_reportPath = parser.value(u"report"_s);
    m_owner = parser.value(u"owner"_s);
    for (const QString& k : parser.values(u"key"_s))
        m_options.key += k.split(u',', Qt::SkipEmptyParts);
    for (QString& k : m_options.key)
        k = k.trimmed();
    return readMapping(parser, ctx);
}

int ImportCommand::readTable(const QCommandLineParser& parser, Context& ctx) {
    const bool csv = parser.isSet(u"csv"_s);
    const bool xlsx = parser.isSet(u"xlsx"_s);
    if (csv == xlsx) {
        ctx.err << "stride-cli import: name the file with --csv FILE or --xlsx FILE\n";
        return UsageError;
    }
    if (csv && parser.isSet(u"sheet"_s)) {
        ctx.err << "stride-cli import: --sheet is for --xlsx files\n";
        return UsageError;
    }
    Result<CsvReader::Encoding> encoding = CsvReader::encodingFromName(parser.value(u"encoding"_s));
    if (!encoding) {
        ctx.err << "stride-cli import: --encoding: " << encoding.error() << '\n';
        return UsageError;
    }
    ImportSource source;
    source.path = parser.value(csv ? u"csv"_s : u"xlsx"_s);
    source.format = csv ? ImportSource::Format::Csv : ImportSource::Format::Xlsx;
    source.sheet = parser.value(u"sheet"_s);
    source.encoding = *encoding;
    Result<ImportTable> table = ImportReader::read(source);
    if (!table) {
        ctx.err << "stride-cli import: " << table.error() << '\n';
        return DataError;
    }
    m_table = std::move(*table);
    return Ok;
}

int ImportCommand::readMapping(const QCommandLineParser& parser, Context& ctx) {
    m_options.mapping = ImportMapping::guess(m_options.kind(), m_table.header);
    for (const QString& assignment : parser.values(u"map"_s)) {
        if (Status s = m_options.mapping.assign(assignment); !s) {
            ctx.err << "stride-cli import: " << s.error() << '\n';
            return UsageError;
        }
    }
    for (const QString& k : std::as_const(m_options.key)) {
        if (!ImportFields::find(m_options.kind(), k)) {
            ctx.err << "stride-cli import: --key " << k << ": " << importKindName(m_options.kind())
                    << " have no such field\n";
            return UsageError;
        }
    }
    if (const QStringList missing = m_options.mapping.missingRequired(); !missing.isEmpty()) {
        ctx.err << "stride-cli import: no column of " << m_table.source << " is mapped to " << missing.join(u", "_s)
                << " (columns: " << m_table.header.join(u", "_s) << "); map one with --map COLUMN=FIELD\n";
        return UsageError;
    }
    return Ok;
}

Database::Access ImportCommand::access(const QCommandLineParser& parser) const {
    return parser.isSet(u"dry-run"_s) ? Database::Access::ReadOnly : Database::Access::ReadWrite;
}

int ImportCommand::runOn(Database& db, const Invocation&, Context& ctx) {
    EntityStore store(db);
    Importer importer(store);
    importer.setDefaultOwner(m_owner);
    Result<ImportReport> report = importer.run(m_table, m_options);
    if (!report) {
        ctx.err << "stride-cli import: " << report.error() << '\n';
        return report.code() == ErrorCode::Usage ? UsageError : DataError;
    }
    ctx.out << "Columns: " << m_options.mapping.describe() << '\n' << report->text();
    if (!m_reportPath.isEmpty()) {
        if (Status s = report->writeCsv(m_reportPath); !s) {
            ctx.err << "stride-cli import: " << s.error() << '\n';
            return DataError;
        }
    }
    if (report->outcome == ImportReport::Outcome::RefusedInvalidRows) {
        ctx.err << "stride-cli import: " << report->rejected << " invalid rows in " << m_table.source
                << "; nothing imported (--all-or-nothing)\n";
        return DataError;
    }
    if (report->rejected > 0) {
        ctx.err << "stride-cli import: " << report->rejected << " of " << report->rows << " rows of " << m_table.source
                << " rejected"
                << (report->written() && report->created + report->updated > 0 ? u"; the valid rows were imported"_s
                                                                               : QString())
                << '\n';
        return DataError;
    }
    return Ok;
}

} // namespace Stride::Cli
