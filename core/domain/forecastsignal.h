#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// One piece of evidence behind a forecast deal (预测信号, docs/sales-method.md rule 14), one row of `forecast_signals`.
struct ForecastSignal final : SyncedRow<ForecastSignal> {
    QString opportunityId;
    QString kind;       // e.g. "poc_done", "it_integration", "legal_review", "competitor_removed", "public_news"
    qint64 notedAt = 0; // freshness: updated within 72 h counts as fresh
    QString note;

    static QString entity();
    static const FieldMapping<ForecastSignal>& mapping();
};

} // namespace Stride
