#pragma once

#include "domain/syncedrow.h"

#include <optional>

namespace Stride {

// A one-line field insight (实战心得, docs/sales-method.md rule 16), one row of `insights`. Written pending with a
// visit; a supervisor approves it into the team's searchable knowledge base or rejects it.
struct Insight final : SyncedRow<Insight> {
    QString visitId;
    QString repId;
    QString customerId;
    QString text;
    QString industry;
    QString objectionType;
    QString status = QStringLiteral("pending"); // "pending", "approved", "rejected"
    QString approvedBy;                         // who approved or rejected it
    std::optional<qint64> approvedAt;           // when it was approved or rejected
    std::optional<qint64> createdAt;

    static QString entity();
    static const FieldMapping<Insight>& mapping();
};

} // namespace Stride
