#include "visitcommand.h"

#include "cliutil.h"
#include "fieldassignments.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"
#include "storage/visitrepository.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString VisitCommand::name() const {
    return u"visit"_s;
}
QString VisitCommand::summary() const {
    return u"Offline edits: visit add (visits are append-only)"_s;
}

QString VisitCommand::databaseHelp() const {
    return u"The local replica."_s;
}

void VisitCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(u"visit add --customer ID [--rep ID] [--channel onsite|phone|video|chat] "
                                     "[--summary TEXT] [FIELD=VALUE…]\n"
                                     "The visiting rep is the replica's signed-in user (recorded by login --db and "
                                     "by each sync) unless --rep or rep_id=… names another; a replica that was never "
                                     "signed in needs --rep."_s);
    parser.addOption({u"customer"_s, u"The visited customer's id."_s, u"ID"_s});
    parser.addOption({u"rep"_s, u"The visiting rep's id (default: the signed-in user's rep)."_s, u"ID"_s});
    parser.addOption({u"channel"_s, u"onsite, phone, video or chat (default onsite)."_s, u"CHANNEL"_s, u"onsite"_s});
    parser.addOption({u"summary"_s, u"What happened."_s, u"TEXT"_s});
    parser.addOption({u"id"_s, u"The visit's id (default: a new UUID)."_s, u"ID"_s});
    parser.addPositionalArgument(u"add"_s, u"add"_s);
}

int VisitCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    if (!requireOption(parser, u"customer"_s, ctx, &m_customerId))
        return UsageError;
    QStringList pos = parser.positionalArguments();
    if (pos.value(0) != u"add"_s) {
        ctx.err << "stride-cli visit: the action is add\n";
        return UsageError;
    }
    pos.removeFirst();
    m_channel = parser.value(u"channel"_s);
    if (!QStringList{u"onsite"_s, u"phone"_s, u"video"_s, u"chat"_s}.contains(m_channel)) {
        ctx.err << "stride-cli visit: --channel is onsite, phone, video or chat\n";
        return UsageError;
    }
    Result<QVariantMap> fields = FieldAssignments::parse(u"visits"_s, pos);
    if (!fields) {
        ctx.err << "stride-cli visit: " << fields.error() << '\n';
        return UsageError;
    }
    m_fields = *fields;
    return Ok;
}

Database::Access VisitCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int VisitCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const QCommandLineParser& parser = call.parser;
    const QString& customer = m_customerId;
    EntityStore store(db);
    Result<QVariantMap> c = store.load(u"customers"_s, customer);
    if (!c || c->value(u"deleted"_s).toInt() != 0) {
        ctx.err << "stride-cli visit: no customer " << customer << " in " << call.path << '\n';
        return DataError;
    }
    m_fields.insert(u"customer_id"_s, customer);
    m_fields.insert(u"channel"_s, m_channel);
    if (parser.isSet(u"rep"_s))
        m_fields.insert(u"rep_id"_s, parser.value(u"rep"_s));
    if (m_fields.value(u"rep_id"_s).toString().isEmpty()) {
        // Whoever uses the replica made the visit (not necessarily the customer's owner).
        Result<ReplicaUser> user = ReplicaUserStore::load(db);
        if (!user) {
            ctx.err << "stride-cli visit: " << user.error() << '\n';
            return DataError;
        }
        if (!user->signedIn() || user->repId.isEmpty()) {
            ctx.err << "stride-cli visit add: "
                    << (user->signedIn()
                            ? user->name + u" has no rep of their own"_s
                            : call.path + u" has no signed-in user (run stride-cli sync or login --db first)"_s)
                    << ", so --rep ID is required\n";
            return DataError;
        }
        m_fields.insert(u"rep_id"_s, user->repId);
    }
    if (parser.isSet(u"summary"_s))
        m_fields.insert(u"summary"_s, parser.value(u"summary"_s));
    if (!m_fields.contains(u"visited_at"_s))
        m_fields.insert(u"visited_at"_s, store.clock().nowSecs());
    // Through the one routine that logs a visit with what it triggers (its next action's task, a competitor
    // follow-up, an insight) and checks it as the app does.
    Visit visit = Visit::fromFields(m_fields);
    visit.id = parser.value(u"id"_s);
    Result<QString> saved = VisitRepository(store).log(visit);
    if (!saved) {
        ctx.err << "stride-cli visit: " << saved.error() << '\n';
        return DataError;
    }
    ctx.out << *saved << '\n';
    return Ok;
}

} // namespace Stride::Cli
