#pragma once

#include "clicommand.h"
#include "result.h"
#include "storage/database.h"

#include <QCommandLineParser>

#include <memory>

namespace Stride::Cli {

// Parses a subcommand's arguments; on --help prints it and sets exitCode to Ok, on an error prints the
// problem and sets UsageError. Returns true when the command should go on.
bool parseArguments(QCommandLineParser& parser, const QStringList& args, Context& ctx, int* exitCode);

// Reads a mandatory option, reporting its absence as a usage error.
bool requireOption(const QCommandLineParser& parser, const QString& name, Context& ctx, QString* value);

// Opens the replica named by --db; a bad file is reported on stderr as one line.
std::unique_ptr<Database> openDatabase(const QString& path, Database::Access access, Context& ctx);

} // namespace Stride::Cli
