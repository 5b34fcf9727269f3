#include "customercommand.h"

#include "fieldassignments.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString CustomerCommand::name() const {
    return u"customer"_s;
}
QString CustomerCommand::summary() const {
    return u"Offline edits: customer add|set|delete"_s;
}

QString CustomerCommand::databaseHelp() const {
    return u"The local replica."_s;
}

void CustomerCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        u"customer add FIELD=VALUE…   |   customer set ID FIELD=VALUE…   |   customer delete ID\n"
        "Writes the local replica and its outbox; the next sync sends the edit.\n"
        "A new customer belongs to the replica's signed-in user (recorded by login --db and by each sync) unless "
        "owner_id=REP_ID names its owner. A supervisor, director or admin owns it through their own rep when their "
        "account has one; otherwise, and on a replica that was never signed in, owner_id=… is required."_s);
    parser.addOption({u"id"_s, u"The new customer's id (default: a new UUID)."_s, u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"add, set or delete"_s);
}

int CustomerCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    QStringList pos = parser.positionalArguments();
    m_action = pos.value(0);
    if (m_action != u"add"_s && m_action != u"set"_s && m_action != u"delete"_s) {
        ctx.err << "stride-cli customer: the action is add, set or delete\n";
        return UsageError;
    }
    m_id = parser.value(u"id"_s);
    pos.removeFirst();
    if (m_action != u"add"_s) {
        if (pos.isEmpty()) {
            ctx.err << "stride-cli customer " << m_action << ": the customer ID is missing\n";
            return UsageError;
        }
        m_id = pos.takeFirst();
    }
    Result<QVariantMap> fields = FieldAssignments::parse(u"customers"_s, pos);
    if (!fields) {
        ctx.err << "stride-cli customer: " << fields.error() << '\n';
        return UsageError;
    }
    m_fields = *fields;
    if (m_action == u"add"_s && m_fields.value(u"name"_s).toString().isEmpty()) {
        ctx.err << "stride-cli customer add: name=… is required\n";
        return UsageError;
    }
    return Ok;
}

Database::Access CustomerCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int CustomerCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    EntityStore store(db);
    if (m_action != u"add"_s) {
        Result<QVariantMap> row = store.load(u"customers"_s, m_id);
        if (!row || row->value(u"deleted"_s).toInt() != 0) {
            ctx.err << "stride-cli customer: no customer " << m_id << " in " << call.path << '\n';
            return DataError;
        }
    }
    if (m_action == u"delete"_s) {
        if (Status s = store.remove(u"customers"_s, m_id); !s) {
            ctx.err << "stride-cli customer: " << s.error() << '\n';
            return DataError;
        }
        ctx.out << m_id << '\n';
        return Ok;
    }
    if (m_action == u"add"_s) {
        if (const int code = completeNewCustomer(store, call.path, ctx); code != Ok)
            return code;
    }
    Result<QString> saved = store.save(u"customers"_s, m_id, m_fields);
    if (!saved) {
        ctx.err << "stride-cli customer: " << saved.error() << '\n';
        return DataError;
    }
    ctx.out << *saved << '\n';
    return Ok;
}

int CustomerCommand::completeNewCustomer(EntityStore& store, const QString& path, Context& ctx) {
    if (m_fields.value(u"owner_id"_s).toString().isEmpty()) {
        // The server accepts a new customer only inside its author's scope: owned by the signed-in rep.
        Result<ReplicaUser> user = ReplicaUserStore::load(store.database());
        if (!user) {
            ctx.err << "stride-cli customer add: " << user.error() << '\n';
            return DataError;
        }
        if (!user->signedIn()) {
            ctx.err << "stride-cli customer add: " << path
                    << " has no signed-in user (run stride-cli sync or login --db first), so owner_id=REP_ID is "
                       "required\n";
            return DataError;
        }
        if (user->repId.isEmpty()) {
            ctx.err << "stride-cli customer add: " << user->name << " (" << user->role
                    << ") has no rep of their own, so owner_id=REP_ID is required\n";
            return DataError;
        }
        m_fields.insert(u"owner_id"_s, user->repId);
    }
    const QString owner = m_fields.value(u"owner_id"_s).toString();
    Result<QVariantMap> rep = store.load(u"reps"_s, owner);
    if (!rep || rep->value(u"deleted"_s).toInt() != 0) {
        ctx.err << "stride-cli customer add: no rep " << owner << " in " << path
                << " (the reps arrive with stride-cli sync); name the owner with owner_id=REP_ID\n";
        return DataError;
    }
    if (!m_fields.contains(u"created_at"_s))
        m_fields.insert(u"created_at"_s, store.clock().nowSecs());
    return Ok;
}

} // namespace Stride::Cli
