#include "cliutil.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

bool parseArguments(QCommandLineParser& parser, const QStringList& args, Context& ctx, int* exitCode) {
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(args)) {
        ctx.err << args.value(0) << ": " << parser.errorText() << '\n';
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText().replace(u"Usage: stride-cli"_s, u"Usage: "_s + args.value(0));
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool requireOption(const QCommandLineParser& parser, const QString& name, Context& ctx, QString* value) {
    *value = parser.value(name);
    if (value->isEmpty()) {
        ctx.err << "stride-cli: --" << name << " is required (see --help)\n";
        return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QString& path, Database::Access access, Context& ctx) {
    Result<std::unique_ptr<Database>> db = Database::open(path, access);
    if (!db) {
        ctx.err << "stride-cli: " << db.error() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace Stride::Cli
