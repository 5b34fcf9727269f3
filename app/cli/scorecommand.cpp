#include "scorecommand.h"

#include "analytics/valuescoreservice.h"
#include "cliutil.h"
#include "storage/customertier.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString ScoreCommand::name() const {
    return u"score"_s;
}
QString ScoreCommand::summary() const {
    return u"A customer's value score with its P, S, T breakdown and tier"_s;
}

void ScoreCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(summary());
    parser.addOption({u"customer"_s, u"The customer's id."_s, u"ID"_s});
    addNowOption(parser);
}

int ScoreCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    return requireOption(parser, u"customer"_s, ctx, &m_customerId) ? Ok : UsageError;
}

Database::Access ScoreCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int ScoreCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const QString& customerId = m_customerId;
    Result<QSqlQuery> name = db.exec(u"SELECT name FROM customers WHERE id = ? AND deleted = 0"_s, {customerId});
    if (!name || !name->next()) {
        ctx.err << "stride-cli score: no customer with id " << customerId << '\n';
        return DataError;
    }
    // Scores depend on "now" (the 3-month window), so they are brought up to date before printing; the weights and
    // tiers are the organisation's policy (org_policy), which the service reads.
    const std::unique_ptr<Clock> clock = call.readingClock(db);
    ValueScoreService service(db, *clock);
    if (Status s = service.recomputeAll(); !s) {
        ctx.err << "stride-cli score: " << s.error() << '\n';
        return DataError;
    }
    Result<ValueScoreBreakdown> b = service.scoreOf(customerId);
    if (!b) {
        ctx.err << "stride-cli score: " << b.error() << '\n';
        return DataError;
    }
    const ValueScorePolicy& p = service.policy();
    ctx.out << "as of       " << clock->now().toString(Qt::ISODate) << '\n'
            << "customer    " << customerId << "  " << name->value(0).toString() << '\n'
            << "purchases   " << QString::number(b->purchaseAmount, 'f', 2) << " (last " << p.windowMonths
            << " months)\n"
            << "P           " << QString::number(b->p, 'f', 1) << "  purchase percentile in the organisation\n"
            << "S           " << QString::number(b->s, 'f', 1) << "  service satisfaction\n"
            << "T           " << QString::number(b->t, 'f', 1) << "  new-product trial participation\n"
            << "score       " << QString::number(b->score, 'f', 1) << "  = " << p.weightP << "·P + " << p.weightS
            << "·S + " << p.weightT << "·T\n"
            << "tier        " << b->tier << "  (A >= " << p.tierA << ", B >= " << p.tierB << ")\n";
    // Every screen shows the effective tier: a pin set by hand wins over the score's.
    if (const Result<CustomerTier> t = CustomerTier::of(db, customerId); t && t->pinned)
        ctx.out << "pinned      " << t->tier << "  (set by hand; shown everywhere instead of the score's tier)\n";
    // P is the organisation's when the server's figures have synced; say how old they are, or that they are not.
    if (b->orgAsOf > 0)
        ctx.out << "organisation figures as of "
                << QDateTime::fromSecsSinceEpoch(b->orgAsOf, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s) << " UTC\n";
    else
        ctx.out << "organisation figures never synced: P ranks this replica's customers only\n";
    return Ok;
}

} // namespace Stride::Cli
