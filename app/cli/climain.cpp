#include "climain.h"
#include "processmemory.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

void printUsage(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands) {
    out << "Usage: stride-cli COMMAND [options]   (stride-cli COMMAND --help for its options)\n\nCommands:\n";
    for (const auto& c : commands)
        out << "  " << c->name().leftJustified(14) << c->summary() << '\n';
    out << "\nExit codes: 0 ok, 1 usage error, 2 data error.\n";
}

} // namespace

int runCommandLine(int argc, char** argv, std::vector<std::unique_ptr<Command>> (*makeCommands)()) {
    ProcessMemory::tune(); // stride-cli and stride-cli-remote (which runs `sync`) alike
    ProcessMemory::hugePageCacheForSqlite(ProcessMemory::kCliPageCacheMegabytes);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stride-cli"_s);
    QCoreApplication::setOrganizationName(u"Stride"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STRIDE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{out, err, isatty(fileno(stdout)) != 0};
    const auto commands = makeCommands();

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"--help"_s || args.at(1) == u"-h"_s || args.at(1) == u"help"_s) {
        printUsage(args.size() < 2 ? err : out, commands);
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args.at(1) == u"--version"_s) {
        out << "stride-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const auto& c : commands) {
        if (c->name() == args.at(1)) {
            QStringList sub = args.mid(2);
            sub.prepend(u"stride-cli "_s + c->name());
            return c->run(sub, ctx);
        }
    }
    err << "stride-cli: unknown command '" << args.at(1) << "'\n";
    printUsage(err, commands);
    return UsageError;
}

} // namespace Stride::Cli
