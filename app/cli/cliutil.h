#pragma once

#include "clicommand.h"
#include "clock.h"
#include "result.h"
#include "storage/database.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Stride::Cli {

// Parses a subcommand's arguments; on --help prints it and sets exitCode to Ok, on an error prints the
// problem and sets UsageError. Returns true when the command should go on.
bool parseArguments(QCommandLineParser& parser, const QStringList& args, Context& ctx, int* exitCode);

// Reads a mandatory option, reporting its absence as a usage error.
bool requireOption(const QCommandLineParser& parser, const QString& name, Context& ctx, QString* value);

// Opens the replica named by --db; a bad file is reported on stderr as one line.
std::unique_ptr<Database> openDatabase(const QString& path, Database::Access access, Context& ctx);

// --now, the time a command reads its figures as of; one help text for every command that takes it.
QCommandLineOption nowOption();
// Reads --now (ISO 8601; a time without an offset is UTC) before the replica is opened; a bad value is reported as
// a usage error naming the command and returns false.
bool parseNow(const QCommandLineParser& parser, const QString& command, Context& ctx, std::optional<QDateTime>* now);
// The clock figures are read by: --now when given, else the replica's own (ReplicaClock: a demo replica's day,
// otherwise the wall clock).
std::unique_ptr<Clock> readingClock(Database& db, const std::optional<QDateTime>& now);

} // namespace Stride::Cli
