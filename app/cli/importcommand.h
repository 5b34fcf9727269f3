#pragma once

#include "databasecommand.h"
#include "import/importoptions.h"
#include "import/importtable.h"

namespace Stride::Cli {

// `stride-cli import customers|contacts|orders --db FILE (--csv FILE | --xlsx FILE [--sheet NAME]) [--map
// COLUMN=FIELD …] [--encoding auto|utf-8|gb18030] [--key FIELD …] [--owner REP] [--dry-run] [--all-or-nothing]
// [--report FILE]`: reads the file, maps its columns (guessed from the header, then --map), validates every row
// against the replica and writes the valid rows through the outbox in one transaction (core/import,
// docs/import.md). Prints the report; exits 2 when any row was rejected (the report says whether the valid rows
// were written), 1 on a usage error.
class ImportCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    QString databaseHelp() const override;
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    int readTable(const QCommandLineParser& parser, Context& ctx);
    int readMapping(const QCommandLineParser& parser, Context& ctx);

    ImportTable m_table;
    ImportOptions m_options;
    QString m_reportPath;
    QString m_owner;
};

} // namespace Stride::Cli
