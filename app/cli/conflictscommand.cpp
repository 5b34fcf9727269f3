#include "conflictscommand.h"

#include "storage/entitystore.h"
#include "sync/conflictlist.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

QString shown(const QVariant& v) {
    return v.isNull() ? u"(empty)"_s : v.toString();
}

} // namespace

QString ConflictsCommand::name() const {
    return u"conflicts"_s;
}
QString ConflictsCommand::summary() const {
    return u"Sync conflicts and rejected edits: list|restore ID|dismiss ID"_s;
}

QString ConflictsCommand::databaseHelp() const {
    return u"The local replica."_s;
}

void ConflictsCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        u"conflicts list   |   conflicts restore ID   |   conflicts dismiss ID\nrestore writes the value that lost "
        "back as a new local edit; the next sync sends it."_s);
    parser.addPositionalArgument(u"action"_s, u"list, restore or dismiss"_s);
}

int ConflictsCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    m_positional = parser.positionalArguments();
    const QString action = m_positional.value(0);
    if (!(action == u"list"_s && m_positional.size() == 1) &&
        !((action == u"restore"_s || action == u"dismiss"_s) && m_positional.size() == 2)) {
        ctx.err << "stride-cli conflicts: usage: conflicts list | restore ID | dismiss ID\n";
        return UsageError;
    }
    return Ok;
}

Database::Access ConflictsCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int ConflictsCommand::runOn(Database& db, const Invocation&, Context& ctx) {
    const QStringList& pos = m_positional;
    const QString& action = pos.first();
    EntityStore store(db);
    ConflictList list(store);
    if (action == u"list"_s) {
        Result<QList<ConflictRecord>> open = list.open();
        SyncReplica replica(db);
        Result<QList<RejectedRecord>> rejected = replica.rejected();
        if (!open || !rejected) {
            ctx.err << "stride-cli conflicts: " << (!open ? open.error() : rejected.error()) << '\n';
            return DataError;
        }
        ctx.out << "id\tentity\trow\tfield\tlost value\tkept value\n";
        for (const ConflictRecord& c : std::as_const(*open))
            ctx.out << c.id << '\t' << c.entity << '\t' << c.rowId << '\t' << c.field << '\t' << shown(c.lostValue)
                    << '\t' << shown(c.wonValue) << '\n';
        if (!rejected->isEmpty()) {
            ctx.out << "\nneeds attention (refused by the server):\nmutation\tentity\trow\treason\n";
            for (const RejectedRecord& r : std::as_const(*rejected))
                ctx.out << r.mutationId << '\t' << r.entity << '\t' << r.rowId << '\t' << r.reason << '\n';
        }
        return Ok;
    }
    bool ok = false;
    const qint64 id = pos.at(1).toLongLong(&ok);
    if (!ok) {
        ctx.err << "stride-cli conflicts: ID must be a number\n";
        return UsageError;
    }
    Status s = action == u"restore"_s ? list.restore(id) : list.dismiss(id);
    if (!s) {
        ctx.err << "stride-cli conflicts: " << s.error() << '\n';
        return DataError;
    }
    ctx.out << (action == u"restore"_s ? "restored " : "dismissed ") << id << '\n';
    return Ok;
}

} // namespace Stride::Cli
