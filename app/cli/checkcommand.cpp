#include "checkcommand.h"

#include "storage/entitystore.h"
#include "storage/stageconsistency.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString CheckCommand::name() const {
    return u"check"_s;
}
QString CheckCommand::summary() const {
    return u"Full consistency check of a database file (reads every page) and of the deals' stage bookkeeping"_s;
}

void CheckCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        summary() +
        u"\nStage problems, one line each on stdout (exit code 2 when any): more than one open stage-history stay, "
        "an open stay in another stage than the deal's or none, a won or lost deal without closed_at, an open deal "
        "with closed_at, a deal not lost that keeps a lost reason.\n--repair fixes them in one transaction through "
        "the outbox, so the fix syncs (docs/sales-method.md \"Stage moves\")."_s);
    parser.addOption({u"repair"_s, u"Repair the stage problems found (opens the file read-write)."_s});
}

Database::Access CheckCommand::access(const QCommandLineParser& parser) const {
    return parser.isSet(u"repair"_s) ? Database::Access::ReadWrite : Database::Access::ReadOnly;
}

int CheckCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const bool repair = call.parser.isSet(u"repair"_s);
    if (Status s = db.verify(); !s) {
        ctx.err << "stride-cli check: " << s.error() << '\n';
        return DataError;
    }
    EntityStore store(db);
    StageConsistency stages(store);
    Result<QList<StageConsistency::Problem>> problems = stages.find();
    if (!problems) {
        ctx.err << "stride-cli check: " << problems.error() << '\n';
        return DataError;
    }
    QSet<QString> deals;
    for (const StageConsistency::Problem& p : *problems) {
        ctx.out << "opportunity " << p.opportunityId << ": " << StageConsistency::kindCode(p.kind) << " (" << p.detail
                << ")\n";
        deals.insert(p.opportunityId);
    }
    if (!problems->isEmpty() && !repair) {
        ctx.err << "stride-cli check: " << problems->size() << " stage problem(s) in " << deals.size()
                << " opportunities; run with --repair to fix them\n";
        return DataError;
    }
    if (repair && !problems->isEmpty()) {
        Result<int> fixed = stages.repair();
        if (!fixed) {
            ctx.err << "stride-cli check: repair failed, nothing changed: " << fixed.error() << '\n';
            return DataError;
        }
        ctx.out << "repaired " << *fixed << " opportunities\n";
    }
    ctx.out << call.path << ": ok (schema " << db.schemaVersion() << ")\n";
    return Ok;
}

} // namespace Stride::Cli
