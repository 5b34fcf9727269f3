#pragma once

#include "domain/forecastsignal.h"
#include "domain/opportunity.h"
#include "domain/orgpolicy.h"
#include "domain/paymentmilestone.h"
#include "domain/stagehistoryentry.h"
#include "storage/repository.h"

namespace Stride {

// Opportunities with their stage history, forecast signals and payment milestones.
class OpportunityRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Opportunity> opportunity(const QString& id) const;
    Result<QList<Opportunity>> forCustomer(const QString& customerId) const;
    // An owner's opportunities, optionally in one stage, by expected close.
    Result<QList<Opportunity>> forOwner(const QString& ownerId, std::optional<Stage> stage = std::nullopt) const;

    // A pipeline board: per funnel stage (in funnelStages() order), how many deals and their amount, and the
    // `perStage` of them closing soonest (no expected close last, ties by id). Deals of `owners` only (an empty
    // list: none), or every deal of the replica without it (a director's organisation); lost ones left out, and
    // won ones closed before `wonSince`. Two statements whatever the number of deals (a director's: 82k).
    struct Board {
        QList<int> totals;
        QList<double> sums;
        QList<QList<Opportunity>> first;
    };
    Result<Board> board(const std::optional<QStringList>& owners, qint64 wonSince, int perStage) const;

    // Creates or updates an opportunity; autoTag is recomputed from the lead fields.
    // Refused when lead fields are missing (the message names exactly those, by column name), when a lost
    // opportunity has no lost reason, or when an update would change the stage (that is changeStage's job,
    // which keeps the history). A new opportunity starts at lead (an import moves it on with changeStage) and gets
    // createdAt, stageEnteredAt and its first stage-history entry in the same write.
    Result<QString> save(const Opportunity& input);

    // A stage move as the app's stage dialog, the command line and an import give it (docs/sales-method.md "Stage
    // moves").
    struct StageMove {
        Stage stage = Stage::Lead;
        QString lostReason;       // required for Lost
        QString byRepId;          // who moved it; empty: the deal's owner
        bool confirmSkip = false; // skipping stages forward was confirmed: they are recorded as zero-length stays
        std::optional<double> contractAmount; // Won: the signed amount, stored as the deal's amount
        QList<PaymentMilestone> milestones;   // written with the move (Won needs at least one, stored or new)
    };
    // The one routine for every stage change (app, command line, import; sync converges on the server, see
    // docs/sync-protocol.md "Stage history"). In ONE write: the opportunity's stage, stageEnteredAt, closedAt (set on
    // Won/Lost, cleared on reopening), lostReason (set on Lost, cleared otherwise), amount on Won; every open history
    // entry closed; a zero-length entry per skipped stage; the new open entry; the new milestones. Moving to the
    // current stage does nothing. Refused, with a message naming the problem: Lost without a reason, a forward skip not
    // confirmed, Won without a positive contract amount or without a payment milestone, a milestone that saveMilestone
    // would refuse.
    Status changeStage(const QString& id, const StageMove& move);
    // The same with only a stage (and a reason for Lost).
    Status changeStage(const QString& id, Stage stage, const QString& lostReason = {}, const QString& byRepId = {});
    // Oldest first; the last entry is open (no leftAt).
    Result<QList<StageHistoryEntry>> stageHistory(const QString& opportunityId) const;

    // docs/sales-method.md rule 6: of the `required` lead fields ("industry", "budget_band", "decision_chain",
    // "demand_stage" by default), those left empty, in that order.
    static QStringList missingLeadFields(const Opportunity& opportunity,
                                         const QStringList& required = OrgPolicy::leadFields());
    // The lead fields the organisation's policy requires (lead.required_fields), in form order.
    QStringList requiredLeadFields() const;
    // missingLeadFields() against requiredLeadFields(): what save() and a stage move refuse.
    QStringList missingRequiredFields(const Opportunity& opportunity) const;
    // "Education · ¥1M+ · CTO decides": industry, budget band and decision chain joined, empties skipped.
    static QString autoTag(const Opportunity& opportunity);

    Result<QString> addForecastSignal(const ForecastSignal& signal);
    Status removeForecastSignal(const QString& id);
    // Newest first.
    Result<QList<ForecastSignal>> forecastSignals(const QString& opportunityId) const;

    // Refused without an opportunity, with a due date before the day the deal was created, or without a positive
    // amount.
    Result<QString> saveMilestone(const PaymentMilestone& milestone);
    // saveMilestone's checks against the deal it belongs to.
    static Status validateMilestone(const PaymentMilestone& milestone, const Opportunity& opportunity);
    Status markMilestonePaid(const QString& id, qint64 paidAt);
    // By due date.
    Result<QList<PaymentMilestone>> milestones(const QString& opportunityId) const;
};

} // namespace Stride
