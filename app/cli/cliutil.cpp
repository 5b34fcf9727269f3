#include "cliutil.h"

#include "storage/replicaclock.h"

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

QCommandLineOption nowOption() {
    return {u"now"_s,
            u"Evaluate as of this time (ISO 8601, UTC unless it names an offset; default: now, or on a demo replica "
            "the evening of the day it was made for)."_s,
            u"DATETIME"_s};
}

bool parseNow(const QCommandLineParser& parser, const QString& command, Context& ctx, std::optional<QDateTime>* now) {
    now->reset();
    if (!parser.isSet(u"now"_s))
        return true;
    const QString text = parser.value(u"now"_s);
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        ctx.err << "stride-cli " << command << ": --now must be an ISO 8601 time such as 2026-11-20T18:00:00Z, not '"
                << text << "'\n";
        return false;
    }
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // the machine's zone must not change a report
    *now = at.toUTC();
    return true;
}

std::unique_ptr<Clock> readingClock(Database& db, const std::optional<QDateTime>& now) {
    if (now)
        return std::make_unique<FixedClock>(*now);
    return std::make_unique<ReplicaClock>(db, ReplicaClock::Mode::Fixed);
}

} // namespace Stride::Cli
