#include "statscommand.h"

#include "storage/schema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString StatsCommand::name() const {
    return u"stats"_s;
}
QString StatsCommand::summary() const {
    return u"Row counts per table of a database"_s;
}

void StatsCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(summary());
}

Database::Access StatsCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadOnly;
}

int StatsCommand::runOn(Database& db, const Invocation&, Context& ctx) {
    QStringList tables;
    for (const EntityDef& e : Schema::entities())
        tables << e.name;
    tables << u"outbox"_s << u"conflicts"_s << u"rejected"_s << u"customer_scores"_s;
    ctx.out << u"table"_s.leftJustified(20) << u"rows"_s.rightJustified(10) << u"deleted"_s.rightJustified(10) << '\n';
    for (const QString& table : tables) {
        const bool synced = Schema::entity(table) != nullptr;
        // Table names come from the schema registry, not from input.
        Result<QSqlQuery> q = db.exec(synced ? u"SELECT count(*), total(deleted) FROM %1"_s.arg(table)
                                             : u"SELECT count(*), 0 FROM %1"_s.arg(table));
        if (!q || !q->next()) {
            ctx.err << "stride-cli stats: " << (q ? u"no result"_s : q.error()) << '\n';
            return DataError;
        }
        ctx.out << table.leftJustified(20) << QString::number(q->value(0).toLongLong()).rightJustified(10)
                << QString::number(q->value(1).toLongLong()).rightJustified(10) << '\n';
    }
    ctx.out << u"schema version"_s.leftJustified(20) << QString::number(db.schemaVersion()).rightJustified(10) << '\n';
    return Ok;
}

} // namespace Stride::Cli
