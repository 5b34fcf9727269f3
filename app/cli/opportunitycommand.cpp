#include "opportunitycommand.h"

#include "cliutil.h"
#include "fieldassignments.h"
#include "storage/entitystore.h"
#include "storage/opportunityrepository.h"
#include "storage/replicauserstore.h"

#include "domain/stagerules.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

// A new deal: lead fields the command line leaves out come from the customer (they describe the customer's
// situation, as the app's New opportunity dialog prefills them), and the owner defaults to the customer's owner.
// A deal of ¥0 or an amount far outside the budget band is questioned, not silently saved: the command line asks for
// --accept-amount as the app asks for a confirmation.
QString amountQuestion(double amount, const QString& band) {
    switch (StageRules::amountConcern(amount, band)) {
    case StageRules::AmountConcern::Zero:
        return u"the amount is ¥0"_s;
    case StageRules::AmountConcern::BelowBand:
        return u"¥%1 is far below the budget band %2"_s.arg(qint64(amount)).arg(band);
    case StageRules::AmountConcern::AboveBand:
        return u"¥%1 is far above the budget band %2"_s.arg(qint64(amount)).arg(band);
    case StageRules::AmountConcern::None:
        break;
    }
    return {};
}

int addOpportunity(EntityStore& store, const QString& customerId, const QVariantMap& fields, bool acceptAmount,
                   Context& ctx) {
    Result<QVariantMap> customer = store.load(u"customers"_s, customerId);
    if (!customer || customer->value(u"deleted"_s).toInt() != 0) {
        ctx.err << "stride-cli opportunity add: no customer " << customerId << '\n';
        return DataError;
    }
    const auto field = [&](const QString& name) {
        return fields.contains(name) ? fields.value(name).toString() : customer->value(name).toString();
    };
    Opportunity o;
    o.id = EntityStore::newId();
    o.customerId = customerId;
    o.ownerId = fields.contains(u"owner_id"_s) ? fields.value(u"owner_id"_s).toString()
                                               : customer->value(u"owner_id"_s).toString();
    o.title = fields.value(u"title"_s).toString();
    o.amount = fields.value(u"amount"_s).toDouble();
    if (fields.contains(u"expected_close"_s))
        o.expectedClose = fields.value(u"expected_close"_s).toLongLong();
    o.forecast = fields.value(u"forecast"_s).toInt() != 0;
    o.industry = field(u"industry"_s);
    o.budgetBand = field(u"budget_band"_s);
    o.decisionChain = field(u"decision_chain"_s);
    o.demandStage = field(u"demand_stage"_s);
    if (o.title.trimmed().isEmpty()) {
        ctx.err << "stride-cli opportunity add: title=… is required\n";
        return UsageError;
    }
    if (const QString question = amountQuestion(o.amount, o.budgetBand); !question.isEmpty() && !acceptAmount) {
        ctx.err << "stride-cli opportunity add: " << question << ": check it, or pass --accept-amount to save it\n";
        return DataError;
    }
    OpportunityRepository repo(store);
    Result<QString> saved = repo.save(o);
    if (!saved) {
        ctx.err << "stride-cli opportunity add: " << saved.error() << '\n';
        return DataError;
    }
    ctx.out << *saved << '\n';
    return Ok;
}

// "2027-01-15:300000" → a milestone due that day at noon UTC.
std::optional<PaymentMilestone> milestoneOf(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    const QDate day = QDate::fromString(text.left(colon), Qt::ISODate);
    bool ok = false;
    const double amount = colon > 0 ? text.mid(colon + 1).toDouble(&ok) : 0;
    if (!day.isValid() || !ok)
        return std::nullopt;
    PaymentMilestone m;
    m.dueAt = QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    m.amount = amount;
    return m;
}

struct StageOptions {
    QString reason;
    QString byRep;
    bool skip = false;
    bool acceptAmount = false;
    std::optional<double> amount;
    QStringList milestones;
};

// Every stage change goes through OpportunityRepository::changeStage, the one routine that closes the open
// history entry, opens the next and keeps closed_at and the lost reason consistent; it also enforces the method
// (confirmed skips, signed & paid with its amount and a payment milestone).
int moveStage(EntityStore& store, const QString& id, const QString& stageCodeText, const StageOptions& options,
              Context& ctx) {
    const std::optional<Stage> stage = stageFromCode(stageCodeText);
    if (!stage) {
        QStringList codes;
        for (Stage s :
             {Stage::Lead, Stage::Contact, Stage::Needs, Stage::Demo, Stage::Objection, Stage::Won, Stage::Lost})
            codes << stageCode(s);
        ctx.err << "stride-cli opportunity: unknown stage '" << stageCodeText << "' (" << codes.join(u", "_s) << ")\n";
        return UsageError;
    }
    if (*stage == Stage::Lost && options.reason.isEmpty()) {
        ctx.err << "stride-cli opportunity: a lost deal needs --reason\n";
        return UsageError;
    }
    OpportunityRepository::StageMove move;
    move.stage = *stage;
    move.lostReason = options.reason;
    move.confirmSkip = options.skip;
    move.contractAmount = options.amount;
    for (const QString& text : options.milestones) {
        const std::optional<PaymentMilestone> m = milestoneOf(text);
        if (!m) {
            ctx.err << "stride-cli opportunity: --milestone '" << text << "' is not DATE:AMOUNT (2027-01-15:300000)\n";
            return UsageError;
        }
        move.milestones << *m;
    }
    OpportunityRepository repo(store);
    Result<Opportunity> opp = repo.opportunity(id);
    if (!opp) {
        ctx.err << "stride-cli opportunity: no opportunity " << id << '\n';
        return DataError;
    }
    if (opp->stage == *stage) {
        ctx.out << id << " is already at " << stageCodeText << '\n';
        return Ok;
    }
    move.byRepId = options.byRep.isEmpty() ? opp->ownerId : options.byRep;
    if (options.amount) {
        if (const QString question = amountQuestion(*options.amount, opp->budgetBand);
            !question.isEmpty() && !options.acceptAmount) {
            ctx.err << "stride-cli opportunity: " << question << ": check it, or pass --accept-amount to save it\n";
            return DataError;
        }
    }
    if (Status s = repo.changeStage(id, move); !s) {
        ctx.err << "stride-cli opportunity: " << s.error() << '\n';
        return DataError;
    }
    ctx.out << id << " → " << stageCodeText << '\n';
    return Ok;
}

} // namespace

QString OpportunityCommand::name() const {
    return u"opportunity"_s;
}
QString OpportunityCommand::summary() const {
    return u"Offline edits: opportunity add|stage"_s;
}

QString OpportunityCommand::databaseHelp() const {
    return u"The local replica."_s;
}

void OpportunityCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        u"opportunity add --customer ID title=T [amount=N] [FIELD=VALUE…] [--accept-amount]   |   opportunity stage ID "
        "STAGE [--reason R] [--skip] [--amount N] [--milestone DATE:AMOUNT]…\n"
        "add: the lead fields (industry, budget_band, decision_chain, demand_stage) default to the customer's and "
        "must not end up empty; the owner defaults to the customer's owner.\n"
        "stage: lead, contact, needs, demo, objection, won, lost. Moving to lost needs --reason. Skipping stages "
        "forward needs --skip (the skipped stages are recorded as zero-length stays). Signed & paid (won) needs the "
        "contract amount (--amount, else the deal's) and at least one payment milestone (--milestone, else a stored "
        "one).\n"
        "A deal of ¥0 or an amount far outside its budget band (under half its lower bound, over twice its upper) "
        "is refused unless --accept-amount."_s);
    parser.addOption({u"customer"_s, u"add: the customer the deal is with."_s, u"ID"_s});
    parser.addOption({u"reason"_s, u"stage: why the deal was lost."_s, u"R"_s});
    parser.addOption({u"skip"_s, u"stage: confirm skipping stages forward; they are recorded as skipped."_s});
    parser.addOption({u"amount"_s, u"stage won: the contract amount in CNY (stored as the deal's amount)."_s, u"N"_s});
    parser.addOption({u"milestone"_s,
                      u"stage: a payment milestone DATE:AMOUNT (e.g. 2027-01-15:300000), written with the move; "
                      "repeatable. Its date may not lie before the deal was created."_s,
                      u"DATE:AMOUNT"_s});
    parser.addOption({u"accept-amount"_s, u"Save a ¥0 deal or an amount far outside the budget band."_s});
    parser.addOption({u"rep"_s,
                      u"stage: who moved it (default: the replica's signed-in user's rep; on a replica never signed "
                      "in, the deal's owner)."_s,
                      u"ID"_s});
    parser.addPositionalArgument(u"action"_s, u"add FIELD=VALUE… | stage ID STAGE"_s);
}

int OpportunityCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    m_positional = parser.positionalArguments();
    const QString action = m_positional.value(0);
    if (action == u"add"_s) {
        if (!requireOption(parser, u"customer"_s, ctx, &m_customerId))
            return UsageError;
        Result<QVariantMap> fields = FieldAssignments::parse(u"opportunities"_s, m_positional.mid(1));
        if (!fields) {
            ctx.err << "stride-cli opportunity add: " << fields.error() << '\n';
            return UsageError;
        }
        m_fields = *fields;
        return Ok;
    }
    if (action != u"stage"_s || m_positional.size() != 3) {
        ctx.err << "stride-cli opportunity: usage: opportunity add --customer ID title=T … | opportunity stage ID "
                   "STAGE [--reason R] [--skip] [--amount N] [--milestone DATE:AMOUNT]\n";
        return UsageError;
    }
    return Ok;
}

Database::Access OpportunityCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int OpportunityCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const QCommandLineParser& parser = call.parser;
    EntityStore store(db);
    if (m_positional.first() == u"add"_s)
        return addOpportunity(store, m_customerId, m_fields, parser.isSet(u"accept-amount"_s), ctx);
    QString by = parser.value(u"rep"_s);
    if (by.isEmpty()) {
        Result<ReplicaUser> user = ReplicaUserStore::load(db);
        if (!user) {
            ctx.err << "stride-cli opportunity: " << user.error() << '\n';
            return DataError;
        }
        by = user->repId; // empty on a replica never signed in: moveStage then names the deal's owner
    }
    StageOptions options;
    options.reason = parser.value(u"reason"_s);
    options.byRep = by;
    options.skip = parser.isSet(u"skip"_s);
    options.acceptAmount = parser.isSet(u"accept-amount"_s);
    options.milestones = parser.values(u"milestone"_s);
    if (parser.isSet(u"amount"_s)) {
        bool ok = false;
        options.amount = parser.value(u"amount"_s).toDouble(&ok);
        if (!ok || *options.amount < 0) {
            ctx.err << "stride-cli opportunity: --amount '" << parser.value(u"amount"_s) << "' is not an amount\n";
            return UsageError;
        }
    }
    return moveStage(store, m_positional.at(1), m_positional.at(2), options, ctx);
}

} // namespace Stride::Cli
