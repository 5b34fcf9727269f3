#include "databasecommand.h"

#include "cliutil.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

int DatabaseCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    m_takesNow = false;
    parser.addOption({u"db"_s, databaseHelp(), u"FILE"_s});
    declare(parser);
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    Invocation call{parser, {}, std::nullopt};
    if (!requireOption(parser, u"db"_s, ctx, &call.path))
        return UsageError;
    if (code = prepare(parser, ctx); code != Ok)
        return code;
    if (m_takesNow && !parseNow(parser, name(), ctx, &call.now))
        return UsageError;
    std::unique_ptr<Database> db = openDatabase(call.path, access(parser), ctx);
    if (!db)
        return DataError;
    return runOn(*db, call, ctx);
}

QString DatabaseCommand::databaseHelp() const {
    return u"The database file."_s;
}

int DatabaseCommand::prepare(const QCommandLineParser&, Context&) {
    return Ok;
}

void DatabaseCommand::addNowOption(QCommandLineParser& parser) {
    parser.addOption(nowOption());
    m_takesNow = true;
}

std::unique_ptr<Clock> DatabaseCommand::Invocation::readingClock(Database& db) const {
    return Cli::readingClock(db, now);
}

} // namespace Stride::Cli
