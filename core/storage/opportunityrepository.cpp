#include "opportunityrepository.h"

#include "orgpolicyrepository.h"

#include "domain/stagerules.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QString kLiveOpportunity = u"WHERE opportunity_id = ? AND deleted = 0"_s;

// The deals on a board; binds the oldest close of a won deal still shown, then (with `owners`) the owners as a JSON
// array. Over a whole organisation the table is read in order: through the owner index it would be read row by
// row at random.
QString onBoard(bool owners) {
    return u"deleted = 0 AND stage != 'lost' AND (stage != 'won' OR closed_at IS NULL OR closed_at >= ?)"_s +
           (owners ? u" AND owner_id IN (SELECT value FROM json_each(?))"_s : QString());
}

} // namespace

Result<Opportunity> OpportunityRepository::opportunity(const QString& id) const {
    return byId<Opportunity>(id);
}

Result<QList<Opportunity>> OpportunityRepository::forCustomer(const QString& customerId) const {
    return selectList<Opportunity>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY created_at"_s, {customerId});
}

Result<QList<Opportunity>> OpportunityRepository::forOwner(const QString& ownerId, std::optional<Stage> stage) const {
    if (stage)
        return selectList<Opportunity>(u"WHERE owner_id = ? AND stage = ? AND deleted = 0 ORDER BY expected_close"_s,
                                       {ownerId, stageCode(*stage)});
    return selectList<Opportunity>(u"WHERE owner_id = ? AND deleted = 0 ORDER BY expected_close"_s, {ownerId});
}

Result<OpportunityRepository::Board> OpportunityRepository::board(const std::optional<QStringList>& owners,
                                                                  qint64 wonSince, int perStage) const {
    const QList<Stage>& stages = funnelStages();
    Board out;
    out.totals.fill(0, stages.size());
    out.sums.fill(0, stages.size());
    out.first.resize(stages.size());
    QVariantList binds{wonSince};
    if (owners)
        binds << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*owners)).toJson(QJsonDocument::Compact));
    const QString where = onBoard(owners.has_value());
    Result<QSqlQuery> q = database().exec(
        u"SELECT stage, count(*), total(amount) FROM opportunities WHERE %1 GROUP BY stage"_s.arg(where), binds);
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const std::optional<Stage> stage = stageFromCode(q->value(0).toString());
        const qsizetype i = stage ? stages.indexOf(*stage) : -1;
        if (i < 0)
            continue;
        out.totals[i] = q->value(1).toInt();
        out.sums[i] = q->value(2).toDouble();
    }
    q->finish();
    Result<QList<Opportunity>> first = selectList<Opportunity>(
        u"WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY stage ORDER BY "
        "expected_close IS NULL, expected_close, id) AS n FROM opportunities WHERE %1) WHERE n <= ?)"_s.arg(where),
        binds << perStage);
    if (!first)
        return fail(first.error());
    for (Opportunity& o : *first) {
        const qsizetype i = stages.indexOf(o.stage);
        if (i >= 0)
            out.first[i] << std::move(o);
    }
    for (QList<Opportunity>& list : out.first) {
        std::sort(list.begin(), list.end(), [](const Opportunity& a, const Opportunity& b) {
            const qint64 ca = a.expectedClose.value_or(std::numeric_limits<qint64>::max());
            const qint64 cb = b.expectedClose.value_or(std::numeric_limits<qint64>::max());
            return ca != cb ? ca < cb : a.id < b.id;
        });
    }
    return out;
}

QStringList OpportunityRepository::missingLeadFields(const Opportunity& o, const QStringList& required) {
    QStringList missing;
    const std::pair<const QString*, QString> fields[] = {{&o.industry, u"industry"_s},
                                                         {&o.budgetBand, u"budget_band"_s},
                                                         {&o.decisionChain, u"decision_chain"_s},
                                                         {&o.demandStage, u"demand_stage"_s}};
    for (const auto& [value, name] : fields) {
        if (required.contains(name) && value->trimmed().isEmpty())
            missing << name;
    }
    return missing;
}

QStringList OpportunityRepository::requiredLeadFields() const {
    return OrgPolicyRepository::loadOrDefaults(database()).requiredLeadFields;
}

QStringList OpportunityRepository::missingRequiredFields(const Opportunity& o) const {
    return missingLeadFields(o, requiredLeadFields());
}

QString OpportunityRepository::autoTag(const Opportunity& o) {
    QStringList parts;
    for (const QString& part : {o.industry, o.budgetBand, o.decisionChain}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(u" · "_s);
}

Result<QString> OpportunityRepository::save(const Opportunity& input) {
    if (input.customerId.isEmpty())
        return fail(u"an opportunity needs a customer"_s);
    if (input.title.trimmed().isEmpty())
        return fail(u"an opportunity needs a title"_s);
    if (const QStringList missing = missingRequiredFields(input); !missing.isEmpty())
        return fail(u"the opportunity is missing required lead fields: %1"_s.arg(missing.join(u", "_s)));
    if (input.stage == Stage::Lost && input.lostReason.trimmed().isEmpty())
        return fail(u"a lost opportunity needs a lost reason"_s);
    if (input.amount < 0)
        return fail(u"an opportunity's amount cannot be negative"_s);

    Opportunity row = input;
    row.autoTag = autoTag(row);
    const bool isNew = row.id.isEmpty() || !store().load(Opportunity::entity(), row.id).ok();
    if (!isNew) {
        Result<Opportunity> stored = opportunity(row.id);
        if (!stored)
            return fail(stored.error());
        if (stored->stage != row.stage)
            return fail(u"opportunity %1: change its stage with changeStage, which records the history"_s.arg(row.id));
        return applyReturningFirstId({writeFor(row)});
    }
    // An import or a form cannot create a deal further along: it starts at lead and moves on through changeStage,
    // which applies the method's rules (confirmed skips, signed & paid with its contract and payments).
    if (row.stage != Stage::Lead)
        return fail(u"a new opportunity starts at lead; move it on with a stage change (stage given: %1)"_s.arg(
            stageCode(row.stage)));
    const qint64 t = now();
    if (row.id.isEmpty())
        row.id = EntityStore::newId();
    if (!row.createdAt)
        row.createdAt = t;
    if (!row.stageEnteredAt)
        row.stageEnteredAt = t;
    if (isClosedStage(row.stage) && !row.closedAt)
        row.closedAt = t;
    StageHistoryEntry first;
    first.opportunityId = row.id;
    first.stage = row.stage;
    first.enteredAt = *row.stageEnteredAt;
    first.byRepId = row.ownerId;
    return applyReturningFirstId({writeFor(row), writeFor(first)});
}

Status OpportunityRepository::changeStage(const QString& id, Stage stage, const QString& lostReason,
                                          const QString& byRepId) {
    StageMove move;
    move.stage = stage;
    move.lostReason = lostReason;
    move.byRepId = byRepId;
    return changeStage(id, move);
}

Status OpportunityRepository::changeStage(const QString& id, const StageMove& move) {
    Result<Opportunity> current = opportunity(id);
    if (!current)
        return fail(current.error());
    const Stage stage = move.stage;
    if (current->stage == stage)
        return {};
    const QString target = stageCode(stage);
    if (stage == Stage::Lost && move.lostReason.trimmed().isEmpty())
        return fail(u"moving opportunity %1 to lost needs a lost reason"_s.arg(id));
    const QList<Stage> skipped = StageRules::skippedStages(current->stage, stage);
    if (!skipped.isEmpty() && !move.confirmSkip) {
        QStringList codes;
        for (Stage s : skipped)
            codes << stageCode(s);
        return fail(u"moving opportunity %1 from %2 to %3 skips %4: confirm the skip to record them as skipped"_s.arg(
            id, stageCode(current->stage), target, codes.join(u", "_s)));
    }
    Opportunity next = *current;
    if (stage == Stage::Won && move.contractAmount)
        next.amount = *move.contractAmount;
    for (const PaymentMilestone& m : move.milestones) {
        PaymentMilestone row = m;
        row.opportunityId = id;
        if (Status s = validateMilestone(row, next); !s)
            return s;
    }
    if (stage == Stage::Won) {
        if (next.amount <= 0)
            return fail(u"opportunity %1 cannot be signed & paid (won) without the contract amount"_s.arg(id));
        Result<QList<PaymentMilestone>> stored = milestones(id);
        if (!stored)
            return fail(stored.error());
        if (stored->isEmpty() && move.milestones.isEmpty())
            return fail(
                u"opportunity %1 cannot be signed & paid (won) without at least one payment milestone"_s.arg(id));
    }
    Result<QList<StageHistoryEntry>> open =
        selectList<StageHistoryEntry>(kLiveOpportunity + u" AND left_at IS NULL"_s, {id});
    if (!open)
        return fail(open.error());

    const qint64 t = now();
    next.stage = stage;
    next.stageEnteredAt = t;
    next.lostReason = stage == Stage::Lost ? move.lostReason.trimmed() : QString();
    next.closedAt = isClosedStage(stage) ? std::optional<qint64>(t) : std::nullopt;
    QList<EntityWrite> writes{writeFor(next)};
    for (StageHistoryEntry entry : *open) {
        entry.leftAt = std::max(t, entry.enteredAt);
        writes << writeFor(entry);
    }
    const QString by = move.byRepId.isEmpty() ? current->ownerId : move.byRepId;
    for (Stage s : skipped) {
        StageHistoryEntry passed;
        passed.opportunityId = id;
        passed.stage = s;
        passed.enteredAt = t;
        passed.leftAt = t;
        passed.byRepId = by;
        writes << writeFor(passed);
    }
    StageHistoryEntry entered;
    entered.opportunityId = id;
    entered.stage = stage;
    entered.enteredAt = t;
    entered.byRepId = by;
    writes << writeFor(entered);
    for (const PaymentMilestone& m : move.milestones) {
        PaymentMilestone row = m;
        row.opportunityId = id;
        writes << writeFor(row);
    }
    return store().apply(writes);
}

Result<QList<StageHistoryEntry>> OpportunityRepository::stageHistory(const QString& opportunityId) const {
    return selectList<StageHistoryEntry>(kLiveOpportunity + u" ORDER BY entered_at, left_at IS NULL"_s,
                                         {opportunityId});
}

Result<QString> OpportunityRepository::addForecastSignal(const ForecastSignal& signal) {
    if (signal.opportunityId.isEmpty() || signal.kind.trimmed().isEmpty())
        return fail(u"a forecast signal needs an opportunity and a kind"_s);
    ForecastSignal row = signal;
    if (row.notedAt <= 0)
        row.notedAt = now();
    return applyReturningFirstId({writeFor(row)});
}

Status OpportunityRepository::removeForecastSignal(const QString& id) {
    return store().remove(ForecastSignal::entity(), id);
}

Result<QList<ForecastSignal>> OpportunityRepository::forecastSignals(const QString& opportunityId) const {
    return selectList<ForecastSignal>(kLiveOpportunity + u" ORDER BY noted_at DESC"_s, {opportunityId});
}

Status OpportunityRepository::validateMilestone(const PaymentMilestone& milestone, const Opportunity& opportunity) {
    if (milestone.opportunityId.isEmpty() || milestone.dueAt <= 0)
        return fail(u"a payment milestone needs an opportunity and a due date"_s);
    if (milestone.amount <= 0)
        return fail(u"a payment milestone needs a positive amount"_s);
    if (const std::optional<qint64> earliest = StageRules::earliestMilestoneDue(opportunity);
        earliest && milestone.dueAt < *earliest)
        return fail(
            u"a payment milestone of opportunity %1 cannot be due on %2, before the deal was created (%3)"_s.arg(
                opportunity.id, QDateTime::fromSecsSinceEpoch(milestone.dueAt, Qt::UTC).date().toString(Qt::ISODate),
                QDateTime::fromSecsSinceEpoch(*opportunity.createdAt, Qt::UTC).date().toString(Qt::ISODate)));
    return {};
}

Result<QString> OpportunityRepository::saveMilestone(const PaymentMilestone& milestone) {
    if (milestone.opportunityId.isEmpty())
        return fail(u"a payment milestone needs an opportunity and a due date"_s);
    Result<Opportunity> deal = opportunity(milestone.opportunityId);
    if (!deal)
        return fail(deal.error());
    if (Status s = validateMilestone(milestone, *deal); !s)
        return fail(s.error());
    return applyReturningFirstId({writeFor(milestone)});
}

Status OpportunityRepository::markMilestonePaid(const QString& id, qint64 paidAt) {
    Result<PaymentMilestone> m = byId<PaymentMilestone>(id);
    if (!m)
        return fail(m.error());
    m->paidAt = paidAt;
    QList<EntityWrite> writes{writeFor(*m)};
    // Paying a milestone answers its payment reminder (PaymentCountdown::remind, key "payment:<milestone>"): the
    // open reminder is closed in the same write, so nobody chases money that has arrived.
    Result<QSqlQuery> open = store().database().exec(
        u"SELECT id FROM tasks WHERE deleted = 0 AND done_at IS NULL AND source_key IN (?, ?) ORDER BY id"_s,
        {u"payment:"_s + id, u"payment_follow_up:"_s + id});
    if (!open)
        return fail(open.error());
    while (open->next())
        writes.append({u"tasks"_s, open->value(0).toString(), {{u"done_at"_s, paidAt}}});
    open->finish();
    return store().apply(writes);
}

Result<QList<PaymentMilestone>> OpportunityRepository::milestones(const QString& opportunityId) const {
    return selectList<PaymentMilestone>(kLiveOpportunity + u" ORDER BY due_at"_s, {opportunityId});
}

} // namespace Stride
