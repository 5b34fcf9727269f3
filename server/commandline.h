#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Stride::Server {

// What every stride-server subcommand does first with its arguments: a parse error is one line on stderr (exit 1),
// --help prints the help on stdout (exit 0). Returns that exit code when the command should stop there.
std::optional<int> parseOrAnswer(QCommandLineParser& parser, const QStringList& args);

} // namespace Stride::Server
