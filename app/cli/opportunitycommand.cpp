#include "opportunitycommand.h"

#include "cliutil.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString OpportunityCommand::name() const {
    return u"opportunity"_s;
}
QString OpportunityCommand::summary() const {
    return u"Offline edits: opportunity stage ID STAGE [--reason R]"_s;
}

int OpportunityCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"opportunity stage ID STAGE [--reason R]\nStages: lead, contact, needs, demo, "
                                     "objection, won, lost. Moving to lost needs --reason."_s);
    parser.addOption({u"db"_s, u"The local replica."_s, u"FILE"_s});
    parser.addOption({u"reason"_s, u"Why the deal was lost."_s, u"R"_s});
    parser.addOption({u"rep"_s,
                      u"Who moved it (default: the replica's signed-in user's rep; on a replica never signed in, "
                      "the deal's owner)."_s,
                      u"ID"_s});
    parser.addPositionalArgument(u"stage"_s, u"stage ID STAGE"_s);
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;
    const QStringList pos = parser.positionalArguments();
    static const QStringList stages{u"lead"_s,      u"contact"_s, u"needs"_s, u"demo"_s,
                                    u"objection"_s, u"won"_s,     u"lost"_s};
    if (pos.size() != 3 || pos.at(0) != u"stage"_s) {
        ctx.err << "stride-cli opportunity: usage: opportunity stage ID STAGE [--reason R]\n";
        return UsageError;
    }
    const QString id = pos.at(1);
    const QString stage = pos.at(2);
    if (!stages.contains(stage)) {
        ctx.err << "stride-cli opportunity: unknown stage '" << stage << "' (" << stages.join(u", "_s) << ")\n";
        return UsageError;
    }
    if (stage == u"lost"_s && parser.value(u"reason"_s).isEmpty()) {
        ctx.err << "stride-cli opportunity: a lost deal needs --reason\n";
        return UsageError;
    }
    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadWrite, ctx);
    if (!db)
        return DataError;
    EntityStore store(*db);
    Result<QVariantMap> opp = store.load(u"opportunities"_s, id);
    if (!opp || opp->value(u"deleted"_s).toInt() != 0) {
        ctx.err << "stride-cli opportunity: no opportunity " << id << " in " << path << '\n';
        return DataError;
    }
    if (opp->value(u"stage"_s).toString() == stage) {
        ctx.out << id << " is already at " << stage << '\n';
        return Ok;
    }
    const qint64 now = store.clock().nowSecs();
    QVariantMap fields{{u"stage"_s, stage}, {u"stage_entered_at"_s, now}};
    if (stage == u"lost"_s)
        fields.insert(u"lost_reason"_s, parser.value(u"reason"_s));
    if (stage == u"won"_s || stage == u"lost"_s)
        fields.insert(u"closed_at"_s, now);
    QString by = parser.value(u"rep"_s);
    if (by.isEmpty()) {
        Result<ReplicaUser> user = ReplicaUserStore::load(*db);
        if (!user) {
            ctx.err << "stride-cli opportunity: " << user.error() << '\n';
            return DataError;
        }
        by = !user->repId.isEmpty() ? user->repId : opp->value(u"owner_id"_s).toString();
    }
    // The stage and its history entry are one edit: both reach the server or neither.
    const QList<EntityWrite> writes{
        {u"opportunities"_s, id, fields, false},
        {u"stage_history"_s,
         EntityStore::newId(),
         {{u"opportunity_id"_s, id}, {u"stage"_s, stage}, {u"entered_at"_s, now}, {u"by_rep_id"_s, by}},
         false}};
    if (Status s = store.apply(writes); !s) {
        ctx.err << "stride-cli opportunity: " << s.error() << '\n';
        return DataError;
    }
    ctx.out << id << " → " << stage << '\n';
    return Ok;
}

} // namespace Stride::Cli
