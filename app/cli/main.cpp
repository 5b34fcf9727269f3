#include "clicommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void printUsage(QTextStream& out, const std::vector<std::unique_ptr<Stride::Cli::Command>>& commands) {
    out << "Usage: stride-cli COMMAND [options]   (stride-cli COMMAND --help for its options)\n\nCommands:\n";
    for (const auto& c : commands)
        out << "  " << c->name().leftJustified(14) << c->summary() << '\n';
    out << "\nExit codes: 0 ok, 1 usage error, 2 data error.\n";
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stride-cli"_s);
    QCoreApplication::setOrganizationName(u"Stride"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STRIDE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Stride::Cli::Context ctx{out, err, isatty(fileno(stdout)) != 0};
    const auto commands = Stride::Cli::allCommands();

    QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1) == u"--help"_s || args.at(1) == u"-h"_s || args.at(1) == u"help"_s) {
        printUsage(args.size() < 2 ? err : out, commands);
        return args.size() < 2 ? Stride::Cli::UsageError : Stride::Cli::Ok;
    }
    if (args.at(1) == u"--version"_s) {
        out << "stride-cli " << QCoreApplication::applicationVersion() << '\n';
        return Stride::Cli::Ok;
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
    return Stride::Cli::UsageError;
}
