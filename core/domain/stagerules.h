#pragma once

#include "domain/opportunity.h"
#include "domain/stage.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

// The sales method's rules for moving a deal between stages and for its figures (docs/sales-method.md "Stage
// moves"): which stages a move skips, what a sensible payment-milestone date is, and which amounts deserve a second
// look. Plain functions of values: OpportunityRepository enforces them, dialogs and the command line ask with them.
class StageRules final {
public:
    // The funnel stages strictly between `from` and `to` when `to` lies more than one step further along the funnel
    // (lead → demo skips contact and needs). Backward moves, moves to or from Lost (reopening a lost deal goes where
    // the deal is now) and single steps skip nothing.
    static QList<Stage> skippedStages(Stage from, Stage to);

    // A payment milestone's default due date: the deal's expected close if it lies ahead, else 30 days from now, at
    // noon UTC of that day. Never in the past, never before the deal's creation.
    static qint64 defaultMilestoneDue(const Opportunity& opportunity, qint64 now);
    // The earliest due date a milestone of this deal may have: the start (UTC) of the day the deal was created.
    static std::optional<qint64> earliestMilestoneDue(const Opportunity& opportunity);

    // A budget band's range in CNY as the lead fields name it ("<¥100k", "¥100k-500k", "¥500k-1M", "¥1M+"); the
    // upper bound is absent for an open band. Empty for a band that names no range.
    struct Band {
        double low = 0;
        std::optional<double> high;
    };
    static std::optional<Band> budgetBand(const QString& label);

    // Why an amount deserves a confirmation before it is saved: a deal of ¥0, or an amount far outside the deal's
    // budget band (under half its lower bound or over twice its upper bound).
    enum class AmountConcern { None, Zero, BelowBand, AboveBand };
    static AmountConcern amountConcern(double amount, const QString& budgetBand);
};

} // namespace Stride
