#include "checkcommand.h"

#include "cliutil.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString CheckCommand::name() const {
    return u"check"_s;
}
QString CheckCommand::summary() const {
    return u"Full consistency check of a database file (reads every page)"_s;
}

int CheckCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({u"db"_s, u"The database file."_s, u"FILE"_s});
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;
    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadOnly, ctx);
    if (!db)
        return DataError;
    if (Status s = db->verify(); !s) {
        ctx.err << "stride-cli check: " << s.error() << '\n';
        return DataError;
    }
    ctx.out << path << ": ok (schema " << db->schemaVersion() << ")\n";
    return Ok;
}

} // namespace Stride::Cli
