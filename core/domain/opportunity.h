#pragma once

#include "domain/stage.h"
#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// An opportunity (商机), one row of `opportunities`. Its stage history, forecast signals and payment
// milestones are rows of their own (StageHistoryEntry, ForecastSignal, PaymentMilestone) that point at it.
// The four lead fields must be filled before it is saved (docs/sales-method.md rule 6); they make autoTag.
struct Opportunity final : SyncedRow<Opportunity> {
    QString customerId;
    QString ownerId;
    QString title;
    double amount = 0; // CNY
    Stage stage = Stage::Lead;
    std::optional<qint64> stageEnteredAt; // when the current stage began: drives the dwell lights
    std::optional<qint64> expectedClose;
    bool forecast = false; // counted in the forecast; needs ≥ 2 evidence signals to be low-risk
    QString lostReason;    // required when stage is Lost
    QString industry;
    QString budgetBand;
    QString decisionChain;
    QString demandStage;
    QString autoTag; // "Education · ¥1M+ · CTO decides", derived from the lead fields on save
    std::optional<qint64> createdAt;
    std::optional<qint64> closedAt; // set on entering Won or Lost

    static QString entity();
    static const FieldMapping<Opportunity>& mapping();
};

} // namespace Stride
