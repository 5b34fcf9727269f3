#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Stride::Cli {

enum ExitCode { Ok = 0, UsageError = 1, DataError = 2 };

struct Context {
    QTextStream& out;
    QTextStream& err;
    bool interactive; // stdout is a terminal: progress bars allowed
};

// One `stride-cli NAME …` subcommand. Each parses its own arguments (QCommandLineParser) and
// returns an ExitCode: 1 for a usage error, 2 for a data error (bad file, server refused, …).
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is "stride-cli NAME"
    virtual int run(const QStringList& args, Context& ctx) = 0;
};

// Defined in commandlist.cpp: every subcommand, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace Stride::Cli
